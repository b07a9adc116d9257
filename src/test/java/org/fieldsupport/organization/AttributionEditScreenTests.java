package org.fieldsupport.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AttributionEditScreenTests {

    @Autowired MockMvc mvc;
    @Autowired Attributions attributions;

    private void edit(String id, String summary, String keywordsEn, String keywordsFr, String holders, String user)
            throws Exception {
        mvc.perform(post("/organization/attributions/" + id).with(user(user)).with(csrf())
                        .param("summaryEn", summary).param("keywordsEn", keywordsEn).param("keywordsFr", keywordsFr)
                        .param("holderUnits", holders))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void an_organisation_officer_rewrites_the_english_summary_and_the_french_text_stays() throws Exception {
        AttributionSummary before = attributions.find("8.7.h").orElseThrow();
        try {
            edit("8.7.h", "Produces maps and geospatial data for missions.", before.keywordsEn(), before.keywordsFr(),
                    "DFS-CARTO", "org.officer");
            AttributionSummary after = attributions.find("8.7.h").orElseThrow();
            assertThat(after.summaryEn()).isEqualTo("Produces maps and geospatial data for missions.");
            assertThat(after.textFr()).isEqualTo(before.textFr());
            assertThat(after.holderUnits()).containsExactly("DFS-CARTO");
            assertThat(after.keywordsEn()).isEqualTo(before.keywordsEn());
        } finally {
            // the catalogue is shared by every test on the PostgreSQL leg: put it back as it was
            edit("8.7.h", before.summaryEn(), before.keywordsEn(), before.keywordsFr(),
                    String.join(" ", before.holderUnits()), "org.officer");
        }
    }

    @Test
    void an_unknown_holding_unit_is_refused_with_its_code_and_nothing_changes() throws Exception {
        AttributionSummary before = attributions.find("8.7.h").orElseThrow();
        mvc.perform(post("/organization/attributions/8.7.h").with(user("org.officer")).with(csrf())
                        .param("summaryEn", "changed").param("holderUnits", "NO-SUCH-UNIT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("NO-SUCH-UNIT")));
        assertThat(attributions.find("8.7.h").orElseThrow()).isEqualTo(before);
    }

    @Test
    void a_unit_scoped_officer_may_not_edit_the_catalogue() throws Exception {
        mvc.perform(post("/organization/attributions/8.7.h").with(user("lsd.officer")).with(csrf())
                        .param("summaryEn", "changed").param("holderUnits", "DFS-CARTO"))
                .andExpect(status().isForbidden());
    }
}
