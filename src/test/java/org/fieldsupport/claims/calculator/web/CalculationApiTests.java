package org.fieldsupport.claims.calculator.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/v1/claims/calculations and the calculator screen, through the whole web stack. */
@IntegrationTest
class CalculationApiTests {

    static final String WORKED_EXAMPLE = """
            {
              "ruleSet": "COE-2026-v1",
              "from": "2026-06-01", "to": "%s",
              "deployedOn": "2026-06-16", "repatriatedOn": null,
              "authorisedStrength": 850,
              "missionFactors": {"environmental": 0.02, "intensifiedOperational": 0.015, "hostileAction": 0, "transport": 0},
              "troopCostRates": [{"from": "2018-07-01", "perPersonPerMonth": "1428.00"}],
              "strengthReturns": [{"month": "2026-06", "averageStrength": 870}%s],
              "majorEquipment": [{"line": "ME-1", "description": "APC, wheeled", "leaseType": "WET", "mouQuantity": 10, "monthlyRate": "5000.00"}],
              "selfSustainment": [{"category": "CATERING", "providedBy": "CONTRIBUTOR", "ratePerPersonPerMonth": "28.00"}],
              "verifications": [{"date": "2026-06-20",
                                 "majorEquipment": [{"line": "ME-1", "serviceable": 9}],
                                 "selfSustainment": [{"category": "CATERING", "rating": "SATISFACTORY"}]}]
            }""";

    @Autowired
    MockMvc mvc;

