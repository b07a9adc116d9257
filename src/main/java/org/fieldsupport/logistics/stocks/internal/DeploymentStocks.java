package org.fieldsupport.logistics.stocks.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.lsd.Checks;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.logistics.internal.LogisticsPermissions;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.logistics.stocks.domain.StockRules;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
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
 * Strategic deployment stocks: kits with target quantities, lots by location and readiness, allocations to missions
 * (oldest serviceable lots first), shipment with a waybill, receipt and inspection at the mission (days taken).
 * Kits and lots are managed at Headquarters/UNLB (department scope); a mission receives its own allocations.
 */
@Service
public class DeploymentStocks {

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;

    private final Workflows workflows;
    private final WorkItems work;

    DeploymentStocks(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, Workflows workflows,
                     WorkItems work) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.workflows = workflows;
        this.work = work;
    }

    public record NewKit(String code, String name, Integer targetQuantity, Integer shelfLifeMonths) { }

    public record Kit(String code, String name, int targetQuantity, int shelfLifeMonths, int serviceable,
                      int underRefurbishment, int reserved, int shortfall, boolean replenish, int lotsToRotate) { }

    public record NewLot(String kitCode, String location, String readiness, Integer quantity, LocalDate stockedOn) { }

    public record NewAllocation(String kitCode, String missionCode, Integer quantity) { }

    public record Allocation(long id, String reference, String kitCode, String missionCode, int quantity, String picked,
                             String status, Instant allocatedAt, Instant shippedAt, String waybill, Instant receivedAt,
                             Long receiptDays, boolean receiptLate, Integer inspectedOk, String inspectionNote,
                             long version) { }

    static final String ALLOCATION = "logistics.sds-allocation";

    public enum AllocationStatus { ALLOCATED, SHIPPED, RECEIVED }

    /**
     * Shipment (by the base: department scope, checked before the move) and receipt with inspection (by the mission)
     * through the platform's workflow kit: version, log, audit, event, work items of the next actor.
     */
    public static final Workflow<Allocation, AllocationStatus> FLOW = Workflow.define(ALLOCATION, Allocation.class,
                    AllocationStatus.class)
            .id(Allocation::id).state(a -> AllocationStatus.valueOf(a.status())).version(Allocation::version)
            .reference(Allocation::reference).scope(a -> Scope.mission(a.missionCode()))
            .storedIn("log_sds_allocation", "id", "status", "version")
            .stateLabels("logistics.allocation.")
            .transition("ship", AllocationStatus.ALLOCATED, AllocationStatus.SHIPPED, LogisticsPermissions.MANAGE,
                    t -> t.requires("waybill").label("logistics.action.ship"))
            .transition("receive", AllocationStatus.SHIPPED, AllocationStatus.RECEIVED, LogisticsPermissions.MANAGE,
                    t -> t.requires("serviceable").label("logistics.action.receive"))
            .build();

    @Transactional
    public Kit addKit(NewKit k) {
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "code", k.code());
        Checks.required(errors, "name", k.name());
        if (k.code() != null && k.code().strip().length() > 30) {
            errors.add("code", "Size", "lsd.input.tooLong", 30);
        }
        if (k.name() != null && k.name().strip().length() > 120) {
            errors.add("name", "Size", "lsd.input.tooLong", 120);
        }
        if (k.targetQuantity() == null || k.targetQuantity() < 0) {
            errors.add("targetQuantity", "Min", "lsd.input.notNegative");
        }
        Checks.positive(errors, "shelfLifeMonths", k.shelfLifeMonths());
        errors.throwIfAny();
        String user = access.require(LogisticsPermissions.MANAGE, null);
        String code = k.code().strip().toUpperCase();
        if (jdbc.sql("SELECT COUNT(*) FROM log_sds_kit WHERE code = ?").param(code).query(Long.class).single() > 0) {
            throw InvalidInputException.of("code", "Unique", "logistics.input.kit.taken");
        }
        jdbc.sql("INSERT INTO log_sds_kit (code, name, target_quantity, shelf_life_months, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, k.name().strip(), k.targetQuantity(), k.shelfLifeMonths(), user, now()).update();
        events.publishEvent(DataChanged.created("logistics.sds-kit", code, k));
        return kit(code);
    }

    @Transactional
    public Kit addLot(NewLot l) {
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "kitCode", l.kitCode());
        Checks.required(errors, "location", l.location());
        Checks.oneOf(errors, "readiness", l.readiness(), Set.of("SERVICEABLE", "REFURBISHMENT", "RESERVED"));
        Checks.positive(errors, "quantity", l.quantity());
        if (l.stockedOn() == null) {
            errors.add("stockedOn", "Required", "lsd.input.required");
        } else if (l.stockedOn().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            errors.add("stockedOn", "PastOrPresent", "lsd.input.past");
        }
        errors.throwIfAny();
        String user = access.require(LogisticsPermissions.MANAGE, null);
        Kit kit = kit(l.kitCode().strip().toUpperCase());
        jdbc.sql("INSERT INTO log_sds_lot (kit_code, location, readiness, quantity, stocked_on, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(kit.code(), l.location().strip(), l.readiness(), l.quantity(), l.stockedOn(), user, now()).update();
        events.publishEvent(DataChanged.created("logistics.sds-lot", kit.code(), l));
        return kit(kit.code());
    }

    @Transactional(readOnly = true)
    public List<Kit> kits() {
        access.require(LogisticsPermissions.READ, null);
        return jdbc.sql("SELECT code FROM log_sds_kit ORDER BY code").query(String.class).list().stream()
                .map(this::kit).toList();
    }

    public Kit kit(String code) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return jdbc.sql("SELECT * FROM log_sds_kit WHERE code = ?").param(code).query((rs, n) -> {
            int shelf = rs.getInt("shelf_life_months");
            int[] q = new int[3];
            int[] rotate = new int[1];
            jdbc.sql("SELECT readiness, quantity, stocked_on FROM log_sds_lot WHERE kit_code = ? AND quantity > 0")
                    .param(code).query((r, i) -> {
                        int qty = r.getInt(2);
                        switch (r.getString(1)) {
                            case "SERVICEABLE" -> q[0] += qty;
                            case "REFURBISHMENT" -> q[1] += qty;
                            default -> q[2] += qty;
                        }
                        if (StockRules.toRotate(r.getObject(3, LocalDate.class), shelf, today)) {
                            rotate[0]++;
                        }
                        return null;
                    }).list();
            int target = rs.getInt("target_quantity");
            int shortfall = StockRules.shortfall(target, q[0]);
            return new Kit(code, rs.getString("name"), target, shelf, q[0], q[1], q[2], shortfall, shortfall > 0,
                    rotate[0]);
        }).optional().orElseThrow(() -> InvalidInputException.of("kitCode", "Unknown", "logistics.input.kit"));
    }

    /** Allocates serviceable stock to a mission, oldest lots first (422 when the serviceable stock is short). */
    @Transactional
    public Allocation allocate(NewAllocation a) {
        FieldErrors errors = new FieldErrors();
        Checks.required(errors, "kitCode", a.kitCode());
        String mission = Checks.mission(access, errors, "missionCode", a.missionCode());
        Checks.positive(errors, "quantity", a.quantity());
        errors.throwIfAny();
        String user = access.require(LogisticsPermissions.MANAGE, null);
        return allocateAs(user, mission, a);
    }

    @Transactional
    public Allocation allocateAs(String user, String mission, NewAllocation a) {
        Kit kit = kit(a.kitCode().strip().toUpperCase());
        List<StockRules.Lot> lots = jdbc.sql("SELECT id, location, quantity, stocked_on FROM log_sds_lot WHERE kit_code = ? "
                        + "AND readiness = 'SERVICEABLE' AND quantity > 0").param(kit.code())
                .query((rs, n) -> new StockRules.Lot(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class))).list();
        List<StockRules.Pick> picks = StockRules.pickOldestFirst(lots, a.quantity());
        if (picks.isEmpty()) {
            throw new RuleRefusal("stock-short", "logistics.refused.stockShort", kit.code(), kit.serviceable(), a.quantity());
        }
        List<String> picked = new ArrayList<>();
        for (StockRules.Pick p : picks) {
            jdbc.sql("UPDATE log_sds_lot SET quantity = quantity - ? WHERE id = ?").params(p.quantity(), p.lotId()).update();
            String location = lots.stream().filter(l -> l.id() == p.lotId()).findFirst().orElseThrow().location();
            picked.add(p.quantity() + " × " + location);
        }
        String reference = "SDS-" + mission + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO log_sds_allocation (reference, kit_code, mission_code, quantity, picked, status, "
                        + "allocated_at, created_by) VALUES (?, ?, ?, ?, ?, 'ALLOCATED', ?, ?)")
                .params(reference, kit.code(), mission, a.quantity(), String.join("; ", picked), now(), user)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created(ALLOCATION, id, a));
        work.open(NewWorkItem.of(ALLOCATION, id, reference, "/logistics/sds/allocations",
                Assignee.role("LOGISTICS_OFFICER", Scope.department()), LocalDate.now(ZoneOffset.UTC).plusDays(14),
                "logistics.work.ship", reference, mission));
        return allocation(id);
    }

    @Transactional
    public Allocation ship(long id, String waybill) {
        return ship(id, waybill, null);
    }

    @Transactional
    public Allocation ship(long id, String waybill, Long version) {
        Allocation a = allocation(id);
        if (waybill == null || waybill.isBlank()) {
            throw InvalidInputException.of("waybill", "Required", "lsd.input.required");
        }
        access.require(LogisticsPermissions.MANAGE, null);   // shipped by the base (department scope)
        Flows.perform(workflows, FLOW, a, "ship", TransitionInput.of("waybill", waybill.strip())
                .with("note", waybill.strip()).expectingVersion(version), "logistics.refused.transition");
        jdbc.sql("UPDATE log_sds_allocation SET shipped_at = ?, waybill = ? WHERE id = ?")
                .params(now(), waybill.strip(), id).update();
        work.open(NewWorkItem.of(ALLOCATION, id, a.reference(), "/logistics/sds/allocations",
                Assignee.role("LOGISTICS_OFFICER", Scope.mission(a.missionCode())),
                LocalDate.now(ZoneOffset.UTC).plusDays(StockRules.RECEIPT_TARGET_DAYS), "logistics.work.receive",
                a.reference(), waybill.strip()));
        return allocation(id);
    }

    /** Receipt and inspection at the mission: how many were found serviceable (0..quantity), with a note. */
    @Transactional
    public Allocation receive(long id, Integer serviceable, String note) {
        return receive(id, serviceable, note, null);
    }

    @Transactional
    public Allocation receive(long id, Integer serviceable, String note, Long version) {
        Allocation a = allocation(id);
        if (serviceable == null || serviceable < 0 || serviceable > a.quantity()) {
            throw InvalidInputException.of("serviceable", "Range", "logistics.input.inspected", a.quantity());
        }
        Flows.perform(workflows, FLOW, a, "receive", TransitionInput.of("serviceable", serviceable).with("note", note)
                .expectingVersion(version), "logistics.refused.transition");
        jdbc.sql("UPDATE log_sds_allocation SET received_at = ?, inspected_ok = ?, inspection_note = ? WHERE id = ?")
                .params(now(), serviceable, note, id).update();
        return allocation(id);
    }

    /** The moves the current user may make on the allocation now (screens: one button each). */
    @Transactional(readOnly = true)
    public List<AvailableAction> actions(Allocation a) {
        return workflows.actions(FLOW, a).stream()
                .filter(x -> !"ship".equals(x.action()) || access.may(LogisticsPermissions.MANAGE, null)).toList();
    }

    /** The allocation's moves, oldest first (the workflow kit's log). */
    @Transactional(readOnly = true)
    public List<Workflows.TransitionRecord> history(long id) {
        allocation(id);
        return workflows.history(ALLOCATION, id);
    }

    @Transactional(readOnly = true)
    public Allocation allocation(long id) {
        Allocation a = jdbc.sql("SELECT * FROM log_sds_allocation WHERE id = ?").param(id).query(DeploymentStocks::map)
                .optional().orElseThrow(() -> new NotFoundException("allocation", id));
        if (!access.may(LogisticsPermissions.READ, a.missionCode())) {
            throw new NotFoundException("allocation", id);
        }
        return a;
    }

    @Transactional(readOnly = true)
    public List<Allocation> allocations() {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(LogisticsPermissions.READ), params);
        return jdbc.sql("SELECT * FROM log_sds_allocation WHERE " + where + " ORDER BY id DESC LIMIT 100").params(params)
                .query(DeploymentStocks::map).list();
    }

    private static Allocation map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Instant shipped = instant(rs, "shipped_at");
        Instant received = instant(rs, "received_at");
        Long days = shipped == null ? null : StockRules.receiptDays(shipped, received == null ? Instant.now() : received);
        return new Allocation(rs.getLong("id"), rs.getString("reference"), rs.getString("kit_code"),
                rs.getString("mission_code"), rs.getInt("quantity"), rs.getString("picked"), rs.getString("status"),
                instant(rs, "allocated_at"), shipped, rs.getString("waybill"), received, days,
                days != null && days > StockRules.RECEIPT_TARGET_DAYS, rs.getObject("inspected_ok", Integer.class),
                rs.getString("inspection_note"), rs.getLong("version"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
