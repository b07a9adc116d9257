package org.fieldsupport.oversight.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

final class OversightFixtures {

    static final String FOCAL = "oversight.focal";
    static final String RISK = "risk.minusca";
    static final String AUDITOR = "auditor";

    private OversightFixtures() { }

    static ResultActions postJson(MockMvc mvc, String u, String path, String body) throws Exception {
        return mvc.perform(post(path).with(user(u)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body));
    }

    static ResultActions getJson(MockMvc mvc, String u, String path) throws Exception {
        return mvc.perform(get(path).with(user(u)).accept(MediaType.APPLICATION_JSON));
    }
}
