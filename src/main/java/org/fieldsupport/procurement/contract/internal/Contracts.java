package org.fieldsupport.procurement.contract.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.procurement.contract.domain.CallOffRule;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.procurement.shared.internal.ProcurementAccess;
import org.fieldsupport.procurement.shared.internal.ProcurementPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Systems contracts and their call-offs (PROCUREMENT-2026-v1). A call-off reserves its amount with one conditional
 * update of the contract row ({@code called_off + amount <= ceiling}): of two call-offs racing for the last of the
 * ceiling exactly one succeeds, on H2 and PostgreSQL alike. Cancelling gives the amount back.
 */
@Service("procurementContracts")
public class Contracts {

    private final JdbcClient jdbc;
    private final ProcurementAccess access;
    private final Missions missions;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;

    Contracts(JdbcClient jdbc, ProcurementAccess access, Missions missions, ReferenceData reference,
              ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.reference = reference;
        this.events = events;
    }

    public record Contract(long id, String reference, String vendor, String description, BigDecimal ceiling,
                           String currency, LocalDate validFrom, LocalDate validTo, BigDecimal calledOff,
                           Set<String> missions) {
        public BigDecimal remaining() { return CallOffRule.remaining(ceiling, calledOff); }

        /** Share of the ceiling called off, percent to one decimal. */
        public BigDecimal utilisation() {
            return ceiling.signum() == 0 ? BigDecimal.ZERO
                    : calledOff.multiply(BigDecimal.valueOf(100)).divide(ceiling, 1, RoundingMode.HALF_EVEN);
        }

        public boolean expiresWithin(LocalDate today, int days) {
            return !validTo.isBefore(today) && !validTo.isAfter(today.plusDays(days));
        }
    }

    public record CallOff(long id, String reference, long contractId, String missionCode, LocalDate date,
                          BigDecimal amount, String description, String status, LocalDate deliveredOn, String createdBy,
                          Integer evaluation) { }

    public record NewContract(String reference, String vendor, String description, String ceiling, String currency,
                              String validFrom, String validTo, List<String> missions) { }

    public record NewCallOff(String missionCode, String date, String amount, String description) { }

    // ---- reading ----

    public List<Contract> list() {
        access.requireSomewhere(ProcurementPermissions.READ);
        Set<String> visible = access.missions(ProcurementPermissions.READ);
        List<Contract> all = jdbc.sql("SELECT * FROM proc_contract ORDER BY valid_to, reference")
                .query((rs, n) -> contract(rs)).list();
        return all.stream().filter(c -> visible == null || c.missions().stream().anyMatch(visible::contains)).toList();
    }

    public Contract get(String ref) {
        Contract c = find(ref);
        Set<String> visible = access.missions(ProcurementPermissions.READ);
        if (visible != null && c.missions().stream().noneMatch(visible::contains)) {
            throw new NotFoundException("Systems contract", ref);
        }
        return c;
    }

    /** A contract without the visibility check (demo data, after the caller checked). */
    public Contract find(String ref) {
        return jdbc.sql("SELECT * FROM proc_contract WHERE reference = ?").param(ref).query((rs, n) -> contract(rs))
                .optional().orElseThrow(() -> new NotFoundException("Systems contract", ref));
    }

    public List<CallOff> callOffs(long contractId) {
        return jdbc.sql("""
                SELECT c.*, (SELECT e.quality + e.timeliness + e.compliance FROM proc_vendor_evaluation e
                             WHERE e.call_off_id = c.id) AS evaluation
                FROM proc_call_off c WHERE c.contract_id = ? ORDER BY c.call_off_date, c.id""")
                .param(contractId).query((rs, n) -> callOff(rs)).list();
    }

    public CallOff callOff(String ref) {
        return jdbc.sql("""
                SELECT c.*, (SELECT e.quality + e.timeliness + e.compliance FROM proc_vendor_evaluation e
                             WHERE e.call_off_id = c.id) AS evaluation
                FROM proc_call_off c WHERE c.reference = ?""")
                .param(ref).query((rs, n) -> callOff(rs)).optional()
                .orElseThrow(() -> new NotFoundException("Call-off", ref));
    }

    // ---- writing ----

