package org.fieldsupport.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fieldsupport.movements.shipment.domain.ShipmentRules;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Shipments with their transport document (bill of lading, air waybill, consignment note: numbers checked as carriers
 * issue them) and customs clearance with the customs documents attached through the attachment kit; the screens.
 */
@IntegrationTest
class ShipmentTests {

    static final String MOVCON = "movcon.minusca";

    @Autowired
    MockMvc mvc;

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(json));
    }

    private static String shipment(String mode, String number) {
        return """
                {"missionCode": "MINUSCA", "mode": "%s", "documentNumber": "%s", "carrier": "Test carrier",
                 "origin": "Douala", "destination": "Bangui", "shippedOn": "%s", "pieces": 4, "weightKg": 1200,
                 "description": "Test cargo"}""".formatted(mode, number, LocalDate.now().minusDays(3));
    }

    /** A fresh valid air waybill number (the serial's last digit is its first seven modulo 7). */
    private static String airWaybill() {
        int serial = (int) (System.nanoTime() % 10_000_000L);
        return "999-" + String.format("%07d", serial) + (serial % 7);
    }

    @Test
    void transport_document_numbers_are_checked_as_carriers_issue_them() {
        assertThat(ShipmentRules.normalise("AIR_WAYBILL", "176 1234 5675")).isEqualTo("176-12345675");
        assertThat(ShipmentRules.normalise("AIR_WAYBILL", "176-12345674")).isNull();
        assertThat(ShipmentRules.normalise("AIR_WAYBILL", "17612345")).isNull();
        assertThat(ShipmentRules.normalise("BILL_OF_LADING", "maeu5801234567")).isEqualTo("MAEU5801234567");
        assertThat(ShipmentRules.normalise("BILL_OF_LADING", "12345678901")).isNull();
        assertThat(ShipmentRules.normalise("CONSIGNMENT_NOTE", "CMR-2026/0042")).isEqualTo("CMR-2026/0042");
        assertThat(ShipmentRules.normalise("CONSIGNMENT_NOTE", "-X")).isNull();
    }

    @Test
    void a_shipment_is_cleared_only_with_its_customs_documents_attached_then_delivered() throws Exception {
        String number = airWaybill();
        // a bad check digit, a bill of lading number for an air shipment, nothing at all; an outsider
        String wrong = number.substring(0, 11) + ((number.charAt(11) - '0' + 1) % 10);
        post(MOVCON, "/api/v1/movements/shipments", shipment("AIR", wrong)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documentNumber"));
        post(MOVCON, "/api/v1/movements/shipments", shipment("AIR", "MAEU5801234567")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documentNumber"));
        post(MOVCON, "/api/v1/movements/shipments", "{}").andExpect(status().isBadRequest());
        post("medical.hq", "/api/v1/movements/shipments", shipment("AIR", number)).andExpect(status().isForbidden());
        String body = post(MOVCON, "/api/v1/movements/shipments", shipment("AIR", number.replace("-", "")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.documentType").value("AIR_WAYBILL"))
                .andExpect(jsonPath("$.documentNumber").value(number)).andExpect(jsonPath("$.status").value("IN_TRANSIT"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        post(MOVCON, "/api/v1/movements/shipments", shipment("AIR", number)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documentNumber"));
        String clearance = "/api/v1/movements/shipments/" + id + "/clearance";
        post(MOVCON, clearance, "{\"customsReference\": \"CD-2026-0001\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/customs-document-missing"));
        // the customs declaration through the attachment kit
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        String files = "/api/v1/records/movements.shipment/" + id + "/attachments";
        mvc.perform(multipart(files).file(new MockMultipartFile("file", "customs-declaration.pdf", "application/pdf", pdf))
                        .with(user(MOVCON)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isCreated());
        mvc.perform(get(files).with(user("medical.hq")).accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
        post(MOVCON, clearance, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customsReference"));
        post(MOVCON, clearance, "{\"customsReference\": \"CD-2026-0001\", \"version\": 3}").andExpect(status().isConflict());
        post(MOVCON, clearance, "{\"customsReference\": \"CD-2026-0001\", \"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLEARED")).andExpect(jsonPath("$.documents").value(1))
                .andExpect(jsonPath("$.customsReference").value("CD-2026-0001"));
        post(MOVCON, "/api/v1/movements/shipments/" + id + "/delivery", "{\"version\": 1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELIVERED"));
        post(MOVCON, "/api/v1/movements/shipments/" + id + "/delivery", "{}").andExpect(status().isUnprocessableContent());
        // the global search finds the shipment by its waybill, for the mission's movement staff only, with its new status
        mvc.perform(get("/api/v1/search").param("q", number).with(user(MOVCON)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].recordType").value("movements.shipment"))
                .andExpect(jsonPath("$.content[0].link").value("/movements/shipments/" + id));
        mvc.perform(get("/api/v1/search").param("q", number + " DELIVERED").with(user(MOVCON))
                        .accept(MediaType.APPLICATION_JSON)).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/search").param("q", number).with(user("medical.hq")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/movements/shipments/" + id + "/history").with(user(MOVCON)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].note").value("CD-2026-0001"))
                .andExpect(jsonPath("$[1].action").value("deliver"));
    }

    @Test
    void the_register_and_a_shipment_page_with_its_files_panel() throws Exception {
        mvc.perform(get("/movements/shipments").with(user(MOVCON))).andExpect(status().isOk())
                .andExpect(content().string(containsString("176-12345675")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/movements/shipments")
                        .with(user(MOVCON)).with(csrf()).param("missionCode", "MINUSCA").param("mode", "SEA")
                        .param("documentNumber", "12").param("carrier", "x").param("origin", "a")
                        .param("destination", "b").param("shippedOn", LocalDate.now().toString()).param("pieces", "1")
                        .param("weightKg", "10").param("description", "d"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("aria-invalid=\"true\"")));
        String number = airWaybill();
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/movements/shipments").with(user(MOVCON)).with(csrf()).param("missionCode", "MINUSCA")
                        .param("mode", "AIR").param("documentNumber", number).param("carrier", "Test air")
                        .param("origin", "Entebbe").param("destination", "Bangui")
                        .param("shippedOn", LocalDate.now().toString()).param("pieces", "2").param("weightKg", "35")
                        .param("description", "Spare parts"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(MOVCON))).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("/records/movements.shipment/")))
                .andExpect(content().string(containsString("/clear")));
        mvc.perform(get("/api/v1/movements/shipments").with(user(MOVCON)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].documentNumber", hasItem(number)));
    }
}
