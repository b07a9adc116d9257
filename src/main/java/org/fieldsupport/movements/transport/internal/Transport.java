package org.fieldsupport.movements.transport.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.movements.internal.MovementsPermissions;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.movements.request.internal.MovementRequests;
import org.fieldsupport.movements.transport.domain.TransportRules;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
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
 * The fleet (aircraft, helicopters, vehicles) and its utilisation, flights and convoys scheduled from movement
 * requests, contingent rotation plans, letters of assist and their use, transport requirements and the
 * acquisition-plan lines they become. A trip is completed (hours flown for a flight) or cancelled (with a reason; its
 * requests are released for another trip) through the platform's workflow kit ({@link #TRIP_FLOW}); scheduling it
 * opens a work item for the mission's movement control officers to record its completion.
 */
@Service
public class Transport {

    static final String TRIP = "movements.trip";

    public enum TripStatus { SCHEDULED, COMPLETED, CANCELLED }

    public static final Workflow<Trip, TripStatus> TRIP_FLOW = Workflow.define(TRIP, Trip.class, TripStatus.class)
            .id(Trip::id).state(t -> TripStatus.valueOf(t.status())).version(Trip::version).reference(Trip::reference)
            .scope(t -> Scope.mission(t.missionCode()))
            .storedIn("mov_trip", "id", "status", "version")
            .stateLabels("movements.trip.")
            .transition("complete", TripStatus.SCHEDULED, TripStatus.COMPLETED, MovementsPermissions.MANAGE,
                    t -> t.label("movements.trip.complete"))
            .transition("cancel", TripStatus.SCHEDULED, TripStatus.CANCELLED, MovementsPermissions.MANAGE,
                    t -> t.requires("reason").label("movements.trip.cancel"))
            .build();

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final MovementRequests requests;
    private final ReferenceData reference;
    private final Workflows workflows;
    private final WorkItems work;