    @Transactional
    public Contract create(NewContract r) {
        FieldErrors errors = new FieldErrors();
        if (r.reference() == null || !r.reference().matches("[A-Za-z0-9][A-Za-z0-9-/]{2,59}")) {
            errors.add("reference", "Pattern", "procurement.contract.reference.invalid");
        }
        if (r.vendor() == null || r.vendor().isBlank()) {
            errors.add("vendor", "NotBlank", "procurement.field.required");
        } else if (r.vendor().length() > 200) {
            errors.add("vendor", "Size", "procurement.field.tooLong", 200);
        }
        BigDecimal ceiling = money(r.ceiling(), "ceiling", errors);
        if (ceiling != null && ceiling.signum() == 0) {
            errors.add("ceiling", "Positive", "procurement.field.positive");
        }
        if (r.currency() == null || reference.currency(r.currency()).isEmpty()) {
            errors.add("currency", "UnknownCurrency", "procurement.currency.unknown", r.currency());
        }
        LocalDate from = date(r.validFrom(), "validFrom", errors);
        LocalDate to = date(r.validTo(), "validTo", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("validTo", "After", "procurement.contract.validTo.beforeFrom");
        }
        Set<String> ms = new TreeSet<>();
        if (r.missions() == null || r.missions().isEmpty()) {
            errors.add("missions", "NotEmpty", "procurement.contract.missions.empty");
        } else {
            for (int i = 0; i < r.missions().size(); i++) {
                String m = r.missions().get(i);
                if (m == null || missions.find(m).isEmpty()) {
                    errors.add("missions[" + i + "]", "UnknownMission", "procurement.mission.unknown", m);
                } else {
                    ms.add(m);
                }
            }
        }
        errors.throwIfAny();
        String user = access.require(ProcurementPermissions.CONTRACT, null);
        if (jdbc.sql("SELECT COUNT(*) FROM proc_contract WHERE reference = ?").param(r.reference()).query(Long.class).single() > 0) {
            throw RuleRefusal.of("procurement", "contract-exists", "procurement.refusal.contract-exists", r.reference());
        }
        return insert(r.reference(), r.vendor().trim(), r.description(), ceiling, r.currency(), from, to, ms, user);
    }

