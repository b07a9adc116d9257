package org.fieldsupport.claims.mou.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.fieldsupport.support.AnyVersion.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Contingents and MOU versions through /api/v1/claims/contingents: register, amend, take effect, refusals, isolation. */
@IntegrationTest
public class ContingentApiTests {

    static final String BASE = "/api/v1/claims/contingents";

    public static final String MOU = """
            {"reference": "%s", "missionCode": "MINUSCA", "memberState": "BGD", "unitType": "INFANTRY_BATTALION",
             "effectiveFrom": "2026-01-01", "documentReference": "MOU/MINUSCA/BGD/2026",
             "authorisedStrength": 850,
             "missionFactors": {"environmental": 0.02, "intensifiedOperational": 0.015, "hostileAction": 0, "transport": 0},
             "deployedOn": "2026-01-10",
             "equipment": [{"line": "ME-1", "category": "APC", "description": "APC, wheeled", "leaseType": "WET",
                            "mouQuantity": 10, "specialRate": "5000.00", "justification": "negotiated in 2025"}],
             "selfSustainment": [{"category": "CATERING", "providedBy": "CONTRIBUTOR", "specialRate": "28.00",
                                  "justification": "negotiated"},
                                 {"category": "ACCOMMODATION", "providedBy": "UN"}]}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.fieldsupport.claims.rates.internal.RateTables rates;

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return mvc.perform(request.with(user(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    private long registered(String reference) throws Exception {
        String body = send(post(BASE), "admin", MOU.formatted(reference)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[0].kind").value("ORIGINAL"))
                .andExpect(jsonPath("$.versions[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.draftVersion").value(1))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void an_mou_is_registered_as_a_draft_takes_effect_and_is_amended_with_what_changed() throws Exception {
        long id = registered("T-" + UUID.randomUUID());
        send(post(BASE + "/" + id + "/versions/1/take-effect"), "admin", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].status").value("EFFECTIVE"))
                .andExpect(jsonPath("$.versions[0].effectiveBy").value("admin"))
                .andExpect(jsonPath("$.versions[0].equipment[0].rateBasis").value("SPECIAL"))
                .andExpect(jsonPath("$.versions[0].selfSustainment[1].ratePerPersonPerMonth").doesNotExist());

        send(post(BASE + "/" + id + "/amendments"), "admin", """
                {"effectiveFrom": "2026-08-01", "documentReference": "Amendment 1", "reason": "additional APCs",
                 "authorisedStrength": 870}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[1].kind").value("AMENDMENT"))
                .andExpect(jsonPath("$.versions[1].status").value("DRAFT"))
                .andExpect(jsonPath("$.versions[1].equipment[0].mouQuantity").value(10));   // a copy of version 1
        send(put(BASE + "/" + id + "/versions/2/equipment/ME-1"), "admin", """
                {"category": "APC", "description": "APC, wheeled", "leaseType": "WET", "mouQuantity": 14,
                 "specialRate": "5000.00", "justification": "negotiated in 2025"}""").andExpect(status().isOk());
        send(put(BASE + "/" + id + "/versions/2/equipment/ME-2"), "admin", """
                {"category": "Support", "description": "Water purification unit", "leaseType": "DRY", "mouQuantity": 2,
                 "specialRate": "900.00", "justification": "no rate in the table for this model"}""")
                .andExpect(status().isOk());
        send(post(BASE + "/" + id + "/versions/2/take-effect"), "admin", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].inForceUntil").value("2026-07"))
                .andExpect(jsonPath("$.versions[1].inForceFrom").value("2026-08"))
                .andExpect(jsonPath("$.versions[1].changes[*].field",
                        containsInAnyOrder("authorisedStrength", "mouQuantity", "added")))
                .andExpect(jsonPath("$.versions[1].changes[?(@.field == 'mouQuantity')].before").value(hasItem("10")))
                .andExpect(jsonPath("$.versions[1].changes[?(@.field == 'mouQuantity')].after").value(hasItem("14")));

