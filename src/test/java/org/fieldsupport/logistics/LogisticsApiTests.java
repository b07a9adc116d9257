package org.fieldsupport.logistics;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Deployment stocks, the support plan, policies, innovations and liquidation over REST, with the refusals. */
@IntegrationTest
class LogisticsApiTests {

    static final String HQ = "logistics.hq";

    @Autowired
    MockMvc mvc;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void a_kit_under_target_is_to_replenish_and_an_allocation_is_shipped_and_received() throws Exception {
        String code = "T" + System.nanoTime();
        post(HQ, "/api/v1/logistics/sds/kits", "{\"code\": \"" + code + "\", \"name\": \"Test kit\", \"targetQuantity\": 5, "
                + "\"shelfLifeMonths\": 60}").andExpect(status().isCreated()).andExpect(jsonPath("$.replenish").value(true));
        post(HQ, "/api/v1/logistics/sds/lots", "{\"kitCode\": \"" + code + "\", \"location\": \"UNLB Brindisi\", "
                + "\"readiness\": \"SERVICEABLE\", \"quantity\": 4, \"stockedOn\": \"2020-01-01\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.shortfall").value(1))
                .andExpect(jsonPath("$.lotsToRotate").value(1));
        post(HQ, "/api/v1/logistics/sds/allocations", "{\"kitCode\": \"" + code + "\", \"missionCode\": \"MINUSCA\", \"quantity\": 5}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/stock-short"));
        String body = post(HQ, "/api/v1/logistics/sds/allocations", "{\"kitCode\": \"" + code
                + "\", \"missionCode\": \"MINUSCA\", \"quantity\": 3}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        post(HQ, "/api/v1/logistics/sds/allocations/" + id + "/receive", "{\"serviceable\": 3}")
                .andExpect(status().isUnprocessableContent());
        post(HQ, "/api/v1/logistics/sds/allocations/" + id + "/ship", "{\"waybill\": \"AWB-1\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHIPPED"));
        post(HQ, "/api/v1/logistics/sds/allocations/" + id + "/receive", "{\"serviceable\": 4}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("serviceable"));
        post(HQ, "/api/v1/logistics/sds/allocations/" + id + "/receive", "{\"serviceable\": 3}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED")).andExpect(jsonPath("$.receiptDays").value(0));
        mvc.perform(get("/api/v1/logistics/sds/kits").with(user(HQ)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].serviceable", hasItem(1)))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].shortfall", hasItem(4)));
        post("movcon.minusca", "/api/v1/logistics/sds/kits", "{\"code\": \"X" + code + "\", \"name\": \"x\", "
                + "\"targetQuantity\": 1, \"shelfLifeMonths\": 1}").andExpect(status().isForbidden());
    }

    @Test
    void the_support_plan_totals_by_service_line() throws Exception {
        post(HQ, "/api/v1/logistics/support-plan", """
                {"missionCode": "UNMISS", "fiscalYear": 2031, "serviceLine": "MEDICAL", "requirement": "Level I clinic kit",
                 "quantity": 3, "unitCost": "10000.10", "neededBy": "2031-03-01", "sourcing": "SDS"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.total").value("30000.30"));
        mvc.perform(get("/api/v1/logistics/support-plan").param("mission", "UNMISS").param("fiscalYear", "2031")
                        .with(user(HQ)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalByServiceLine.MEDICAL").exists());
        post(HQ, "/api/v1/logistics/support-plan", """
                {"missionCode": "NOPE", "fiscalYear": 1999, "serviceLine": "MAGIC", "requirement": "",
                 "quantity": 0, "unitCost": "1.001", "sourcing": "GIFT"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("missionCode", "fiscalYear",
                        "serviceLine", "requirement", "quantity", "unitCost", "neededBy", "sourcing")));
    }

    @Test
    void innovations_move_in_order_policies_are_reviewed_and_disposals_follow_the_priorities() throws Exception {
        String body = post(HQ, "/api/v1/logistics/innovations", "{\"title\": \"Test\", \"technology\": \"LoRa sensors\", "
                + "\"proposedBy\": \"ICT\"}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        post(HQ, "/api/v1/logistics/innovations/" + id + "/decision", "{\"status\": \"ADOPTED\"}")
                .andExpect(status().isUnprocessableContent());
        post(HQ, "/api/v1/logistics/innovations/" + id + "/decision", "{\"status\": \"PILOTING\", \"pilotMission\": \"MINUSCA\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.pilotMission").value("MINUSCA"));
        post(HQ, "/api/v1/logistics/policies", """
                {"reference": "T-%d", "title": "Test policy", "area": "SUPPLY", "version": "1", "effectiveOn": "2020-01-01",
                 "reviewMonths": 12}""".formatted(System.nanoTime())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.reviewOverdue").value(true));
        post(HQ, "/api/v1/logistics/liquidation", """
                {"missionCode": "MINUSCA", "assetGroup": "Tents", "quantity": 10, "bookValue": "100.00",
                 "method": "DESTRUCTION", "dueOn": "%s"}""".formatted(LocalDate.now().plusDays(5)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/disposal-priority"));
        post(HQ, "/api/v1/logistics/liquidation", """
                {"missionCode": "MINUSCA", "assetGroup": "Tents", "quantity": 10, "bookValue": "100.00",
                 "method": "TRANSFER_MISSION", "dueOn": "%s"}""".formatted(LocalDate.now().minusDays(1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.priority").value(1));
        post("movcon.minusca", "/api/v1/logistics/liquidation", """
                {"missionCode": "MINUSCA", "assetGroup": "Tents", "quantity": 10, "bookValue": "100.00",
                 "method": "TRANSFER_MISSION", "dueOn": "2027-01-01"}""").andExpect(status().isForbidden());
    }
}
