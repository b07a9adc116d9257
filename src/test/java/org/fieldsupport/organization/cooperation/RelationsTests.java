package org.fieldsupport.organization.cooperation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 2.4.a, 2.4.b, 2.4.d, 2.4.h: the relations with other departments editable and effective-dated, who leads and
 * who supports, and the instruction line each mission gets shown on its page. Tests change only relations they
 * create (or dates in the past), so other tests keep the bulletin's relations for today.
 */
@IntegrationTest
@WithMockUser(username = "org.officer", roles = "ORGANIZATION_OFFICER")
class RelationsTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;

    @BeforeEach
    void an_organisation_officer_exists() {
        org.fieldsupport.support.StaffReaders.ensure(directory, "org.reader");
        directory.ensureUser("org.officer", "Organisation Officer (test)", null, "en", "org.officer-test");
        directory.ensureRoleAssignment("org.officer", "ORGANIZATION_OFFICER", Scope.department());
    }

    @Test
    void the_thirty_relations_of_the_bulletin_show_who_leads_and_who_supports() throws Exception {
        mvc.perform(get("/api/v1/organization/relations/register").param("asOf", "2010-06-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.paragraph == '2.4.a')].leadCode", hasItem("EXT-DPKO")))
                .andExpect(jsonPath("$[?(@.paragraph == '2.4.a')].supportCode", hasItem("DFS")))
                .andExpect(jsonPath("$[?(@.paragraph == '2.4.b')].missionTypes[*]", hasItem("SPECIAL_POLITICAL_MISSION")))
                .andExpect(jsonPath("$[?(@.paragraph == '2.4.d')].toCode", hasItem("DFS")))
                .andExpect(jsonPath("$[?(@.paragraph == '2.4.h')].fromCode", hasItem("DFS-CDU")));
    }

    @Test
    void each_mission_page_shows_its_instruction_line() throws Exception {
        mvc.perform(get("/organization/missions/MINUSCA"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"instruction-line\"")))
                .andExpect(content().string(containsString("Department of Peacekeeping Operations")));
        mvc.perform(get("/organization/missions/UNAMA"))
                .andExpect(content().string(containsString("Department of Political Affairs")));
    }

    @Test
    void a_relation_changed_from_a_date_keeps_the_earlier_answer() throws Exception {
        String body = mvc.perform(post("/api/v1/organization/relations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fromCode":"DFS-OUSG","relation":"coordinates_with","toCode":"EXT-DPA-OUSG",
                                 "scopeText":"test %d","paragraph":"2.4.e","validFrom":"2011-01-01","validTo":"2011-12-31"}"""
                                .formatted(System.nanoTime())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.leadCode").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        String changed = mvc.perform(put("/api/v1/organization/relations/" + id).param("effectiveFrom", "2011-07-01")
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fromCode":"DFS","relation":"takes_instructions_from","toCode":"EXT-DPA-OUSG",
                                 "missionTypes":["SPECIAL_POLITICAL_MISSION"],"paragraph":"2.4.e","version":0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.validFrom").value("2011-07-01"))
                .andExpect(jsonPath("$.validTo").value("2011-12-31"))
                .andExpect(jsonPath("$.leadCode").value("EXT-DPA-OUSG"))
                .andExpect(jsonPath("$.supportCode").value("DFS"))
                .andReturn().getResponse().getContentAsString();
        int successor = JsonPath.read(changed, "$.id");
        mvc.perform(get("/api/v1/organization/relations/" + id))
                .andExpect(jsonPath("$.validTo").value("2011-06-30"))
                .andExpect(jsonPath("$.relation").value("coordinates_with"));
        mvc.perform(get("/api/v1/organization/relations/register").param("asOf", "2011-08-01"))
                .andExpect(jsonPath("$[*].id", hasItem(successor)))
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        // the old record is stale now
        mvc.perform(put("/api/v1/organization/relations/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromCode\":\"DFS\",\"relation\":\"coordinates_with\",\"toCode\":\"EXT-DPA\",\"version\":0}"))
                .andExpect(status().isConflict());
    }

    @Test
    void bad_relations_are_refused_with_400_or_422() throws Exception {
        mvc.perform(post("/api/v1/organization/relations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromCode\":\"\",\"relation\":\"likes\",\"toCode\":\"DFS\",\"missionTypes\":[\"WAR\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("fromCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("relation")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("missionTypes")));
        mvc.perform(post("/api/v1/organization/relations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromCode\":\"DFS\",\"relation\":\"reports_to\",\"toCode\":\"EXT-NOWHERE\",\"validFrom\":\"2011-01-01\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/organization/relations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromCode\":\"DFS\",\"relation\":\"takes_instructions_from\",\"toCode\":\"EXT-DPA\",\"validFrom\":\"2011-01-01\",\"validTo\":\"2011-02-01\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/organization/relations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromCode\":\"DFS\",\"relation\":\"reports_to\",\"toCode\":\"EXT-SG\",\"validFrom\":\"2011-03-01\",\"validTo\":\"2011-02-01\"}"))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    @WithMockUser(username = "org.reader")
    void a_reader_sees_the_relations_but_cannot_change_them() throws Exception {
        mvc.perform(get("/organization/relations")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"relations\"")));
        mvc.perform(post("/api/v1/organization/relations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromCode\":\"DFS\",\"relation\":\"reports_to\",\"toCode\":\"EXT-SG\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_screen_creates_and_edits_a_relation() throws Exception {
        mvc.perform(get("/organization/relations")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Leads")));
        mvc.perform(post("/organization/relations").with(csrf()).param("fromCode", "DFS-LSD")
                        .param("relation", "coordinates_with").param("toCode", "EXT-DPKO-OMA")
                        .param("scopeText", "screen " + System.nanoTime()).param("validFrom", "2012-01-01")
                        .param("validTo", "2012-12-31"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", true));
        mvc.perform(post("/organization/relations").with(csrf()).param("fromCode", "DFS-LSD")
                        .param("relation", "coordinates_with").param("toCode", "DFS-LSD").param("validFrom", "2012-01-01")
                        .sessionAttr(TeamsTests.FRENCH, "fr"))
                .andExpect(flash().attribute("error", containsString("deux parties")));
        String list = mvc.perform(get("/api/v1/organization/relations/register").param("asOf", "2012-06-01"))
                .andReturn().getResponse().getContentAsString();
        java.util.List<Integer> ids = JsonPath.read(list, "$[?(@.fromCode == 'DFS-LSD' && @.toCode == 'EXT-DPKO-OMA')].id");
        mvc.perform(get("/organization/relations/" + ids.get(ids.size() - 1) + "/edit")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"effectiveFrom\"")));
    }
}