    Transport(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events, MovementRequests requests,
              ReferenceData reference, Workflows workflows, WorkItems work) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.requests = requests;
        this.reference = reference;
        this.workflows = workflows;
        this.work = work;
    }

    // ---- fleet

    public record NewAsset(String missionCode, String registration, String kind, String model, Integer passengerSeats,
                           Integer payloadKg, BigDecimal contractHoursMonth) { }

    public record Asset(long id, String missionCode, String registration, String kind, String model, int passengerSeats,
                        int payloadKg, BigDecimal contractHoursMonth, BigDecimal hoursThisMonth,
                        BigDecimal utilisationPercent, boolean lowUtilisation) { }

    @Transactional
    public Asset addAsset(NewAsset a) {
        FieldErrors errors = new FieldErrors();
        String mission = mission(errors, a.missionCode());
        required(errors, "registration", a.registration());
        oneOf(errors, "kind", a.kind(), Set.of("AIRCRAFT", "HELICOPTER", "VEHICLE"));
        required(errors, "model", a.model());
        if (a.passengerSeats() == null || a.passengerSeats() < 0) {
            errors.add("passengerSeats", "Min", "lsd.input.notNegative");
        }
        if (a.payloadKg() == null || a.payloadKg() < 0) {
            errors.add("payloadKg", "Min", "lsd.input.notNegative");
        }
        if (a.contractHoursMonth() != null && a.contractHoursMonth().signum() < 0) {
            errors.add("contractHoursMonth", "Min", "lsd.input.notNegative");
        }
        errors.throwIfAny();
        String user = access.require(MovementsPermissions.MANAGE, mission);
        return addAssetAs(user, mission, a);
    }

    @Transactional
    public Asset addAssetAs(String user, String mission, NewAsset a) {
        if (jdbc.sql("SELECT COUNT(*) FROM mov_asset WHERE registration = ?").param(a.registration().strip())
                .query(Long.class).single() > 0) {
            throw InvalidInputException.of("registration", "Unique", "movements.input.registration.taken");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO mov_asset (mission_code, registration, kind, model, passenger_seats, payload_kg, "
                        + "contract_hours_month, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(mission, a.registration().strip(), a.kind(), a.model().strip(), a.passengerSeats(),
                        a.payloadKg(), a.contractHoursMonth(), user, now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("movements.asset", id, a));
        return fleet(null, YearMonth.now(ZoneOffset.UTC)).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** The fleet with hours flown in {@code month} (completed trips) against the contracted hours. */
    @Transactional(readOnly = true)
    public List<Asset> fleet(String mission, YearMonth month) {
        List<Object> params = new ArrayList<>();
        params.add(month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        params.add(month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        String where = MissionAccess.missionFilter("a.mission_code", access.visible(MovementsPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND a.mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("""
                SELECT a.*, COALESCE((SELECT SUM(t.hours_flown) FROM mov_trip t WHERE t.asset_id = a.id
                    AND t.status = 'COMPLETED' AND t.departure >= ? AND t.departure < ?), 0) AS hours
                FROM mov_asset a WHERE\s""" + where + " ORDER BY a.mission_code, a.registration")
                .params(params).query((rs, n) -> {
                    BigDecimal contract = rs.getBigDecimal("contract_hours_month");
                    BigDecimal hours = rs.getBigDecimal("hours");
                    BigDecimal pct = TransportRules.utilisation(hours, contract);
                    return new Asset(rs.getLong("id"), rs.getString("mission_code"), rs.getString("registration"),
                            rs.getString("kind"), rs.getString("model"), rs.getInt("passenger_seats"),
                            rs.getInt("payload_kg"), contract, hours, pct, TransportRules.lowUtilisation(pct));
                }).list();
    }

    // ---- flights and convoys

    public record NewTrip(String missionCode, String mode, Long assetId, String origin, String destination,
                          Instant departure) { }

    public record Trip(long id, String reference, String missionCode, String mode, long assetId, String asset,
                       String origin, String destination, Instant departure, String status, BigDecimal hoursFlown,
                       int passengers, BigDecimal cargoKg, int seats, int payloadKg, long version) { }

    @Transactional
    public Trip schedule(NewTrip t) {
        FieldErrors errors = new FieldErrors();
        String mission = mission(errors, t.missionCode());
        oneOf(errors, "mode", t.mode(), Set.of("FLIGHT", "CONVOY"));
        required(errors, "origin", t.origin());
        required(errors, "destination", t.destination());
        if (t.departure() == null) {
            errors.add("departure", "Required", "lsd.input.required");
        }
        if (t.assetId() == null) {
            errors.add("assetId", "Required", "lsd.input.required");
        }
        errors.throwIfAny();
        String user = access.require(MovementsPermissions.MANAGE, mission);
        return scheduleAs(user, mission, t);
    }

    @Transactional
    public Trip scheduleAs(String user, String mission, NewTrip t) {
        var asset = jdbc.sql("SELECT kind, mission_code FROM mov_asset WHERE id = ?").param(t.assetId())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElseThrow(() -> InvalidInputException.of("assetId", "Unknown", "movements.input.asset"));
        if (!asset[1].equals(mission)) {
            throw InvalidInputException.of("assetId", "OtherMission", "movements.input.asset");
        }
        boolean air = !"VEHICLE".equals(asset[0]);
        if (air != "FLIGHT".equals(t.mode())) {
            throw InvalidInputException.of("assetId", "Mode", "movements.input.asset.mode");
        }
        String reference = (air ? "FLT-" : "CNV-") + mission + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO mov_trip (reference, mission_code, mode, asset_id, origin, destination, departure, status, "
                        + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)")
                .params(reference, mission, t.mode(), t.assetId(), t.origin().strip(), t.destination().strip(),
                        t.departure().atOffset(ZoneOffset.UTC), user, now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created(TRIP, id, t));
        work.open(NewWorkItem.of(TRIP, id, reference, "/movements/trips", Assignee.role(MovementsPermissions.ROLE_MOVCON,
                Scope.mission(mission)), t.departure().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1),
                "movements.work.complete", reference, t.origin().strip(), t.destination().strip()));
        return trip(id);
    }

    /** Puts a movement request on a trip of its mission, within the asset's seats and payload (422 otherwise). */
    @Transactional
    public Trip assign(long tripId, long requestId) {
        Trip trip = trip(tripId);
        String user = access.require(MovementsPermissions.MANAGE, trip.missionCode());
        MovementRequests.Request r = requests.find(requestId)
                .orElseThrow(() -> InvalidInputException.of("requestId", "Unknown", "movements.input.request"));
        if (!r.missionCode().equals(trip.missionCode())) {
            throw InvalidInputException.of("requestId", "OtherMission", "movements.input.request");
        }
        if (r.tripId() != null) {
            throw new RuleRefusal("already-assigned", "movements.refused.assigned", r.reference());
        }
        int pax = r.passengers() == null ? 0 : r.passengers();
        BigDecimal kg = r.weightKg() == null ? BigDecimal.ZERO : r.weightKg();
        if (!TransportRules.fits(trip.seats(), trip.payloadKg(), trip.passengers(), trip.cargoKg(), pax, kg)) {
            throw new RuleRefusal("over-capacity", "movements.refused.capacity", trip.reference(), trip.seats(),
                    trip.payloadKg());
        }
        jdbc.sql("UPDATE mov_request SET trip_id = ? WHERE id = ?").params(tripId, requestId).update();
        events.publishEvent(DataChanged.updated("movements.request", requestId, null,
                java.util.Map.of("tripId", tripId, "by", user)));
        return trip(tripId);
    }

    @Transactional
    public Trip complete(long tripId, BigDecimal hoursFlown) {
        return complete(tripId, hoursFlown, null);
    }

    /** Records the trip done (a flight needs its hours flown, counted in the fleet's utilisation); 409 when stale. */
    @Transactional
    public Trip complete(long tripId, BigDecimal hoursFlown, Long version) {
        Trip trip = trip(tripId);
        if ("FLIGHT".equals(trip.mode()) && (hoursFlown == null || hoursFlown.signum() <= 0)) {
            access.require(MovementsPermissions.MANAGE, trip.missionCode());
            throw InvalidInputException.of("hoursFlown", "Positive", "movements.input.hours");
        }
        Flows.perform(workflows, TRIP_FLOW, trip, "complete", TransitionInput.of("note",
                hoursFlown == null ? null : hoursFlown.toPlainString() + " h").expectingVersion(version),
                "movements.refused.transition");
        jdbc.sql("UPDATE mov_trip SET hours_flown = ? WHERE id = ?").params(hoursFlown, tripId).update();
        return trip(tripId);
    }

    /** Cancels a scheduled trip with a reason; the requests on board are released for another trip. */
    @Transactional
    public Trip cancel(long tripId, String reason, Long version) {
        Trip trip = trip(tripId);
        Flows.perform(workflows, TRIP_FLOW, trip, "cancel", TransitionInput.of("reason", reason)
                .expectingVersion(version), "movements.refused.transition");
        jdbc.sql("UPDATE mov_request SET trip_id = NULL WHERE trip_id = ?").param(tripId).update();
        return trip(tripId);
    }

    /** The moves the current user may make on the trip now (screens: one button each). */
    @Transactional(readOnly = true)
    public List<AvailableAction> actions(Trip t) {
        return workflows.actions(TRIP_FLOW, t);
    }

    @Transactional(readOnly = true)
    public List<Workflows.TransitionRecord> history(long tripId) {
        trip(tripId);
        return workflows.history(TRIP, tripId);
    }

    private static final String TRIP_SELECT = """
            SELECT t.*, a.registration, a.passenger_seats, a.payload_kg,
                COALESCE((SELECT SUM(r.passengers) FROM mov_request r WHERE r.trip_id = t.id), 0) AS pax,
                COALESCE((SELECT SUM(r.weight_kg) FROM mov_request r WHERE r.trip_id = t.id), 0) AS kg
            FROM mov_trip t JOIN mov_asset a ON a.id = t.asset_id""";

    @Transactional(readOnly = true)
    public Trip trip(long id) {
        Trip t = jdbc.sql(TRIP_SELECT + " WHERE t.id = ?").param(id).query(Transport::trip).optional()
                .orElseThrow(() -> new NotFoundException("trip", id));
        if (!access.may(MovementsPermissions.READ, t.missionCode())) {
            throw new NotFoundException("trip", id);
        }
        return t;
    }

    @Transactional(readOnly = true)
    public List<Trip> trips(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("t.mission_code", access.visible(MovementsPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND t.mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql(TRIP_SELECT + " WHERE " + where + " ORDER BY t.departure DESC LIMIT 200").params(params)
                .query(Transport::trip).list();
    }

    private static Trip trip(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Trip(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"), rs.getString("mode"),
                rs.getLong("asset_id"), rs.getString("registration"), rs.getString("origin"),
                rs.getString("destination"), rs.getObject("departure", OffsetDateTime.class).toInstant(),
                rs.getString("status"), rs.getBigDecimal("hours_flown"), rs.getInt("pax"), rs.getBigDecimal("kg"),
                rs.getInt("passenger_seats"), rs.getInt("payload_kg"), rs.getLong("version"));
    }

    // ---- letters of assist

    public record NewLetter(String missionCode, String memberState, String purpose, BigDecimal nteAmount,
                            LocalDate validTo) { }

    public record Letter(long id, String reference, String missionCode, String memberState, String purpose,
                         BigDecimal nteAmount, BigDecimal used, BigDecimal remaining, BigDecimal percentUsed,
                         LocalDate validTo, String currency) { }

    public record NewUse(LocalDate usedOn, BigDecimal amount, String description) { }

    @Transactional
    public Letter issueLetter(NewLetter l) {
        FieldErrors errors = new FieldErrors();
        String mission = mission(errors, l.missionCode());
        memberState(errors, l.memberState());
        required(errors, "purpose", l.purpose());
        money(errors, "nteAmount", l.nteAmount());
        if (l.validTo() == null) {
            errors.add("validTo", "Required", "lsd.input.required");
        }
        errors.throwIfAny();
        String user = access.require(MovementsPermissions.MANAGE, mission);
        return issueLetterAs(user, mission, l);
    }

    @Transactional
    public Letter issueLetterAs(String user, String mission, NewLetter l) {
        String reference = "LOA-" + mission + "-" + l.memberState() + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO mov_loa (reference, mission_code, member_state, purpose, nte_amount, valid_to, created_by, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(reference, mission, l.memberState(), l.purpose().strip(),
                        l.nteAmount().setScale(2, java.math.RoundingMode.HALF_EVEN), l.validTo(), user, now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("movements.loa", id, l));
        return letter(id);
    }

    /** Charges a use to a letter of assist: within its not-to-exceed amount (422 {@code nte-exceeded} otherwise). */
    @Transactional
    public Letter recordUse(long letterId, NewUse u) {
        Letter l = letter(letterId);
        FieldErrors errors = new FieldErrors();
        money(errors, "amount", u.amount());
        required(errors, "description", u.description());
        errors.throwIfAny();
        String user = access.require(MovementsPermissions.MANAGE, l.missionCode());
        BigDecimal amount = u.amount().setScale(2, java.math.RoundingMode.HALF_EVEN);
        if (!TransportRules.withinNte(l.nteAmount(), l.used(), amount)) {
            throw new RuleRefusal("nte-exceeded", "movements.refused.nte", l.reference(), l.remaining().toPlainString());
        }
        jdbc.sql("INSERT INTO mov_loa_use (loa_id, used_on, amount, description, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(letterId, u.usedOn() == null ? LocalDate.now(ZoneOffset.UTC) : u.usedOn(), amount,
                        u.description().strip(), user, now())
                .update();
        events.publishEvent(DataChanged.updated("movements.loa", letterId, l, u));
        return letter(letterId);
    }

    private static final String LOA_SELECT = """
            SELECT l.*, COALESCE((SELECT SUM(u.amount) FROM mov_loa_use u WHERE u.loa_id = l.id), 0) AS used
            FROM mov_loa l""";

    @Transactional(readOnly = true)
    public Letter letter(long id) {
        Letter l = jdbc.sql(LOA_SELECT + " WHERE l.id = ?").param(id).query(Transport::letter).optional()
                .orElseThrow(() -> new NotFoundException("letter of assist", id));
        if (!access.may(MovementsPermissions.READ, l.missionCode())) {
            throw new NotFoundException("letter of assist", id);
        }
        return l;
    }

    @Transactional(readOnly = true)
    public List<Letter> letters(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("l.mission_code", access.visible(MovementsPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND l.mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql(LOA_SELECT + " WHERE " + where + " ORDER BY l.id DESC LIMIT 200").params(params)
                .query(Transport::letter).list();
    }

    private static Letter letter(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        BigDecimal nte = rs.getBigDecimal("nte_amount");
        BigDecimal used = rs.getBigDecimal("used").setScale(2);
        return new Letter(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"),
                rs.getString("member_state"), rs.getString("purpose"), nte, used, nte.subtract(used),
                TransportRules.percentUsed(nte, used), rs.getObject("valid_to", LocalDate.class), "USD");
    }

    // ---- rotations

    public record NewRotation(String missionCode, String memberState, String unitName, Integer troops,
                              Integer cycleMonths, LocalDate lastRotation, String means, Long letterId) { }

    public record Rotation(long id, String missionCode, String memberState, String unitName, int troops,
                           int cycleMonths, LocalDate lastRotation, LocalDate nextRotation, boolean due, String means,
                           Long letterId) { }

    @Transactional
    public Rotation planRotation(NewRotation r) {
        FieldErrors errors = new FieldErrors();
        String mission = mission(errors, r.missionCode());
        memberState(errors, r.memberState());
        required(errors, "unitName", r.unitName());
        if (r.troops() == null || r.troops() < 1) {
            errors.add("troops", "Min", "lsd.input.positive");
        }
        if (r.cycleMonths() == null || (r.cycleMonths() != 6 && r.cycleMonths() != 12)) {
            errors.add("cycleMonths", "OneOf", "movements.input.cycle");
        }
        if (r.lastRotation() == null) {
            errors.add("lastRotation", "Required", "lsd.input.required");
        }
        oneOf(errors, "means", r.means(), Set.of("CHARTER", "LOA"));
        if ("LOA".equals(r.means()) && r.letterId() == null) {
            errors.add("letterId", "Required", "movements.input.letter");
        }
        errors.throwIfAny();
        String user = access.require(MovementsPermissions.MANAGE, mission);
        if (r.letterId() != null) {
            Letter l = letter(r.letterId());
            if (!l.missionCode().equals(mission) || !l.memberState().equals(r.memberState())) {
                throw InvalidInputException.of("letterId", "Mismatch", "movements.input.letter");
            }
        }
        return planRotationAs(user, mission, r);
    }

    @Transactional
    public Rotation planRotationAs(String user, String mission, NewRotation r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO mov_rotation (mission_code, member_state, unit_name, troops, cycle_months, last_rotation, "
                        + "means, loa_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(mission, r.memberState(), r.unitName().strip(), r.troops(), r.cycleMonths(), r.lastRotation(),
                        r.means(), "LOA".equals(r.means()) ? r.letterId() : null, user, now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("movements.rotation", id, r));
        return rotations(mission).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Rotation> rotations(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(MovementsPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return jdbc.sql("SELECT * FROM mov_rotation WHERE " + where + " ORDER BY mission_code, id").params(params)
                .query((rs, n) -> {
                    LocalDate last = rs.getObject("last_rotation", LocalDate.class);
                    int cycle = rs.getInt("cycle_months");
                    LocalDate next = TransportRules.nextRotation(last, cycle);
                    return new Rotation(rs.getLong("id"), rs.getString("mission_code"), rs.getString("member_state"),
                            rs.getString("unit_name"), rs.getInt("troops"), cycle, last, next,
                            TransportRules.rotationDue(next, today), rs.getString("means"),
                            rs.getObject("loa_id", Long.class));
                }).list();
    }

    // ---- transport requirements and the acquisition plan

    public record NewRequirement(String missionCode, String serviceLine, String description, Integer quantity,
                                 BigDecimal unitCost, LocalDate neededBy, String route) { }

    /** A requirement as an acquisition-plan line: quarter and latest date to start acquiring, late flagged. */
    public record Requirement(long id, String missionCode, String serviceLine, String description, int quantity,
                              BigDecimal unitCost, BigDecimal total, LocalDate neededBy, String route,
                              LocalDate latestStart, String planQuarter, boolean late, String currency) { }

    @Transactional
    public Requirement addRequirement(NewRequirement r) {
        FieldErrors errors = new FieldErrors();
        String mission = mission(errors, r.missionCode());
        oneOf(errors, "serviceLine", r.serviceLine(), Set.of("AIR", "SEA", "ROAD", "RAIL"));
        required(errors, "description", r.description());
        if (r.quantity() == null || r.quantity() < 1) {
            errors.add("quantity", "Min", "lsd.input.positive");
        }
        money(errors, "unitCost", r.unitCost());
        if (r.neededBy() == null) {
            errors.add("neededBy", "Required", "lsd.input.required");
        }
        oneOf(errors, "route", r.route(), Set.of("COMMERCIAL", "SYSTEMS_CONTRACT", "LOA"));
        errors.throwIfAny();
        String user = access.require(MovementsPermissions.MANAGE, mission);
        return addRequirementAs(user, mission, r);
    }

    @Transactional
    public Requirement addRequirementAs(String user, String mission, NewRequirement r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO mov_requirement (mission_code, service_line, description, quantity, unit_cost, needed_by, "
                        + "route, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(mission, r.serviceLine(), r.description().strip(), r.quantity(),
                        r.unitCost().setScale(2, java.math.RoundingMode.HALF_EVEN), r.neededBy(), r.route(), user, now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("movements.requirement", id, r));
        return requirements(mission).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Requirement> requirements(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(MovementsPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return jdbc.sql("SELECT * FROM mov_requirement WHERE " + where + " ORDER BY needed_by, id").params(params)
                .query((rs, n) -> {
                    LocalDate needed = rs.getObject("needed_by", LocalDate.class);
                    TransportRules.Route route = TransportRules.Route.valueOf(rs.getString("route"));
                    LocalDate start = TransportRules.latestStart(needed, route);
                    BigDecimal unit = rs.getBigDecimal("unit_cost");
                    int qty = rs.getInt("quantity");
                    return new Requirement(rs.getLong("id"), rs.getString("mission_code"), rs.getString("service_line"),
                            rs.getString("description"), qty, unit, unit.multiply(BigDecimal.valueOf(qty)), needed,
                            route.name(), start, TransportRules.planQuarter(start), start.isBefore(today), "USD");
                }).list();
    }

    // ---- checks

    private String mission(FieldErrors errors, String code) {
        try {
            return access.mission("missionCode", code);
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.add(f.field(), f.rule(), f.messageKey(), f.args()));
            return null;
        }
    }

    private void memberState(FieldErrors errors, String iso3) {
        if (iso3 == null || !iso3.matches("[A-Z]{3}") || reference.country(iso3).isEmpty()) {
            errors.add("memberState", "Iso3", "lsd.input.country");
        }
    }

    private static void required(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, "Required", "lsd.input.required");
        }
    }

    private static void oneOf(FieldErrors errors, String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            errors.add(field, "OneOf", "lsd.input.oneOf", String.join(", ", new java.util.TreeSet<>(allowed)));
        }
    }

    private static void money(FieldErrors errors, String field, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            errors.add(field, "Positive", "lsd.input.positive");
        } else if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            errors.add(field, "Cents", "lsd.input.cents");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
