package org.fieldsupport.supply.rations.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.YearMonth;
import org.fieldsupport.claims.ContingentMonthStrengths;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.supply.internal.SupplyPermissions;
import org.fieldsupport.supply.rations.domain.RationRules;
import org.fieldsupport.lsd.Flows;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rations: orders for a contingent fed at its strength as the claims module keeps it ({@link ContingentMonthStrengths}:
 * the month's strength return, else the MOU's authorised strength), or for the latest daily headcount recorded here
 * for a location (other personnel: civilians, police, contractors), against the ration scale, receipt and inspection with rejections, and
 * the contractor's invoice matched three ways. Receipt and invoice move the order through the platform's workflow kit
 * ({@link #FLOW}); each step opens a work item for the mission's supply officers (receive, then match the invoice).
 */
@Service
public class Rations {

    static final String ENTITY = "supply.ration-order";

    public enum Status { ORDERED, RECEIVED, INVOICED }

    public static final Workflow<Order, Status> FLOW = Workflow.define(ENTITY, Order.class, Status.class)
            .id(Order::id).state(o -> Status.valueOf(o.status())).version(Order::version).reference(Order::reference)
            .scope(o -> Scope.mission(o.missionCode()))
            .storedIn("sup_ration_order", "id", "status", "version")
            .stateLabels("supply.status.")
            .transition("receive", Status.ORDERED, Status.RECEIVED, SupplyPermissions.MANAGE,
                    t -> t.label("supply.action.receive"))
            .transition("invoice", Status.RECEIVED, Status.INVOICED, SupplyPermissions.MANAGE,
                    t -> t.label("supply.action.invoice"))
            .build();

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final Workflows workflows;
    private final WorkItems work;
    private final ContingentMonthStrengths contingents;

    Rations(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, Workflows workflows,
            WorkItems work, ContingentMonthStrengths contingents) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.workflows = workflows;
        this.work = work;
        this.contingents = contingents;
    }

    public record NewHeadcount(String missionCode, String location, LocalDate day, Integer strength) { }

    /**
     * {@code contingentReference} (optional): the MOU reference of the contingent fed; its headcount is then the
     * claims module's strength for the order's first month instead of the location's recorded headcount.
     */
    public record NewOrder(String missionCode, String location, LocalDate firstDay, Integer days, BigDecimal scaleKg,
                           BigDecimal unitPrice, String contingentReference) {
        public NewOrder(String missionCode, String location, LocalDate firstDay, Integer days, BigDecimal scaleKg,
                        BigDecimal unitPrice) {
            this(missionCode, location, firstDay, days, scaleKg, unitPrice, null);
        }
    }

    /** The missions whose strengths the user may read: their scope, or (headquarters) the missions supply serves. */
    @Transactional(readOnly = true)
    public List<String> strengthMissions() {
        access.requireSomewhere(SupplyPermissions.READ);
        return access.visible(SupplyPermissions.READ).map(set -> set.stream().sorted().toList())
                .orElseGet(() -> jdbc.sql("SELECT mission_code FROM sup_headcount UNION SELECT mission_code FROM "
                        + "sup_ration_order ORDER BY 1").query(String.class).list());
    }

    /** The strength of the mission's contingents in a month, from the claims module (readers of the mission's supply). */
    @Transactional(readOnly = true)
    public List<ContingentMonthStrengths.Strength> strengths(String missionCode, YearMonth month) {
        access.requireSomewhere(SupplyPermissions.READ);
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "mission", missionCode);
        errors.throwIfAny();
        if (!access.may(SupplyPermissions.READ, mission)) {
            throw new org.springframework.security.access.AccessDeniedException("mission " + mission);
        }
        return contingents.forMission(mission, month == null ? YearMonth.now(ZoneOffset.UTC) : month);
    }

    /** {@code version}: the order's version the user saw (optional; 409 when it changed since). */
    public record Receipt(Integer received, Integer rejected, String rejectionReason, Long version) {
        public Receipt(Integer received, Integer rejected, String rejectionReason) {
            this(received, rejected, rejectionReason, null);
        }
    }

    public record Invoice(Integer invoiced, BigDecimal amount, Long version) {
        public Invoice(Integer invoiced, BigDecimal amount) {
            this(invoiced, amount, null);
        }
    }

    public record Order(long id, String reference, String missionCode, String location, LocalDate firstDay, int days,
                        int headcount, String scaleKg, int personDays, String weightKg, String unitPrice, String value,
                        String status, Integer received, Integer rejected, String rejectionReason, Integer invoiced,
                        String invoiceAmount, String match, List<String> matchReasons, long version,
                        String headcountSource, String contingentReference) { }

    @Transactional
    public int recordHeadcount(NewHeadcount h) {
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", h.missionCode());
        Checks.required(errors, "location", h.location());
        Checks.required(errors, "day", h.day());
        Checks.positive(errors, "strength", h.strength());
        errors.throwIfAny();
        String user = access.require(SupplyPermissions.MANAGE, mission);
        jdbc.sql("DELETE FROM sup_headcount WHERE mission_code = ? AND location = ? AND count_day = ?")
                .params(mission, h.location().strip(), h.day()).update();
        jdbc.sql("INSERT INTO sup_headcount (mission_code, location, count_day, strength, source, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, 'RECORDED', ?, ?)")
                .params(mission, h.location().strip(), h.day(), h.strength(), user, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        events.publishEvent(DataChanged.created("supply.headcount", mission + "/" + h.location() + "/" + h.day(), h));
        return h.strength();
    }

    /** An order for the latest headcount recorded at the location on or before its first day (422 when none). */
    @Transactional
    public Order order(NewOrder o) {
        FieldErrors errors = new FieldErrors();
        String mission = Checks.mission(access, errors, "missionCode", o.missionCode());
        Checks.required(errors, "location", o.location());
        Checks.required(errors, "firstDay", o.firstDay());
        if (o.days() == null || o.days() < 1 || o.days() > 31) {
            errors.add("days", "Range", "supply.input.days");
        }
        if (o.scaleKg() == null || o.scaleKg().signum() <= 0) {
            errors.add("scaleKg", "Positive", "lsd.input.positive");
        }
        Checks.money(errors, "unitPrice", o.unitPrice());
        errors.throwIfAny();
        String user = access.require(SupplyPermissions.MANAGE, mission);
        int headcount;
        String source = "RECORDED";
        String contingent = o.contingentReference() == null || o.contingentReference().isBlank() ? null
                : o.contingentReference().strip().toUpperCase();
        if (contingent != null) {
            ContingentMonthStrengths.Strength strength = contingents.forMission(mission, YearMonth.from(o.firstDay())).stream()
                    .filter(s -> s.contingentReference().equalsIgnoreCase(contingent)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("contingentReference", "Unknown", "supply.input.contingent"));
            if (strength.strength() <= 0) {
                throw new RuleRefusal("no-headcount", "supply.refused.headcount", contingent);
            }
            headcount = strength.strength();
            source = "CLAIMS_" + strength.source();
        } else {
            headcount = jdbc.sql("SELECT strength FROM sup_headcount WHERE mission_code = ? AND location = ? AND count_day <= ? "
                            + "ORDER BY count_day DESC LIMIT 1").params(mission, o.location().strip(), o.firstDay())
                    .query(Integer.class).optional().orElseThrow(() -> new RuleRefusal("no-headcount",
                            "supply.refused.headcount", o.location().strip()));
        }
        int personDays = RationRules.personDays(headcount, o.days());
        String reference = "RO-" + mission + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sup_ration_order (reference, mission_code, location, first_day, days, headcount, scale_kg,
                    person_days, unit_price, status, created_by, created_at, headcount_source, contingent_reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ORDERED', ?, ?, ?, ?)""")
                .params(reference, mission, o.location().strip(), o.firstDay(), o.days(), headcount, o.scaleKg(),
                        personDays, o.unitPrice().setScale(2, RoundingMode.HALF_EVEN), user, OffsetDateTime.now(ZoneOffset.UTC),
                        source, contingent)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created(ENTITY, id, o));
        work.open(NewWorkItem.of(ENTITY, id, reference, "/supply/rations", Assignee.role("SUPPLY_OFFICER",
                Scope.mission(mission)), o.firstDay(), "supply.work.receive", reference, o.location().strip()));
        return read(id);
    }

    @Transactional
    public Order receive(long id, Receipt r) {
        Order o = read(id);
        FieldErrors errors = new FieldErrors();
        if (r.received() == null || r.received() < 0) {
            errors.add("received", "Min", "lsd.input.notNegative");
        }
        if (r.rejected() == null || r.rejected() < 0 || (r.received() != null && r.rejected() > r.received())) {
            errors.add("rejected", "Range", "supply.input.rejected");
        } else if (r.rejected() > 0 && (r.rejectionReason() == null || r.rejectionReason().isBlank())) {
            errors.add("rejectionReason", "Required", "lsd.input.required");
        }
        errors.throwIfAny();
        Flows.perform(workflows, FLOW, o, "receive", TransitionInput.of("note", r.rejectionReason())
                .expectingVersion(r.version()), "supply.refused.transition");
        jdbc.sql("UPDATE sup_ration_order SET received = ?, rejected = ?, rejection_reason = ? WHERE id = ?")
                .params(r.received(), r.rejected(), r.rejectionReason(), id).update();
        work.open(NewWorkItem.of(ENTITY, id, o.reference(), "/supply/rations", Assignee.role("SUPPLY_OFFICER",
                Scope.mission(o.missionCode())), LocalDate.now(ZoneOffset.UTC).plusDays(30), "supply.work.invoice",
                o.reference()));
        return read(id);
    }

    @Transactional
    public Order invoice(long id, Invoice i) {
        Order o = read(id);
        FieldErrors errors = new FieldErrors();
        if (i.invoiced() == null || i.invoiced() < 0) {
            errors.add("invoiced", "Min", "lsd.input.notNegative");
        }
        Checks.money(errors, "amount", i.amount());
        errors.throwIfAny();
        List<String> reasons = o.received() == null ? List.of() : RationRules.match(o.personDays(), o.received(),
                o.rejected(), i.invoiced(), new BigDecimal(o.unitPrice()), i.amount());
        Flows.perform(workflows, FLOW, o, "invoice", TransitionInput.of("note", reasons.isEmpty() ? "MATCHED"
                : "MISMATCH " + String.join(",", reasons)).expectingVersion(i.version()), "supply.refused.transition");
        jdbc.sql("UPDATE sup_ration_order SET invoiced = ?, invoice_amount = ?, match_result = ?, match_reasons = ? "
                        + "WHERE id = ?").params(i.invoiced(), i.amount().setScale(2, RoundingMode.HALF_EVEN),
                reasons.isEmpty() ? "MATCHED" : "MISMATCH", String.join(",", reasons), id).update();
        return read(id);
    }

    /** The moves the current user may make on the order now (screens: one button each). */
    @Transactional(readOnly = true)
    public List<AvailableAction> actions(Order o) {
        return workflows.actions(FLOW, o);
    }

    @Transactional(readOnly = true)
    public Order read(long id) {
        Order o = jdbc.sql("SELECT * FROM sup_ration_order WHERE id = ?").param(id).query(Rations::map).optional()
                .orElseThrow(() -> new NotFoundException("ration order", id));
        if (!access.may(SupplyPermissions.READ, o.missionCode())) {
            throw new NotFoundException("ration order", id);
        }
        return o;
    }

    @Transactional(readOnly = true)
    public List<Order> list(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(SupplyPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("SELECT * FROM sup_ration_order WHERE " + where + " ORDER BY first_day DESC, id DESC LIMIT 200")
                .params(params).query(Rations::map).list();
    }

    private static Order map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        BigDecimal price = rs.getBigDecimal("unit_price").setScale(2);
        int personDays = rs.getInt("person_days");
        BigDecimal scale = rs.getBigDecimal("scale_kg");
        String reasons = rs.getString("match_reasons");
        BigDecimal invoiceAmount = rs.getBigDecimal("invoice_amount");
        return new Order(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"), rs.getString("location"),
                rs.getObject("first_day", LocalDate.class), rs.getInt("days"), rs.getInt("headcount"),
                scale.stripTrailingZeros().toPlainString(), personDays,
                RationRules.weightKg(personDays, scale).setScale(1, RoundingMode.HALF_EVEN).toPlainString(),
                price.toPlainString(), price.multiply(BigDecimal.valueOf(personDays)).toPlainString(), rs.getString("status"),
                rs.getObject("received", Integer.class), rs.getObject("rejected", Integer.class),
                rs.getString("rejection_reason"), rs.getObject("invoiced", Integer.class),
                invoiceAmount == null ? null : invoiceAmount.toPlainString(), rs.getString("match_result"),
                reasons == null || reasons.isEmpty() ? List.of() : List.of(reasons.split(",")), rs.getLong("version"),
                rs.getString("headcount_source"), rs.getString("contingent_reference"));
    }

}
