package org.fieldsupport.supply;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Rations (headcount, order, receipt, three-way match) and fuel anomalies through the API and the screens. */
@IntegrationTest
class SupplyTests {

    @Autowired
    MockMvc mvc;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void a_contingent_is_fed_at_the_strength_the_claims_module_keeps() throws Exception {
        // October 2026: the demo strength return of the Bangladesh engineering company (200 authorised, 195 returned)
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/supply/strengths")
                        .param("mission", "MINUSCA").param("month", "2026-10").with(user("logistics.hq"))
                        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.contingentReference == 'DEMO-MINUSCA-BGD')].strength",
                        org.hamcrest.Matchers.hasItem(195)))
                .andExpect(jsonPath("$[?(@.contingentReference == 'DEMO-MINUSCA-BGD')].source",
                        org.hamcrest.Matchers.hasItem("STRENGTH_RETURN")));
        String order = """
                {"missionCode": "MINUSCA", "location": "Engineering camp %d", "firstDay": "%s", "days": 7, "scaleKg": "2.0",
                 "unitPrice": "10.00", "contingentReference": "%s"}""";
        post("logistics.hq", "/api/v1/supply/ration-orders", order.formatted(System.nanoTime(), "2026-10-05",
                "demo-minusca-bgd")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.headcount").value(195)).andExpect(jsonPath("$.personDays").value(1365))
                .andExpect(jsonPath("$.headcountSource").value("CLAIMS_STRENGTH_RETURN"))
                .andExpect(jsonPath("$.contingentReference").value("DEMO-MINUSCA-BGD"));
        // a month without a return: the MOU's authorised strength; an unknown contingent; another mission's contingent
        post("logistics.hq", "/api/v1/supply/ration-orders", order.formatted(System.nanoTime(), "2027-01-04",
                "DEMO-MINUSCA-BGD")).andExpect(status().isCreated()).andExpect(jsonPath("$.headcount").value(200))
                .andExpect(jsonPath("$.headcountSource").value("CLAIMS_AUTHORISED"));
        post("logistics.hq", "/api/v1/supply/ration-orders", order.formatted(System.nanoTime(), "2026-10-05",
                "DEMO-UNMISS-IND")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contingentReference"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/supply/strengths")
                        .param("mission", "MINUSCA").with(user("movcon.minusca")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/supply/strengths")
                        .with(user("logistics.hq"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("DEMO-MINUSCA-BGD")));
    }

    @Test
    void an_order_follows_the_headcount_and_a_short_receipt_makes_the_invoice_mismatch() throws Exception {
        String location = "Camp " + System.nanoTime();
        post("logistics.hq", "/api/v1/supply/ration-orders", """
                {"missionCode": "MINUSCA", "location": "%s", "firstDay": "2026-12-10", "days": 7, "scaleKg": "2.0",
                 "unitPrice": "10.00"}""".formatted(location)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/no-headcount"));
        post("logistics.hq", "/api/v1/supply/headcounts", """
                {"missionCode": "MINUSCA", "location": "%s", "day": "2026-12-09", "strength": 100}""".formatted(location))
                .andExpect(status().isCreated());
        String body = post("logistics.hq", "/api/v1/supply/ration-orders", """
                {"missionCode": "MINUSCA", "location": "%s", "firstDay": "2026-12-10", "days": 7, "scaleKg": "2.0",
                 "unitPrice": "10.00"}""".formatted(location)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.personDays").value(700)).andExpect(jsonPath("$.weightKg").value("1400.0"))
                .andExpect(jsonPath("$.value").value("7000.00")).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        post("logistics.hq", "/api/v1/supply/ration-orders/" + id + "/receipt", "{\"received\": 700, \"rejected\": 50}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rejectionReason"));
        post("logistics.hq", "/api/v1/supply/ration-orders/" + id + "/receipt",
                "{\"received\": 700, \"rejected\": 50, \"rejectionReason\": \"Spoiled\"}").andExpect(status().isOk());
        post("logistics.hq", "/api/v1/supply/ration-orders/" + id + "/invoice", "{\"invoiced\": 700, \"amount\": \"7000.00\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.match").value("MISMATCH"))
                .andExpect(jsonPath("$.matchReasons[0]").value("OVER_ACCEPTED"));
        post("movcon.minusca", "/api/v1/supply/headcounts", """
                {"missionCode": "MINUSCA", "location": "x", "day": "2026-12-09", "strength": 1}""")
                .andExpect(status().isForbidden());
    }

    @Test
    void a_fuel_issue_over_the_norm_is_flagged_and_meters_do_not_go_back() throws Exception {
        String code = "T-" + System.nanoTime();
        post("logistics.hq", "/api/v1/supply/fuel-equipment", """
                {"code": "%s", "missionCode": "UNMISS", "kind": "VEHICLE", "description": "Truck", "norm": "30"}"""
                .formatted(code)).andExpect(status().isCreated());
        post("logistics.hq", "/api/v1/supply/fuel-issues", "{\"equipmentCode\": \"" + code
                + "\", \"issuedOn\": \"2026-12-01\", \"litres\": \"100\", \"meter\": \"1000\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.anomaly").value(false));
        post("logistics.hq", "/api/v1/supply/fuel-issues", "{\"equipmentCode\": \"" + code
                + "\", \"issuedOn\": \"2026-12-02\", \"litres\": \"80\", \"meter\": \"1200\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.consumption").value("40.00")).andExpect(jsonPath("$.anomaly").value(true));
        post("logistics.hq", "/api/v1/supply/fuel-issues", "{\"equipmentCode\": \"" + code
                + "\", \"issuedOn\": \"2026-12-03\", \"litres\": \"-1\", \"meter\": \"900\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("litres"));
        post("logistics.hq", "/api/v1/supply/fuel-issues", "{\"equipmentCode\": \"" + code
                + "\", \"issuedOn\": \"2026-12-03\", \"litres\": \"10\", \"meter\": \"900\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("meter"));
    }

    @Test
    void the_screens_show_both_missions_demo_records_and_others_are_refused() throws Exception {
        mvc.perform(get("/supply/rations").with(user("logistics.hq"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("UNMISS"))).andExpect(content().string(containsString("Mismatch")));
        mvc.perform(get("/supply/fuel").with(user("logistics.hq")).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("MINUSCA-V-0001")));
        mvc.perform(get("/api/v1/supply/fuel-issues").with(user("logistics.hq")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].anomaly", hasItem(true)));
        mvc.perform(get("/supply/rations").with(user("movcon.minusca"))).andExpect(status().isForbidden());
    }
}