    /** Creates a contract without a permission check (demo data). */
    @Transactional
    public Contract insert(String ref, String vendor, String description, BigDecimal ceiling, String currency,
                           LocalDate from, LocalDate to, Set<String> ms, String user) {
        jdbc.sql("""
                INSERT INTO proc_contract (reference, vendor, description, ceiling, currency, valid_from, valid_to,
                    called_off, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(ref, vendor, description, ceiling.setScale(2, RoundingMode.HALF_EVEN), currency, from, to, user,
                        OffsetDateTime.now(ZoneOffset.UTC)).update();
        long id = jdbc.sql("SELECT id FROM proc_contract WHERE reference = ?").param(ref).query(Long.class).single();
        for (String m : ms) {
            jdbc.sql("INSERT INTO proc_contract_mission (contract_id, mission_code) VALUES (?, ?)").params(id, m).update();
        }
        Contract c = find(ref);
        events.publishEvent(DataChanged.created("procurement.contract", id, c));
        return c;
    }

    /** Calls off against a contract; the amount is reserved atomically against the ceiling. */
    @Transactional
    public CallOff callOff(String contractRef, NewCallOff r) {
        Contract c = get(contractRef);
        FieldErrors errors = new FieldErrors();
        if (r.missionCode() == null || r.missionCode().isBlank()) {
            errors.add("missionCode", "NotBlank", "procurement.field.required");
        }
        LocalDate date = date(r.date(), "date", errors);
        BigDecimal amount = money(r.amount(), "amount", errors);
        if (amount != null && amount.signum() == 0) {
            errors.add("amount", "Positive", "procurement.field.positive");
        }
        if (r.description() == null || r.description().isBlank()) {
            errors.add("description", "NotBlank", "procurement.field.required");
        } else if (r.description().length() > 500) {
            errors.add("description", "Size", "procurement.field.tooLong", 500);
        }
        errors.throwIfAny();
        String user = access.require(ProcurementPermissions.CALL_OFF, r.missionCode());
        return reserve(c, r.missionCode(), date, amount, r.description().trim(), user);
    }

    /** The call-off without a permission check (demo data, after the checks). */
    @Transactional
    public CallOff reserve(Contract c, String mission, LocalDate date, BigDecimal amount, String description, String user) {
        CallOffRule.Terms terms = new CallOffRule.Terms(c.ceiling(), c.validFrom(), c.validTo(), c.missions());
        CallOffRule.check(terms, c.calledOff(), mission, date, amount).ifPresent(refusal -> {
            throw refusal(refusal, c, amount, mission, date);
        });
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_EVEN);
        int updated;
        try {
            updated = jdbc.sql("UPDATE proc_contract SET called_off = called_off + ? WHERE id = ? AND called_off + ? <= ceiling")
                    .params(cents, c.id(), cents).update();
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            updated = 0; // the check constraint caught a concurrent call-off: the ceiling would be overrun
        }
        if (updated == 0) {
            throw refusal(CallOffRule.Refusal.CEILING_EXCEEDED, find(c.reference()), amount, mission, date);
        }
        long seq = jdbc.sql("SELECT COUNT(*) FROM proc_call_off WHERE contract_id = ?").param(c.id()).query(Long.class).single() + 1;
        String ref = c.reference() + "-CO" + String.format("%03d", seq);
        while (jdbc.sql("SELECT COUNT(*) FROM proc_call_off WHERE reference = ?").param(ref).query(Long.class).single() > 0) {
            seq++;
            ref = c.reference() + "-CO" + String.format("%03d", seq);
        }
        jdbc.sql("""
                INSERT INTO proc_call_off (reference, contract_id, mission_code, call_off_date, amount, description, status,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""")
                .params(ref, c.id(), mission, date, cents, description, user, OffsetDateTime.now(ZoneOffset.UTC)).update();
        CallOff created = callOff(ref);
        events.publishEvent(DataChanged.created("procurement.call-off", created.id(), created));
        return created;
    }

    private RuleRefusal refusal(CallOffRule.Refusal refusal, Contract c, BigDecimal amount, String mission, LocalDate date) {
        return switch (refusal) {
            case CEILING_EXCEEDED -> RuleRefusal.of("procurement", refusal.type(), refusal.messageKey(), amount.toPlainString(),
                    c.remaining().toPlainString(), c.reference());
            case CONTRACT_NOT_VALID -> RuleRefusal.of("procurement", refusal.type(), refusal.messageKey(), c.reference(), date.toString(),
                    c.validFrom().toString(), c.validTo().toString());
            case MISSION_NOT_COVERED -> RuleRefusal.of("procurement", refusal.type(), refusal.messageKey(), mission, c.reference());
        };
    }

    /** Cancels an active call-off: its amount goes back to the contract's remaining amount. */
    @Transactional
    public CallOff cancel(String callOffRef) {
        CallOff before = callOff(callOffRef);
        String user = access.require(ProcurementPermissions.CALL_OFF, before.missionCode());
        int updated = jdbc.sql("UPDATE proc_call_off SET status = 'CANCELLED', cancelled_by = ?, cancelled_at = ? "
                        + "WHERE id = ? AND status = 'ACTIVE'")
                .params(user, OffsetDateTime.now(ZoneOffset.UTC), before.id()).update();
        if (updated == 0) {
            throw RuleRefusal.of("procurement", "invalid-state", "procurement.refusal.invalid-state", callOffRef, before.status());
        }
        jdbc.sql("UPDATE proc_contract SET called_off = called_off - ? WHERE id = ?").params(before.amount(), before.contractId()).update();
        CallOff after = callOff(callOffRef);
        events.publishEvent(DataChanged.updated("procurement.call-off", before.id(), before, after));
        return after;
    }

    /** Records the delivery of a call-off (opens its vendor evaluation). */
    @Transactional
    public CallOff deliver(String callOffRef, String deliveredOn) {
        CallOff before = callOff(callOffRef);
        FieldErrors errors = new FieldErrors();
        LocalDate on = date(deliveredOn, "deliveredOn", errors);
        errors.throwIfAny();
        access.require(ProcurementPermissions.CALL_OFF, before.missionCode());
        if (!"ACTIVE".equals(before.status())) {
            throw RuleRefusal.of("procurement", "invalid-state", "procurement.refusal.invalid-state", callOffRef, before.status());
        }
        jdbc.sql("UPDATE proc_call_off SET status = 'DELIVERED', delivered_on = ? WHERE id = ?").params(on, before.id()).update();
        CallOff after = callOff(callOffRef);
        events.publishEvent(DataChanged.updated("procurement.call-off", before.id(), before, after));
        return after;
    }

    /** Contracts whose validity ends within {@code days} of {@code today} (the 90-day expiry watch). */
    public List<Contract> expiring(LocalDate today, int days) {
        return jdbc.sql("SELECT * FROM proc_contract WHERE valid_to >= ? AND valid_to <= ? ORDER BY valid_to")
                .params(today, today.plusDays(days)).query((rs, n) -> contract(rs)).list();
    }

    private Contract contract(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("id");
        Set<String> ms = new LinkedHashSet<>(jdbc.sql("SELECT mission_code FROM proc_contract_mission WHERE contract_id = ? "
                + "ORDER BY mission_code").param(id).query(String.class).list());
        return new Contract(id, rs.getString("reference"), rs.getString("vendor"), rs.getString("description"),
                rs.getBigDecimal("ceiling"), rs.getString("currency"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getBigDecimal("called_off"), ms);
    }

    private static CallOff callOff(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CallOff(rs.getLong("id"), rs.getString("reference"), rs.getLong("contract_id"),
                rs.getString("mission_code"), rs.getObject("call_off_date", LocalDate.class), rs.getBigDecimal("amount"),
                rs.getString("description"), rs.getString("status"), rs.getObject("delivered_on", LocalDate.class),
                rs.getString("created_by"), (Integer) rs.getObject("evaluation", Integer.class));
    }

    public static BigDecimal money(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "NotNull", "procurement.field.required");
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(text.trim());
            if (d.signum() < 0) {
                errors.add(field, "PositiveOrZero", "procurement.field.nonNegative");
                return null;
            }
            if (d.scale() > 2) {
                errors.add(field, "Digits", "procurement.field.cents");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(field, "Decimal", "procurement.field.decimal", text);
            return null;
        }
    }

    public static LocalDate date(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "NotNull", "procurement.field.required");
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "Date", "procurement.field.date", text);
            return null;
        }
    }

    static List<String> noNulls(List<String> l) {
        return l == null ? List.of() : new ArrayList<>(l);
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
