package org.fieldsupport.integration.events.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldsupport.claims.VerificationReportCertified;
import org.fieldsupport.organization.DelegationLink;
import org.fieldsupport.organization.MissionPhaseChanged;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.workflow.RecordTransitioned;

/**
 * Which application events leave the application, under which routing key and with which payload (plain rules, no
 * Spring). Every message: exchange {@value #EXCHANGE} (topic, durable), JSON
 * {@code {"schemaVersion": 1, "eventId", "type", "occurredAt", "data": {...}}}, {@code type} = the routing key.
 * The list and payloads are documented in docs/integration-events.md; a change of a payload's shape raises
 * {@link #SCHEMA_VERSION}.
 */
public final class IntegrationEvents {

    public static final String EXCHANGE = "fieldsupport.events";
    public static final int SCHEMA_VERSION = 1;

    public static final String REPORT_CERTIFIED = "claims.verification-report.certified";
    public static final String PAYMENT_RECORDED = "claims.payment.recorded";
    public static final String DELEGATION_GRANTED = "organization.delegation.granted";
    public static final String DELEGATION_REVOKED = "organization.delegation.revoked";
    public static final String DELEGATION_CHANGED = "organization.delegation.changed";
    public static final String MISSION_PHASE_CHANGED = "organization.mission.phase-changed";
    /** Any module's workflow transition: {@code workflow.<record type>.<action>} (e.g. workflow.claims-dnd.pay). */
    public static final String WORKFLOW_PREFIX = "workflow.";

    /** One message to send: its routing key, a stable id (the same event sent again has the same id), its body. */
    public record Outbound(String routingKey, String eventId, Map<String, Object> payload) { }

    private IntegrationEvents() { }

    /** The message for {@code event}, or empty when no other system needs it. */
    public static Optional<Outbound> map(Object event, Instant occurredAt) {
        if (event instanceof VerificationReportCertified c) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("reportId", c.reportId());
            data.put("reference", c.reference());
            data.put("missionCode", c.missionCode());
            data.put("memberState", c.memberState());
            data.put("from", String.valueOf(c.from()));
            data.put("to", String.valueOf(c.to()));
            data.put("amount", c.amount() == null ? null : c.amount().toPlainString());
            data.put("currency", c.currency());
            data.put("ruleSet", c.ruleSet());
            data.put("certifiedBy", c.certifiedBy());
            data.put("certifiedAt", String.valueOf(c.certifiedAt()));
            return Optional.of(message(REPORT_CERTIFIED, "report-" + c.reportId(), data, occurredAt));
        }
        if (event instanceof MissionPhaseChanged m) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("missionCode", m.missionCode());
            data.put("from", m.from() == null ? null : m.from().name());
            data.put("to", m.to() == null ? null : m.to().name());
            data.put("effectiveOn", String.valueOf(m.effectiveOn()));
            return Optional.of(message(MISSION_PHASE_CHANGED, m.missionCode() + "-" + m.to() + "-" + m.effectiveOn(),
                    data, occurredAt));
        }
        if (event instanceof RecordTransitioned t) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("recordType", t.recordType());
            data.put("recordId", t.recordId());
            data.put("reference", t.reference());
            data.put("action", t.action());
            data.put("from", t.from());
            data.put("to", t.to());
            data.put("actor", t.actor());
            data.put("at", String.valueOf(t.at()));
            data.put("scope", t.scope());
            data.put("delegationId", t.delegationId());
            String key = WORKFLOW_PREFIX + slug(t.recordType()) + "." + slug(t.action());
            return Optional.of(message(key, t.recordType() + "-" + t.recordId() + "-" + t.action() + "-" + t.at(), data,
                    occurredAt));
        }
        if (event instanceof DataChanged d) {
            return mapDataChange(d, occurredAt);
        }
        return Optional.empty();
    }

    private static Optional<Outbound> mapDataChange(DataChanged d, Instant occurredAt) {
        if ("organization.delegation".equals(d.entityType()) && d.after() instanceof DelegationLink link) {
            String key = switch (d.action()) {
                case CREATE -> DELEGATION_GRANTED;
                case UPDATE -> "REVOKED".equalsIgnoreCase(link.status()) ? DELEGATION_REVOKED : DELEGATION_CHANGED;
                default -> null;
            };
            if (key == null) return Optional.empty();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("delegationId", link.id());
            data.put("parentId", link.parentId());
            data.put("authority", link.authority());
            data.put("delegator", link.delegator());
            data.put("delegatorKind", link.delegatorKind());
            data.put("delegatee", link.delegatee());
            data.put("delegateeKind", link.delegateeKind());
            data.put("limitAmount", link.limitAmount() == null ? null : link.limitAmount().toPlainString());
            data.put("limitCurrency", link.limitCurrency());
            data.put("allMissions", link.allMissions());
            data.put("missions", link.missions() == null ? null : link.missions().stream().sorted().toList());
            data.put("validFrom", String.valueOf(link.validFrom()));
            data.put("validTo", link.validTo() == null ? null : link.validTo().toString());
            data.put("status", link.status());
            return Optional.of(message(key, "delegation-" + link.id() + "-" + link.status() + "-" + occurredAt, data,
                    occurredAt));
        }
        if ("claims.verification-report".equals(d.entityType()) && d.action() == DataChanged.Action.UPDATE
                && d.after() instanceof Map<?, ?> after && after.containsKey("payment")) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("reportId", d.entityId());
            data.put("payment", String.valueOf(after.get("payment")));
            data.put("paidToDate", String.valueOf(after.get("paid")));
            return Optional.of(message(PAYMENT_RECORDED, "payment-" + d.entityId() + "-" + after.get("paid"), data,
                    occurredAt));
        }
        return Optional.empty();
    }

    private static Outbound message(String type, String identity, Map<String, Object> data, Instant occurredAt) {
        String eventId = UUID.nameUUIDFromBytes((type + "|" + identity).getBytes(StandardCharsets.UTF_8)).toString();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("schemaVersion", SCHEMA_VERSION);
        payload.put("eventId", eventId);
        payload.put("type", type);
        payload.put("occurredAt", String.valueOf(occurredAt));
        payload.put("data", data);
        return new Outbound(type, eventId, payload);
    }

    static String slug(String text) {
        return text == null ? "unknown" : text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