    @Test
    void a_member_state_user_computes_the_worked_example_with_money_as_strings() throws Exception {
        mvc.perform(post("/api/v1/claims/calculations").with(user("portal-bgd")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content(WORKED_EXAMPLE.formatted("2026-06-30", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("COE-2026-v1"))
                .andExpect(jsonPath("$.currency").value("USD"))
                .andExpect(jsonPath("$.total").value("642504.00"))
                .andExpect(jsonPath("$.months[0].month").value("2026-06"))
                .andExpect(jsonPath("$.months[0].total").value("642504.00"))
                .andExpect(jsonPath("$.months[0].lines[0].kind").value("MAJOR_EQUIPMENT"))
                .andExpect(jsonPath("$.months[0].lines[0].line").value("ME-1"))
                .andExpect(jsonPath("$.months[0].lines[0].amount").value("23287.50"))
                .andExpect(jsonPath("$.months[0].lines[0].flags").isEmpty())
                .andExpect(jsonPath("$.months[0].lines[0].explanation")
                        .value("5000.00 × min(10, 9) × (1 + 0.035) × 15/30"))
                .andExpect(jsonPath("$.months[0].lines[0].category").doesNotExist())
                .andExpect(jsonPath("$.months[0].lines[1].category").value("CATERING"))
                .andExpect(jsonPath("$.months[0].lines[1].amount").value("12316.50"))
                .andExpect(jsonPath("$.months[0].lines[2].kind").value("TROOP_COST"))
                .andExpect(jsonPath("$.months[0].lines[2].line").doesNotExist())
                .andExpect(jsonPath("$.months[0].lines[2].amount").value("606900.00"));
    }

    @Test
    void a_quarter_with_every_strength_return_sums_its_months() throws Exception {
        String moreReturns = ", {\"month\": \"2026-07\", \"averageStrength\": 840}, "
                + "{\"month\": \"2026-08\", \"averageStrength\": 845.5}";
        mvc.perform(post("/api/v1/claims/calculations").with(user("officer")).with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).content(WORKED_EXAMPLE.formatted("2026-08-31", moreReturns)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value(3))
                .andExpect(jsonPath("$.months[1].total").value("1270438.20"))
                .andExpect(jsonPath("$.months[2].total").value("1278451.59"))
                .andExpect(jsonPath("$.total").value("3191393.79"))
                .andExpect(jsonPath("$.months[0].lines[0].explanation")
                        .value("5000,00 × min(10 ; 9) × (1 + 0,035) × 15/30"));
    }

    @Test
    void the_spec_request_without_july_and_august_returns_is_refused_naming_the_months() throws Exception {
        mvc.perform(post("/api/v1/claims/calculations").with(user("officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content(WORKED_EXAMPLE.formatted("2026-08-31", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("strengthReturns"))
                .andExpect(jsonPath("$.errors[0].message").value("no strength return for 2026-07: the month cannot be computed"))
                .andExpect(jsonPath("$.errors[1].message").value("no strength return for 2026-08: the month cannot be computed"));
    }

    @Test
    void invalid_input_is_answered_with_every_offending_field() throws Exception {
        String body = """
                {"ruleSet": "COE-2031-v7", "from": "2026-06-15", "to": "2026-07-30", "deployedOn": "2026-06-16",
                 "authorisedStrength": 850,
                 "missionFactors": {"environmental": 0.06, "intensifiedOperational": 0.015, "hostileAction": 0, "transport": 0.051},
                 "troopCostRates": [],
                 "strengthReturns": [{"month": "2026-06", "averageStrength": 870}, {"month": "2026-07", "averageStrength": 870}],
                 "majorEquipment": [{"line": "ME-1", "leaseType": "WET", "mouQuantity": -10, "monthlyRate": "5000.00"},
                                    {"line": "ME-2", "leaseType": "DRY", "mouQuantity": 4}],
                 "selfSustainment": [],
                 "verifications": [{"date": "2026-06-20", "majorEquipment": [{"line": "ME-1", "serviceable": -1}]}]}""";
        mvc.perform(post("/api/v1/claims/calculations").with(user("officer")).with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "ruleSet", "from", "to", "missionFactors.environmental", "missionFactors.transport",
                        "majorEquipment[0].mouQuantity", "majorEquipment[1].monthlyRate",
                        "verifications[0].majorEquipment[0].serviceable", "troopCostRates", "troopCostRates")))
                .andExpect(jsonPath("$.errors[?(@.field == 'missionFactors.environmental')].message")
                        .value("doit être compris entre 0 et 0,05"))
                .andExpect(jsonPath("$.errors[?(@.field == 'troopCostRates')].message").value(
                        org.hamcrest.Matchers.hasItem("aucun taux des coûts des contingents en vigueur le 01/06/2026")));
    }

    @Test
    void nobody_signed_in_gets_no_calculation() throws Exception {
        mvc.perform(post("/api/v1/claims/calculations").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content(WORKED_EXAMPLE.formatted("2026-06-30", "")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_calculator_screen_shows_the_worked_example_line_by_line() throws Exception {
        mvc.perform(get("/claims/calculator").with(user("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calculator-form\"")));
        mvc.perform(post("/claims/calculator").with(user("officer")).with(csrf())
                        .param("ruleSet", "COE-2026-v1").param("from", "2026-06").param("to", "2026-06")
                        .param("deployedOn", "2026-06-16").param("authorisedStrength", "850")
                        .param("environmental", "2").param("intensifiedOperational", "1.5")
                        .param("hostileAction", "0").param("transport", "0")
                        .param("troopCostRates[0].from", "2018-07-01").param("troopCostRates[0].rate", "1428.00")
                        .param("strengthReturns[0].month", "2026-06").param("strengthReturns[0].average", "870")
                        .param("strengthReturns[1].month", "").param("strengthReturns[1].average", "")
                        .param("majorEquipment[0].line", "ME-1").param("majorEquipment[0].description", "APC, wheeled")
                        .param("majorEquipment[0].leaseType", "WET").param("majorEquipment[0].quantity", "10")
                        .param("majorEquipment[0].rate", "5000.00")
                        .param("selfSustainment[0].category", "CATERING")
                        .param("selfSustainment[0].providedBy", "CONTRIBUTOR").param("selfSustainment[0].rate", "28.00")
                        .param("equipmentFindings[0].date", "2026-06-20").param("equipmentFindings[0].line", "ME-1")
                        .param("equipmentFindings[0].serviceable", "9")
                        .param("categoryFindings[0].date", "2026-06-20").param("categoryFindings[0].category", "CATERING")
                        .param("categoryFindings[0].rating", "SATISFACTORY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("23287.50")))
                .andExpect(content().string(containsString("5000.00 × min(10, 9) × (1 + 0.035) × 15/30")))
                .andExpect(content().string(containsString("642504.00 USD")));
    }

    @Test
    void the_calculator_screen_lists_what_prevents_the_calculation() throws Exception {
        mvc.perform(post("/claims/calculator").with(user("officer")).with(csrf())
                        .param("ruleSet", "COE-2026-v1").param("from", "2026-06").param("to", "2026-08")
                        .param("deployedOn", "2026-06-16").param("authorisedStrength", "850")
                        .param("environmental", "7")
                        .param("troopCostRates[0].from", "2018-07-01").param("troopCostRates[0].rate", "1428.00")
                        .param("strengthReturns[0].month", "2026-06").param("strengthReturns[0].average", "870")
                        .param("strengthReturns[1].month", "2026-07").param("strengthReturns[1].average", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calculator-errors\"")))
                .andExpect(content().string(containsString("Strength returns, row 2: cannot be read: abc")));
        mvc.perform(post("/claims/calculator").with(user("officer")).with(csrf())
                        .param("ruleSet", "COE-2026-v1").param("from", "2026-06").param("to", "2026-08")
                        .param("deployedOn", "2026-06-16").param("authorisedStrength", "850")
                        .param("environmental", "7")
                        .param("troopCostRates[0].from", "2018-07-01").param("troopCostRates[0].rate", "1428.00")
                        .param("strengthReturns[0].month", "2026-06").param("strengthReturns[0].average", "870"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Extreme environmental condition: must be between 0 % and 5 %")))
                .andExpect(content().string(containsString("There is no strength return for 2026-07 yet.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("missionFactors."))));
        // the page shows percent, as the MOU page does; the API keeps fractions (0.02)
        mvc.perform(get("/claims/calculator").with(user("officer")))
                .andExpect(content().string(containsString("id=\"environmental\" name=\"environmental\" type=\"number\" step=\"0.01\" min=\"0\" max=\"5\"")))
                .andExpect(content().string(containsString("value=\"2\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<textarea"))));
    }
}