        // a version that took effect is never edited
        send(put(BASE + "/" + id + "/versions/1/equipment/ME-1"), "admin", """
                {"category": "APC", "description": "x", "leaseType": "WET", "mouQuantity": 1, "specialRate": "1.00",
                 "justification": "x"}""")
                .andExpect(status().isUnprocessableContent());
        // the contingent's terms are the latest version's
        assertThat(jdbc.queryForObject("SELECT authorised_strength FROM claims_contingent WHERE id = ?", Integer.class,
                id)).isEqualTo(870);
        // one version per month's first day: a second amendment from the same month is refused
        send(post(BASE + "/" + id + "/amendments"), "admin", """
                {"effectiveFrom": "2026-08-01", "reason": "again"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("effectiveFrom")));
    }

    @Test
    void bad_input_is_refused_with_every_bad_field_and_nothing_is_written() throws Exception {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM claims_contingent", Integer.class);
        Integer versionsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM claims_mou_version", Integer.class);
        send(post(BASE), "admin", """
                {"missionCode": "NOPE", "memberState": "XXX", "unitType": "SUBMARINE", "effectiveFrom": "2026-08-15",
                 "authorisedStrength": -1,
                 "missionFactors": {"environmental": 0.06, "intensifiedOperational": 0, "hostileAction": -0.01, "transport": 0},
                 "deployedOn": "2026-08-20", "repatriatedOn": "2026-08-01",
                 "equipment": [{"line": "ME-1", "category": "APC", "description": "APC", "leaseType": "WET",
                                "mouQuantity": -3, "specialRate": "5000.00"},
                               {"line": "ME-2", "category": "Truck", "description": "Truck", "leaseType": "HUMID",
                                "mouQuantity": 2}],
                 "selfSustainment": [{"category": "CATERING", "providedBy": "UN", "specialRate": "28.00"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("missionCode", "memberState", "unitType",
                        "effectiveFrom", "authorisedStrength", "missionFactors.environmental",
                        "missionFactors.hostileAction", "repatriatedOn", "equipment[0].mouQuantity",
                        "equipment[0].justification", "equipment[1].leaseType", "equipment[1].specialRate",
                        "selfSustainment[0].specialRate")))
                .andExpect(jsonPath("$.errors[?(@.field == 'effectiveFrom')].rule").value(hasItem("FirstDayOfMonth")))
                .andExpect(jsonPath("$.errors[?(@.field == 'missionFactors.environmental')].rule").value(hasItem("Range")))
                .andExpect(jsonPath("$.errors[?(@.field == 'missionCode')].rule").value(hasItem("UnknownMission")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claims_contingent", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claims_mou_version", Integer.class))
                .isEqualTo(versionsBefore);
    }

    @Test
    void a_bad_draft_edit_changes_nothing_and_an_effective_date_not_on_a_first_day_is_refused() throws Exception {
        long id = registered("T-" + UUID.randomUUID());
        send(patch(BASE + "/" + id + "/versions/1"), "admin", """
                {"authorisedStrength": 900, "effectiveFrom": "2026-01-02",
                 "equipment": [{"line": "ME-1", "category": "APC", "description": "APC", "leaseType": "WET",
                                "mouQuantity": 12, "specialRate": "5000.00", "justification": "j"},
                               {"line": "ME-1", "category": "APC", "description": "APC", "leaseType": "WET",
                                "mouQuantity": 1, "specialRate": "5000.001", "justification": "j"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("effectiveFrom", "equipment[1].line",
                        "equipment[1].specialRate")));
        mvc.perform(get(BASE + "/" + id).with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.versions[0].authorisedStrength").value(850))
                .andExpect(jsonPath("$.versions[0].equipment.length()").value(1))
                .andExpect(jsonPath("$.versions[0].equipment[0].mouQuantity").value(10));
        // an original takes effect no later than the deployment month
        send(patch(BASE + "/" + id + "/versions/1"), "admin", "{\"effectiveFrom\": \"2026-02-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
                .andExpect(jsonPath("$.errors[0].rule").value("NotAfterDeployment"));
        // no amendment before the original took effect
        send(post(BASE + "/" + id + "/amendments"), "admin", "{\"effectiveFrom\": \"2026-08-01\", \"reason\": \"r\"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void a_member_state_user_sees_only_its_own_states_mous_and_cannot_amend() throws Exception {
        mvc.perform(get(BASE).with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].memberState", everyItem(is("BGD"))))
                .andExpect(jsonPath("$[*].reference", hasItem("DEMO-MINUSCA-BGD")));
        long rwanda = jdbc.queryForObject("SELECT id FROM claims_contingent WHERE reference = 'DEMO-MINUSCA-RWA'",
                Long.class);
        long bangladesh = jdbc.queryForObject("SELECT id FROM claims_contingent WHERE reference = 'DEMO-MINUSCA-BGD'",
                Long.class);
        mvc.perform(get(BASE + "/" + rwanda).with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + bangladesh).with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberState").value("BGD"));
        send(post(BASE + "/" + bangladesh + "/amendments"), "portal.bgd",
                "{\"effectiveFrom\": \"2027-01-01\", \"reason\": \"more\"}").andExpect(status().isForbidden());
        send(post(BASE), "portal.bgd", MOU.formatted("T-" + UUID.randomUUID())).andExpect(status().isForbidden());
        // mission staff see their mission's contingents only
        mvc.perform(get(BASE).with(user("mission.coe.unmiss")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode", everyItem(is("UNMISS"))));
        mvc.perform(get(BASE + "/" + rwanda).with(user("mission.coe.unmiss")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_line_with_an_equipment_code_takes_the_wet_or_dry_rate_of_the_edition_in_force_and_records_it()
            throws Exception {
        long id = registered("T-" + UUID.randomUUID());
        java.time.LocalDate on = java.time.LocalDate.of(2026, 1, 1);
        var apc = rates.equipmentRate("APC-WH-II", on).orElseThrow();
        var catering = rates.selfSustainmentRate("CATERING", on).orElseThrow();
        send(put(BASE + "/" + id + "/versions/1/equipment/ME-2"), "admin", """
                {"category": "APC", "description": "APC, wheeled, class II", "leaseType": "DRY", "mouQuantity": 4,
                 "equipmentCode": "APC-WH-II"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].equipment[1].rateBasis").value("TABLE"))
                .andExpect(jsonPath("$.versions[0].equipment[1].monthlyRate")
                        .value(apc.dryMonthly().setScale(2).toPlainString()))
                .andExpect(jsonPath("$.versions[0].equipment[1].rateEdition").value(apc.edition()));
        send(put(BASE + "/" + id + "/versions/1/self-sustainment/CATERING"), "admin",
                "{\"providedBy\": \"CONTRIBUTOR\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].selfSustainment[0].rateBasis").value("TABLE"))
                .andExpect(jsonPath("$.versions[0].selfSustainment[0].ratePerPersonPerMonth")
                        .value(catering.perPersonPerMonth().setScale(2).toPlainString()));
        send(put(BASE + "/" + id + "/versions/1/equipment/ME-3"), "admin", """
                {"category": "APC", "description": "x", "leaseType": "WET", "mouQuantity": 1,
                 "equipmentCode": "NO-SUCH-CODE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("equipmentCode"))
                .andExpect(jsonPath("$.errors[0].rule").value("UnknownRate"));
        // taking effect re-prices table lines from the edition in force on the effective date (the same here)
        send(post(BASE + "/" + id + "/versions/1/take-effect"), "admin", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].equipment[1].monthlyRate")
                        .value(apc.dryMonthly().setScale(2).toPlainString()));
    }

    @Test
    void the_demo_contingents_have_an_original_and_an_amendment() throws Exception {
        long rwanda = jdbc.queryForObject("SELECT id FROM claims_contingent WHERE reference = 'DEMO-MINUSCA-RWA'",
                Long.class);
        mvc.perform(get(BASE + "/" + rwanda).with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitType").value("INFANTRY_BATTALION"))
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[1].effectiveFrom").value("2026-09-01"))
                .andExpect(jsonPath("$.versions[1].status").value("EFFECTIVE"))
                .andExpect(jsonPath("$.versions[1].equipment[0].mouQuantity").value(14));
    }

    @Test
    void unit_types_come_with_their_label_in_the_requesters_language_beside_the_code() throws Exception {
        long rwanda = jdbc.queryForObject("SELECT id FROM claims_contingent WHERE reference = 'DEMO-MINUSCA-RWA'",
                Long.class);
        mvc.perform(get(BASE + "/" + rwanda).with(user("admin")).accept(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitType").value("INFANTRY_BATTALION"))
                .andExpect(jsonPath("$.unitTypeLabel").value("Infantry battalion"));
        mvc.perform(get(BASE + "/" + rwanda).with(user("admin")).accept(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitType").value("INFANTRY_BATTALION"))
                .andExpect(jsonPath("$.unitTypeLabel").value("Bataillon d’infanterie"));
        // the list: every row has both, the demo Bangladesh company in French
        mvc.perform(get(BASE).param("mission", "MINUSCA").param("memberState", "BGD").with(user("admin"))
                        .accept(MediaType.APPLICATION_JSON).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.reference == 'DEMO-MINUSCA-BGD')].unitType").value(hasItem("ENGINEERING_COMPANY")))
                .andExpect(jsonPath("$[?(@.reference == 'DEMO-MINUSCA-BGD')].unitTypeLabel")
                        .value(hasItem("Compagnie du génie")))
                .andExpect(jsonPath("$[*].unitTypeLabel", everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers
                        .emptyOrNullString()))));
        mvc.perform(get(BASE).param("mission", "MINUSCA").param("memberState", "BGD").with(user("admin"))
                        .accept(MediaType.APPLICATION_JSON).header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.reference == 'DEMO-MINUSCA-BGD')].unitTypeLabel")
                        .value(hasItem("Engineering company")));
        // a registration answers with the label too (in the language asked for)
        mvc.perform(post(BASE).with(user("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON).header("Accept-Language", "fr")
                        .content(MOU.formatted("T-" + UUID.randomUUID())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitType").value("INFANTRY_BATTALION"))
                .andExpect(jsonPath("$.unitTypeLabel").value("Bataillon d’infanterie"));
    }
}
