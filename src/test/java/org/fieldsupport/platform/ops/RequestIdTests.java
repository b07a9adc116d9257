package org.fieldsupport.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RequestIdTests {

    @Autowired MockMvc mvc;

    @Test
    void every_response_carries_a_generated_request_id() throws Exception {
        String id = mvc.perform(get("/api/v1/no-such-thing").with(user("clerk")))
                .andReturn().getResponse().getHeader(RequestIds.HEADER);
        assertThat(id).isNotBlank().matches("[A-Za-z0-9_-]{1,64}");
    }

    @Test
    void an_anonymous_request_refused_by_security_still_carries_a_request_id() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing"))
                .andExpect(header().exists(RequestIds.HEADER));
    }

    @Test
    void a_well_formed_incoming_request_id_is_kept_and_reaches_the_problem_details() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(user("clerk")).header(RequestIds.HEADER, "lb-42_abc"))
                .andExpect(header().string(RequestIds.HEADER, "lb-42_abc"))
                .andExpect(jsonPath("$.requestId").value("lb-42_abc"));
    }

    @Test
    void a_malformed_or_overlong_incoming_request_id_is_replaced() throws Exception {
        for (String bad : new String[] {"has space", "x".repeat(65), "<script>", ""}) {
            String id = mvc.perform(get("/api/v1/no-such-thing").with(user("clerk")).header(RequestIds.HEADER, bad))
                    .andReturn().getResponse().getHeader(RequestIds.HEADER);
            assertThat(id).isNotEqualTo(bad).matches("[A-Za-z0-9_-]{1,64}");
        }
    }
}
