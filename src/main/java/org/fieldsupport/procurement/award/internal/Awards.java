package org.fieldsupport.procurement.award.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.AuthorityDecision;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.procurement.contract.internal.Contracts;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.procurement.shared.internal.ProcurementAccess;
import org.fieldsupport.procurement.shared.internal.ProcurementPermissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract awards. Up to the local limit ({@code fsp.procurement.local-limit}, USD) the mission awards under its
 * local authority; above it the awarding officer needs a live delegation of authority of type
 * {@value #AUTHORITY} covering the mission and the amount — checked and its use logged by the organisation's
 * register.
 */
@Service("procurementAwards")
public class Awards {

    public static final String AUTHORITY = "PROCUREMENT";

    private final JdbcClient jdbc;
    private final ProcurementAccess access;
    private final Missions missions;
    private final ReferenceData reference;
    private final DelegationsOfAuthority delegations;
    private final ApplicationEventPublisher events;
    private final BigDecimal localLimit;

    Awards(JdbcClient jdbc, ProcurementAccess access, Missions missions, ReferenceData reference,
           DelegationsOfAuthority delegations, ApplicationEventPublisher events,
           @Value("${fsp.procurement.local-limit:500000.00}") BigDecimal localLimit) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.reference = reference;
        this.delegations = delegations;
        this.events = events;
        this.localLimit = localLimit;
    }

    public record Award(long id, String reference, String missionCode, String vendor, String description,
                        BigDecimal amount, String currency, String authority, String delegation, String awardedBy) { }

    /** The local limit in force today. */
    public BigDecimal localLimit() { return localLimit(java.time.LocalDate.now(ZoneOffset.UTC)); }

    /** The local limit in force on {@code on}: the latest row not after it, else {@code fsp.procurement.local-limit}. */
    public BigDecimal localLimit(java.time.LocalDate on) {
        return jdbc.sql("SELECT amount FROM proc_local_limit WHERE effective_from <= ? ORDER BY effective_from DESC "
                + "FETCH FIRST 1 ROWS ONLY").param(on).query(BigDecimal.class).optional().orElse(localLimit);
    }

    public record LocalLimit(java.time.LocalDate effectiveFrom, BigDecimal amount, String currency, String createdBy) { }

    /** Every row, newest first (readers of procurement records). */
    public List<LocalLimit> localLimits() {
        access.requireSomewhere(ProcurementPermissions.READ);
        return jdbc.sql("SELECT * FROM proc_local_limit ORDER BY effective_from DESC")
                .query((rs, n) -> new LocalLimit(rs.getObject("effective_from", java.time.LocalDate.class),
                        rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("created_by"))).list();
    }

    /** The configuration value used when no row is in force. */
    public BigDecimal configuredLocalLimit() { return localLimit; }

    public boolean mayEditLocalLimit() {
        return access.may(ProcurementPermissions.THRESHOLD, null);
    }

    /** A new local limit from a date (USD; rows are never changed, a later row replaces an earlier one). */
    @Transactional
    public LocalLimit addLocalLimit(String effectiveFromText, String amountText) {
        String user = access.require(ProcurementPermissions.THRESHOLD, null);
        FieldErrors errors = new FieldErrors();
        java.time.LocalDate from = null;
        if (effectiveFromText == null || effectiveFromText.isBlank()) {
            errors.add("effectiveFrom", "NotNull", "procurement.field.required");
        } else {
            try {
                from = java.time.LocalDate.parse(effectiveFromText.trim());
                if (from.getYear() < 1990 || from.getYear() > 2199) {
                    errors.add("effectiveFrom", "Range", "procurement.limit.date", effectiveFromText);
                    from = null;
                }
            } catch (java.time.format.DateTimeParseException e) {
                errors.add("effectiveFrom", "Date", "procurement.limit.date", effectiveFromText);
            }
        }
        BigDecimal amount = Contracts.money(amountText, "amount", errors);
        if (amount != null && !org.fieldsupport.platform.api.MoneyInput.fits(amount)) {
            errors.add("amount", "Digits", "platform.money.digits", 15, 2);
        }
        if (from != null && jdbc.sql("SELECT COUNT(*) FROM proc_local_limit WHERE effective_from = ?").param(from)
                .query(Long.class).single() > 0) {
            errors.add("effectiveFrom", "Unique", "procurement.limit.exists", from.toString());
        }
        errors.throwIfAny();
        jdbc.sql("INSERT INTO proc_local_limit (effective_from, amount, currency, created_by, created_at) VALUES (?, ?, 'USD', ?, ?)")
                .params(from, amount, user, OffsetDateTime.now(ZoneOffset.UTC)).update();
        LocalLimit l = new LocalLimit(from, amount.setScale(2, java.math.RoundingMode.HALF_EVEN), "USD", user);
        events.publishEvent(new DataChanged("procurement.local-limit", from.toString(), DataChanged.Action.CREATE, null,
                java.util.Map.of("amount", l.amount(), "currency", "USD")));
        return l;
    }

    public List<Award> list() {
        access.requireSomewhere(ProcurementPermissions.READ);
        Set<String> visible = access.missions(ProcurementPermissions.READ);
        return jdbc.sql("SELECT * FROM proc_award ORDER BY awarded_at DESC, id DESC").query((rs, n) -> award(rs)).list()
                .stream().filter(a -> visible == null || visible.contains(a.missionCode())).toList();
    }

    public Award get(String ref) {
        return list().stream().filter(a -> a.reference().equals(ref)).findFirst()
                .orElseThrow(() -> new NotFoundException("Award", ref));
    }

    @Transactional
    public Award award(String missionCode, String vendor, String description, String amountText, String currency) {
        FieldErrors errors = new FieldErrors();
        if (missionCode == null || missions.find(missionCode).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "procurement.mission.unknown", missionCode);
        }
        if (vendor == null || vendor.isBlank()) {
            errors.add("vendor", "NotBlank", "procurement.field.required");
        }
        if (description == null || description.isBlank()) {
            errors.add("description", "NotBlank", "procurement.field.required");
        } else if (description.length() > 500) {
            errors.add("description", "Size", "procurement.field.tooLong", 500);
        }
        BigDecimal amount = Contracts.money(amountText, "amount", errors);
        if (!"USD".equals(currency)) {
            errors.add("currency", reference.currency(currency).isEmpty() ? "UnknownCurrency" : "OneOf",
                    "procurement.award.currency", currency);
        }
        errors.throwIfAny();
        String user = access.require(ProcurementPermissions.AWARD, missionCode);
        long seq = jdbc.sql("SELECT COUNT(*) FROM proc_award").query(Long.class).single() + 1;
        String ref = "AW-" + missionCode + "-" + String.format("%05d", seq);
        while (jdbc.sql("SELECT COUNT(*) FROM proc_award WHERE reference = ?").param(ref).query(Long.class).single() > 0) {
            seq++;
            ref = "AW-" + missionCode + "-" + String.format("%05d", seq);
        }
        String authority = "LOCAL";
        String delegation = null;
        if (amount.compareTo(localLimit()) > 0) {
            AuthorityDecision d = delegations.checkAndRecordUse(
                    AuthorityCheck.forAmount(user, AUTHORITY, missionCode, amount, currency, null), "procurement award", ref);
            if (d instanceof AuthorityDecision.Refused refused) {
                throw RuleRefusal.of("procurement", "no-delegation", refused.messageKey(), refused.args().toArray());
            }
            authority = "DELEGATED";
            delegation = d.chain().isEmpty() ? null
                    : "#" + d.chain().get(d.chain().size() - 1).id() + " " + d.chain().get(d.chain().size() - 1).delegatee();
        }
        jdbc.sql("""
                INSERT INTO proc_award (reference, mission_code, vendor, description, amount, currency, authority, delegation,
                    awarded_by, awarded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ref, missionCode, vendor.trim(), description.trim(), amount, currency, authority, delegation, user,
                        OffsetDateTime.now(ZoneOffset.UTC)).update();
        Award a = get(ref);
        events.publishEvent(DataChanged.created("procurement.award", a.id(), a));
        return a;
    }

    private static Award award(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Award(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"), rs.getString("vendor"),
                rs.getString("description"), rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("authority"),
                rs.getString("delegation"), rs.getString("awarded_by"));
    }
}
