package org.fieldsupport.platform.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MissingRecordPageTests {

    @Autowired MockMvc mvc;

    @Test
    void a_screen_for_a_record_that_does_not_exist_answers_not_found_not_a_server_error() throws Exception {
        mvc.perform(get("/organization/units/NO-SUCH-UNIT").accept(MediaType.TEXT_HTML).with(user("admin")))
                .andExpect(status().isNotFound());
    }
}
