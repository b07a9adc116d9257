package org.fieldsupport.ict.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.fieldsupport.ict.IctTestUsers;
import org.fieldsupport.ict.ServiceCatalogue;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The service catalogue: demo services, create with validation (fields named in the user's language), change, API. */
@IntegrationTest
class CatalogueApiTests {

    static final String API = "/api/v1/ict/services";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired ServiceCatalogue catalogue;
    IctTestUsers u;

    @BeforeEach
    void users() { u = new IctTestUsers(directory); }

    @Test
    void the_demo_catalogue_lists_25_services_with_rto_rpo_and_missions() throws Exception {
        mvc.perform(get(API).with(user(u.deskMinusca))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'UMOJA')].rtoMinutes").value(hasItem(240)))
                .andExpect(jsonPath("$[?(@.code == 'MINUSCA-FUEL')].successorCode").value(hasItem("UMOJA")));
        org.assertj.core.api.Assertions.assertThat(catalogue.services().stream()
                .filter(s -> !s.code().startsWith("T-")).count()).isGreaterThanOrEqualTo(25);
        org.assertj.core.api.Assertions.assertThat(catalogue.servingMission("UNMISS"))
                .extracting(ServiceCatalogue.ServiceSummary::code).contains("UNMISS-POC", "VSAT").doesNotContain("MINUSCA-FUEL", "GALILEO");
        mvc.perform(get(API).param("mission", "MINUSCA").param("kind", "MISSION_APPLICATION").with(user(u.requesterMinusca)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].code").value(hasItem("MINUSCA-CAMPS")))
                .andExpect(jsonPath("$[*].code").value(not(hasItem("UNMISS-POC"))));
        mvc.perform(get(API + "/UMOJA").with(user(u.hq))).andExpect(status().isOk())
                .andExpect(jsonPath("$.targets.P1.resolutionMinutes").value(120))
                .andExpect(jsonPath("$.predecessors").value(hasItem("MINUSCA-FUEL")));
        mvc.perform(get(API + "/transitions").with(user(u.hq))).andExpect(jsonPath("$[*].code").value(hasItem("UNMISS-RATIONS")));
        mvc.perform(get(API).with(user(u.nobody))).andExpect(status().isForbidden());
        mvc.perform(get("/ict/services").with(user(u.deskMinusca))).andExpect(status().isOk())
                .andExpect(content().string(containsString("MINUSCA-FUEL")));
        mvc.perform(get("/ict/services/UMOJA").with(user(u.hq))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Umoja")));
    }

    @Test
    void only_headquarters_keeps_the_catalogue_and_bad_input_names_each_field_in_the_users_language() throws Exception {
        String code = "T-" + u.suffix.toUpperCase(Locale.ROOT);
        String body = """
                {"code": "%s", "nameEn": "Test app", "nameFr": "Appli de test", "kind": "MISSION_APPLICATION",
                 "ownerUnit": "DFS-ICTD", "rtoMinutes": 480, "rpoMinutes": 60, "supportHours": "EXTENDED",
                 "missions": ["MINUSCA"], "targets": {"P1": {"responseMinutes": 10, "resolutionMinutes": 60}},
                 "successorCode": "FSS", "transitionBy": "2027-12-31"}""".formatted(code);
        mvc.perform(post(API).with(user(u.deskMinusca)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post(API).with(user(u.hq)).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code": "x", "nameEn": "", "kind": "SPACESHIP", "ownerUnit": "NOPE", "rtoMinutes": 0,
                         "rpoMinutes": -1, "missions": ["ATLANTIS"], "targets": {"P1": {"responseMinutes": 90, "resolutionMinutes": 30}},
                         "successorCode": "NOPE"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nameFr")))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameFr')].message").value(hasItem("Nom (français) est obligatoire")))
                .andExpect(jsonPath("$.errors[?(@.field == 'rtoMinutes')].message").value(hasItem(containsString("DMIA"))))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("ownerUnit")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("missions")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("targets.P1")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("successorCode")));
        mvc.perform(post(API).with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.service.code").value(code))
                .andExpect(jsonPath("$.targets.P1.responseMinutes").value(10))
                .andExpect(jsonPath("$.targets.P4.resolutionMinutes").value(14400));
        mvc.perform(post(API).with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("code")));
        // a change with the version seen; a stale version is refused
        String change = body.replace("\"rtoMinutes\": 480", "\"rtoMinutes\": 240").replace("}}", "}}, \"version\": 0");
        mvc.perform(put(API + "/" + code).with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk()).andExpect(jsonPath("$.service.rtoMinutes").value(240)).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(API + "/" + code).with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isConflict());
        org.assertj.core.api.Assertions.assertThat(catalogue.service(code.toLowerCase(Locale.ROOT))).get()
                .extracting(ServiceCatalogue.ServiceSummary::rtoMinutes).isEqualTo(240);
    }
}
