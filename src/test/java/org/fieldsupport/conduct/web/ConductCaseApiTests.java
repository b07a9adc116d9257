package org.fieldsupport.conduct.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.conduct.web.ConductFixtures.HQ;
import static org.fieldsupport.conduct.web.ConductFixtures.MINUSCA;
import static org.fieldsupport.conduct.web.ConductFixtures.UNMISS;
import static org.fieldsupport.conduct.web.ConductFixtures.VICTIMS;
import static org.fieldsupport.conduct.web.ConductFixtures.getJson;
import static org.fieldsupport.conduct.web.ConductFixtures.postJson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The case register over REST: counting, victims' identity sealed and shown only to victims' assistance, referral with Member State notification, refusals, read log. */
@IntegrationTest
class ConductCaseApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_sea_report_with_two_contributing_countries_counts_two_allegations_and_seals_the_victims_identity() throws Exception {
        String identity = "Test Victim " + System.nanoTime();
        long id = ConductFixtures.seaCase(mvc, MINUSCA, "MINUSCA", "count" + System.nanoTime(), identity);
        getJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.allegations.length()").value(2))
                .andExpect(jsonPath("$.allegations[0].ruleSet").value("CONDUCT-2026-v1"))
                .andExpect(jsonPath("$.allegations[1].contributingCountry").value("NPL"))
                .andExpect(jsonPath("$.victims[0].minor").value(true))
                .andExpect(jsonPath("$.victims[0].identity").doesNotExist())
                .andExpect(jsonPath("$.victims[0].identityWithheld").value(true));
        // stored apart and encrypted: the clear text is nowhere in the database
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conduct_victim_identity i JOIN conduct_victim v ON v.id = i.victim_id "
                + "WHERE v.case_id = ? AND i.ciphertext NOT LIKE ?").params(id, "%Test Victim%").query(Long.class).single()).isEqualTo(1);
        // victims' assistance: nothing until the case is given, then the identity
        getJson(mvc, VICTIMS, "/api/v1/conduct/cases/" + id).andExpect(status().isNotFound());
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/grants", "{\"username\": \"victims.assistance\"}").andExpect(status().isOk());
        getJson(mvc, VICTIMS, "/api/v1/conduct/cases/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.victims[0].identity").value(identity));
        // a grantee reads but does not act
        postJson(mvc, VICTIMS, "/api/v1/conduct/cases/" + id + "/assessment", "{\"breach\": true}").andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conduct_case_read WHERE case_id = ? AND username = ? AND kind = 'VICTIM_IDENTITY'")
                .params(id, VICTIMS).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void referral_needs_an_assessment_then_notifies_each_member_state_and_opens_a_deadline_work_item() throws Exception {
        long id = ConductFixtures.seaCase(mvc, MINUSCA, "MINUSCA", "ref" + System.nanoTime(), "Ref Victim");
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/referrals", "{\"entity\": \"NIO\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("conduct.refused.referWithoutAssessment"));
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/assessment", "{\"breach\": true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSESSED"));
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/referrals", "{\"entity\": \"NIO\", \"referredOn\": \"2026-03-10\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFERRED"))
                .andExpect(jsonPath("$.referrals[0].dueOn").value("2026-03-20"))
                .andExpect(jsonPath("$.notifications.length()").value(2))
                .andExpect(jsonPath("$.notifications[*].memberState").value(hasItem("BGD")))
                .andExpect(jsonPath("$.notifications[*].memberState").value(hasItem("NPL")));
        String reference = ConductFixtures.reference(mvc, MINUSCA, id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM work_item WHERE record_type = 'conduct.case' AND record_id = ? AND state = 'OPEN' "
                + "AND assignee_name = 'CONDUCT_OFFICER' AND assignee_scope = 'MISSION:MINUSCA'").param(String.valueOf(id)).query(Long.class).single())
                .isEqualTo(1);
        getJson(mvc, MINUSCA, "/api/v1/conduct/referrals/overdue").andExpect(jsonPath("$[*].reference").value(hasItem(reference)));
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/referral-response", "{\"respondedOn\": \"2026-03-15\"}").andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM work_item WHERE record_type = 'conduct.case' AND record_id = ? AND state = 'OPEN'")
                .param(String.valueOf(id)).query(Long.class).single()).isZero();
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/investigation", "{\"entity\": \"NIO\", \"start\": \"2026-03-20\", \"end\": \"2026-03-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("end"));
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/investigation", "{\"entity\": \"NIO\", \"start\": \"2026-03-20\", \"end\": \"2026-05-19\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.investigationDays").value(60));
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/outcome", """
                {"outcome": "SUBSTANTIATED", "interimActions": "Payments suspended", "memberStateActions": "Repatriated",
                 "criminalReferral": "Referred", "paternityStatus": "PENDING"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.paternityStatus").value("PENDING"));
    }

    @Test
    void bad_input_is_refused_with_400_naming_each_field_and_nothing_is_written() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM conduct_case").query(Long.class).single();
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases", """
                {"missionCode": "NOWHERE", "kind": "GOSSIP", "receivedOn": "2099-01-01", "channel": "HOTLINE", "source": "", "summary": "x"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("missionCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("receivedOn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("source")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conduct_case").query(Long.class).single()).isEqualTo(before);
        long id = ConductFixtures.seaCase(mvc, MINUSCA, "MINUSCA", "bad" + System.nanoTime(), "Bad Victim");
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/subjects", """
                {"category": "POLICE", "types": ["FRAUD"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("contributingCountry")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("types[0]")));
    }

    @Test
    void an_officer_cannot_open_a_case_in_another_mission_and_reads_only_their_own() throws Exception {
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases", """
                {"missionCode": "UNMISS", "kind": "OTHER", "receivedOn": "2026-03-02", "channel": "EMAIL", "source": "s", "summary": "s"}""")
                .andExpect(status().isForbidden());
        getJson(mvc, MINUSCA, "/api/v1/conduct/cases?size=200").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].missionCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("MINUSCA"))));
        getJson(mvc, UNMISS, "/api/v1/conduct/cases?mission=MINUSCA").andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void the_head_of_the_conduct_unit_reviews_every_read_and_nobody_else_may() throws Exception {
        long id = ConductFixtures.seaCase(mvc, MINUSCA, "MINUSCA", "log" + System.nanoTime(), "Log Victim");
        String reference = ConductFixtures.reference(mvc, MINUSCA, id);
        getJson(mvc, HQ, "/api/v1/conduct/read-log?reference=" + reference).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].username").value(hasItem(MINUSCA)))
                .andExpect(jsonPath("$.content[*].kind").value(hasItem("DETAIL")));
        getJson(mvc, MINUSCA, "/api/v1/conduct/read-log").andExpect(status().isForbidden());
        getJson(mvc, "admin", "/api/v1/conduct/read-log").andExpect(status().isForbidden());
    }

    @Test
    void headquarters_merges_a_duplicate_from_another_channel_keeping_both_histories() throws Exception {
        long kept = ConductFixtures.seaCase(mvc, MINUSCA, "MINUSCA", "keep" + System.nanoTime(), "Keep Victim");
        long dup = ConductFixtures.seaCase(mvc, MINUSCA, "MINUSCA", "dup" + System.nanoTime(), "Dup Victim");
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + dup + "/merge", "{\"into\": " + kept + "}").andExpect(status().isForbidden());
        postJson(mvc, HQ, "/api/v1/conduct/cases/" + dup + "/merge", "{\"into\": " + kept + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.events[*].kind").value(hasItem("MERGED_FROM")));
        getJson(mvc, HQ, "/api/v1/conduct/cases/" + dup).andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.mergedInto").value(kept)).andExpect(jsonPath("$.allegations.length()").value(0));
        postJson(mvc, HQ, "/api/v1/conduct/cases/" + dup + "/reconcile", "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("conduct.refused.merged"));
    }
}
