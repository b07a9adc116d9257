package org.fieldsupport.integration.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.claims.VerificationReportCertified;
import org.fieldsupport.organization.DelegationLink;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionPhaseChanged;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.workflow.RecordTransitioned;
import org.junit.jupiter.api.Test;

/** The mapping of application events to integration messages (routing key, schema version, payload), always run. */
class IntegrationEventsTests {

    private static final Instant AT = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void a_certified_report_is_sent_with_its_amount_as_text_and_a_stable_event_id() {
        var e = new VerificationReportCertified(42, "VR-MINUSCA-BGD-2026Q3", "MINUSCA", "BGD", YearMonth.of(2026, 7),
                YearMonth.of(2026, 9), new BigDecimal("1234567.89"), "USD", "COE-2020", "certifier", AT);
        var out = IntegrationEvents.map(e, AT).orElseThrow();
        assertThat(out.routingKey()).isEqualTo("claims.verification-report.certified");
        assertThat(out.payload()).containsEntry("schemaVersion", 1).containsEntry("type", out.routingKey())
                .containsEntry("eventId", out.eventId());
        @SuppressWarnings("unchecked") Map<String, Object> data = (Map<String, Object>) out.payload().get("data");
        assertThat(data).containsEntry("amount", "1234567.89").containsEntry("from", "2026-07")
                .containsEntry("memberState", "BGD");
        assertThat(IntegrationEvents.map(e, AT.plusSeconds(60)).orElseThrow().eventId()).isEqualTo(out.eventId());
    }

    @Test
    void delegations_granted_and_revoked_a_payment_a_phase_change_and_workflow_transitions_are_sent() {
        var link = new DelegationLink(7, null, "FIN-APPROVE", "PERSON", "boss", "PERSON", "deputy",
                new BigDecimal("50000"), "USD", null, false, Set.of("MINUSCA"), LocalDate.of(2026, 1, 1), null, null,
                "ACTIVE");
        assertThat(IntegrationEvents.map(DataChanged.created("organization.delegation", 7, link), AT).orElseThrow()
                .routingKey()).isEqualTo("organization.delegation.granted");
        var revoked = new DelegationLink(7, null, "FIN-APPROVE", "PERSON", "boss", "PERSON", "deputy",
                new BigDecimal("50000"), "USD", null, false, Set.of("MINUSCA"), LocalDate.of(2026, 1, 1), null, null,
                "REVOKED");
        assertThat(IntegrationEvents.map(DataChanged.updated("organization.delegation", 7, link, revoked), AT)
                .orElseThrow().routingKey()).isEqualTo("organization.delegation.revoked");
        assertThat(IntegrationEvents.map(DataChanged.updated("claims.verification-report", 42, Map.of("paid", "0"),
                Map.of("paid", "100.00", "payment", "100.00")), AT).orElseThrow().routingKey())
                .isEqualTo("claims.payment.recorded");
        assertThat(IntegrationEvents.map(new MissionPhaseChanged("MINUSCA", MissionPhase.TRANSITION,
                MissionPhase.LIQUIDATION, LocalDate.of(2026, 12, 1)), AT).orElseThrow().routingKey())
                .isEqualTo("organization.mission.phase-changed");
        assertThat(IntegrationEvents.map(new RecordTransitioned("claims.dnd", "5", "DND-5", "pay", "CERTIFIED", "PAID",
                "officer", AT, null, "MISSION:MINUSCA", 3L), AT).orElseThrow().routingKey())
                .isEqualTo("workflow.claims-dnd.pay");
    }

    @Test
    void the_many_events_no_other_system_needs_are_not_sent() {
        assertThat(IntegrationEvents.map(DataChanged.created("organization.unit", "X", Map.of()), AT)).isEmpty();
        assertThat(IntegrationEvents.map(DataChanged.updated("claims.verification-report", 1, Map.of("state", "A"),
                Map.of("state", "B")), AT)).isEmpty();
        assertThat(IntegrationEvents.map("a string", AT)).isEmpty();
    }
}
