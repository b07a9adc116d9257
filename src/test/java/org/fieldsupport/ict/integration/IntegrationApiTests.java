package org.fieldsupport.ict.integration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.fieldsupport.ict.IctTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The integration catalogue (kept by ICTD, validated) and this platform's interfaces generated from the code. */
@IntegrationTest
class IntegrationApiTests {

    static final String API = "/api/v1/ict/integration";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    IctTestUsers u;

    @BeforeEach
    void users() { u = new IctTestUsers(directory); }

    @Test
    void headquarters_keeps_the_interfaces_between_systems() throws Exception {
        mvc.perform(get(API + "/interfaces").param("system", "umoja").with(user(u.deskMinusca))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem("UMOJA-FSP-BUDGET")));
        mvc.perform(get(API + "/interfaces").with(user(u.requesterMinusca))).andExpect(status().isForbidden());
        String code = "T-IF-" + u.suffix.toUpperCase(Locale.ROOT);
        String body = """
                {"code": "%s", "sourceSystem": "Umoja", "targetSystem": "Field Support Platform", "protocol": "REST",
                 "ownerUnit": "DFS-ICTD", "dataExchanged": "Cost centres", "frequency": "DAILY", "status": "PLANNED"}""".formatted(code);
        mvc.perform(post(API + "/interfaces").with(user(u.deskMinusca)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        mvc.perform(post(API + "/interfaces").with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                        .content("{\"code\": \"%s\", \"protocol\": \"PIGEON\", \"frequency\": \"DAILY\", \"ownerUnit\": \"DFS-ICTD\"}".formatted(code)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'sourceSystem')].message").value(hasItem("Système source est obligatoire")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("protocol")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dataExchanged")));
        mvc.perform(post(API + "/interfaces").with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PLANNED"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(API + "/interfaces/" + code)
                        .with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body.replace("PLANNED", "LIVE")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LIVE")).andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/ict/integration").with(user(u.hq))).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
    }

    @Test
    void the_platforms_own_interfaces_are_generated_from_its_mappings_and_events() throws Exception {
        mvc.perform(get(API + "/platform").with(user(u.deskMinusca))).andExpect(status().isOk())
                // operations of this module and of others, read from the handler mappings
                .andExpect(jsonPath("$.operations[*].path").value(hasItem("/api/v1/ict/integration/platform")))
                .andExpect(jsonPath("$.operations[*].path").value(hasItem("/api/v1/guidance/training/courses")))
                .andExpect(jsonPath("$.operationsByModule.ict").value(greaterThan(10)))
                // events modules exchange, read from the code (listener methods), with the listening modules
                .andExpect(jsonPath("$.events[*].type").value(hasItem("org.fieldsupport.platform.workflow.RecordTransitioned")))
                .andExpect(jsonPath("$.events[?(@.type == 'org.fieldsupport.platform.workflow.RecordTransitioned')].listeners[*]")
                        .value(hasItem("platform")));
        mvc.perform(get("/ict/integration/platform").with(user(u.hq))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/ict/desk/tickets")));
    }
}
