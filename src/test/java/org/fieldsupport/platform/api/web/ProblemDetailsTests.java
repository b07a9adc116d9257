package org.fieldsupport.platform.api.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ProblemDetailsTests {

    private static final String BASE = "/api/v1/test/problems";

    @Autowired MockMvc mvc;

    private static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(BASE + path).with(user("clerk")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void an_invalid_payment_is_refused_with_400_naming_each_field_and_rule() throws Exception {
        mvc.perform(postJson("/payments", "{\"payee\":\" \",\"amount\":-5}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/validation"))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value(BASE + "/payments"))
                .andExpect(jsonPath("$.requestId", notNullValue()))
                .andExpect(jsonPath("$.errors[?(@.field == 'payee')].rule").value(hasItem("NotBlank")))
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')].rule").value(hasItem("Positive")));
    }

    @Test
    void validation_errors_speak_the_users_language() throws Exception {
        mvc.perform(postJson("/payments", "{\"payee\":\"\",\"amount\":1}").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Saisie invalide"))
                .andExpect(jsonPath("$.errors[0].field").value("payee"))
                .andExpect(jsonPath("$.errors[0].message").value("ne doit pas être vide"));
    }

    @Test
    void a_request_parameter_out_of_range_is_a_400_naming_the_parameter() throws Exception {
        mvc.perform(get(BASE + "/limited").param("count", "11").with(user("clerk")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("count"))
                .andExpect(jsonPath("$.errors[0].rule").value("Max"));
    }

    @Test
    void a_service_refusing_its_arguments_is_a_400_naming_the_argument_and_rule() throws Exception {
        mvc.perform(post(BASE + "/currencies").param("code", "EURO").with(user("clerk")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("currency"))
                .andExpect(jsonPath("$.errors[0].rule").value("Size"));
    }

    @Test
    void errors_found_in_code_come_back_as_the_same_field_list() throws Exception {
        mvc.perform(postJson("/checked-in-code", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[2].currency"))
                .andExpect(jsonPath("$.errors[0].rule").value("UnknownCurrency"))
                .andExpect(jsonPath("$.errors[0].message").value("Cannot sort by 'XYZ'; possible fields: EUR, USD."));
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        mvc.perform(postJson("/payments", "{\"payee\": \"x\", "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/malformed-request"));
    }

    @Test
    void a_value_of_the_wrong_type_in_the_body_names_the_field() throws Exception {
        mvc.perform(postJson("/payments", "{\"payee\": \"x\", \"amount\": \"lots\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
    }

    @Test
    void a_path_variable_of_the_wrong_type_is_a_400_problem() throws Exception {
        mvc.perform(get(BASE + "/numbers/abc").with(user("clerk")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/type-mismatch"))
                .andExpect(jsonPath("$.errors[0].field").value("number"));
    }

    @Test
    void a_missing_record_is_a_404_problem() throws Exception {
        mvc.perform(get(BASE + "/missing/DFS-XYZ").with(user("clerk")).header("Accept-Language", "fr"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/not-found"))
                .andExpect(jsonPath("$.title").value("Introuvable"))
                .andExpect(jsonPath("$.detail").value("Unit DFS-XYZ est introuvable."));
    }

    @Test
    void an_unknown_api_path_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(user("clerk")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/not-found"))
                .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
    }

    @Test
    void a_wrong_http_method_is_a_405_problem_in_the_users_language() throws Exception {
        mvc.perform(get(BASE + "/payments").with(user("clerk")).header("Accept-Language", "fr"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Méthode non autorisée"))
                .andExpect(jsonPath("$.requestId", notNullValue()))
                .andExpect(header().string("Allow", containsString("POST")));
    }

    @Test
    void an_unknown_page_outside_the_api_is_left_to_the_error_page() throws Exception {
        mvc.perform(get("/no-such-page").with(user("clerk")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
    }

    @Test
    void a_duplicate_is_a_409_problem_without_database_details() throws Exception {
        mvc.perform(postJson("/duplicate", "{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/duplicate"))
                .andExpect(content().string(not(containsString("uq_unit_code"))));
    }

    @Test
    void a_stale_version_is_a_409_problem() throws Exception {
        mvc.perform(postJson("/stale", "{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/conflict"));
    }

    @Test
    void a_stale_aggregate_reported_by_spring_data_jdbc_is_a_409_problem() throws Exception {
        mvc.perform(postJson("/stale-aggregate", "{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/conflict"));
    }

    @Test
    void a_business_rule_refusal_is_a_422_problem_with_the_reason_in_the_users_language() throws Exception {
        mvc.perform(postJson("/refused", "{}").header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/business-rule"))
                .andExpect(jsonPath("$.detail").value("La taille de page doit être comprise entre 1 et 200."))
                .andExpect(jsonPath("$.code").value("problem.field.size.range"));
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_that_leaks_nothing() throws Exception {
        mvc.perform(get(BASE + "/broken").with(user("clerk")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/internal-error"))
                .andExpect(content().string(not(containsString("jdbc"))))
                .andExpect(content().string(not(containsString("IllegalState"))))
                .andExpect(header().exists("X-Request-Id"));
    }

    @Test
    void a_request_that_found_no_free_database_connection_is_a_503_to_retry_not_a_500() throws Exception {
        mvc.perform(get(BASE + "/pool-exhausted").with(user("clerk")).header("Accept-Language", "fr"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/unavailable"))
                .andExpect(jsonPath("$.title").value("Occupé, réessayez"))
                .andExpect(content().string(not(containsString("Hikari"))));
    }
}
