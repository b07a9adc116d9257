package org.fieldsupport.movements.request.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.RuleParameters;
import org.fieldsupport.movements.internal.MovementsPermissions;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.movements.request.domain.MovementRules;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Movement requests (MOVEMENTS-2026-v1) and the day's manifest of a mission. */
@Service
public class MovementRequests {

    static final String ENTITY = "movements.request";

    private final JdbcClient jdbc;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final RuleParameters parameters;

    MovementRequests(JdbcClient jdbc, MissionAccess access, ApplicationEventPublisher events,
                     RuleParameters parameters) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.parameters = parameters;
    }

    /** The request as the API and the form send it (MOVEMENTS-2026-v1 wire shape). */
    public record NewRequest(String missionCode, String kind, String origin, String destination, Instant departure,
                             Integer passengers, BigDecimal weightKg, Boolean urgent, String justification) { }

    public record Request(long id, String reference, String missionCode, String kind, String origin,
                          String destination, Instant departure, Integer passengers, BigDecimal weightKg,
                          boolean urgent, String justification, List<String> flags, String ruleSet,
                          int cutoffHours, Long tripId, String submittedBy, Instant submittedAt) { }

    public record Manifest(String missionCode, LocalDate date, Instant frozenAt, boolean frozen, int passengers,
                           BigDecimal cargoKg, List<Request> requests, List<Request> lateAdditions) { }

    static FieldErrors check(NewRequest r, Instant now) {
        FieldErrors errors = new FieldErrors();
        if (r.kind() == null || !Set.of("PASSENGER", "CARGO").contains(r.kind())) {
            errors.add("kind", "OneOf", "movements.input.kind");
        }
        if (r.origin() == null || r.origin().isBlank()) {
            errors.add("origin", "Required", "lsd.input.required");
        }
        if (r.destination() == null || r.destination().isBlank()) {
            errors.add("destination", "Required", "lsd.input.required");
        }
        if (r.departure() == null) {
            errors.add("departure", "Required", "lsd.input.required");
        } else if (r.departure().isBefore(now)) {
            errors.add("departure", "Future", "movements.input.departure.past");
        }
        if ("PASSENGER".equals(r.kind()) && (r.passengers() == null || r.passengers() < 1)) {
            errors.add("passengers", "Min", "movements.input.passengers");
        }
        if ("CARGO".equals(r.kind()) && (r.weightKg() == null || r.weightKg().signum() <= 0)) {
            errors.add("weightKg", "Positive", "movements.input.weight");
        }
        if (Boolean.TRUE.equals(r.urgent()) && r.justification() != null && r.justification().length() > 1000) {
            errors.add("justification", "Size", "lsd.input.tooLong", 1000);
        }
        return errors;
    }

    /** The cut-off in force on {@code on} (the division's rule parameters; 48 hours by default). */
    public int cutoffHours(LocalDate on) {
        return parameters.valueOn(MovementRules.CUTOFF_HOURS, on).intValue();
    }

    @Transactional
    public Request submit(NewRequest r) {
        Instant now = Instant.now();
        FieldErrors errors = check(r, now);
        String mission = null;
        try {
            mission = access.mission("missionCode", r.missionCode());
        } catch (org.fieldsupport.platform.api.InvalidInputException e) {
            e.errors().forEach(f -> errors.add(f.field(), f.rule(), f.messageKey(), f.args()));
        }
        errors.throwIfAny();
        String user = access.require(MovementsPermissions.REQUEST_SUBMIT, mission);
        return submitAs(user, mission, r, now);
    }

    /** Stores a checked request (demo data passes its own submission instant). */
    @Transactional
    public Request submitAs(String user, String mission, NewRequest r, Instant submittedAt) {
        int cutoff = cutoffHours(submittedAt.atZone(ZoneOffset.UTC).toLocalDate());
        boolean urgent = Boolean.TRUE.equals(r.urgent());
        List<String> flags;
        try {
            flags = MovementRules.decide(submittedAt, r.departure(), urgent, r.justification(), cutoff);
        } catch (MovementRules.LateRequest late) {
            throw new RuleRefusal("late-request", "movements.refused.late", late.hoursBefore(), late.cutoffHours());
        }
        String reference = "MOV-" + mission + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mov_request (reference, mission_code, kind, origin, destination, departure, passengers,
                    weight_kg, urgent, justification, flags, rule_set, cutoff_hours, submitted_by, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reference, mission, r.kind(), r.origin().strip(), r.destination().strip(),
                        r.departure().atOffset(ZoneOffset.UTC), "PASSENGER".equals(r.kind()) ? r.passengers() : null,
                        "CARGO".equals(r.kind()) ? r.weightKg() : null, urgent,
                        r.justification() == null || r.justification().isBlank() ? null : r.justification().strip(),
                        String.join(",", flags), MovementRules.RULE_SET, cutoff, user,
                        submittedAt.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        Request stored = find(keys.getKey().longValue()).orElseThrow();
        events.publishEvent(DataChanged.created(ENTITY, stored.id(), stored));
        return stored;
    }

    @Transactional(readOnly = true)
    public Request request(long id) {
        Request r = find(id).orElseThrow(() -> new NotFoundException("movement request", id));
        if (!access.may(MovementsPermissions.READ, r.missionCode())) {
            throw new NotFoundException("movement request", id);
        }
        return r;
    }

    @Transactional(readOnly = true)
    public List<Request> list(String mission, LocalDate date) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(MovementsPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        if (date != null) {
            where += " AND departure >= ? AND departure < ?";
            params.add(date.atStartOfDay().atOffset(ZoneOffset.UTC));
            params.add(date.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return jdbc.sql("SELECT * FROM mov_request WHERE " + where + " ORDER BY departure DESC, id DESC LIMIT 200")
                .params(params).query(MovementRequests::map).list();
    }

    /**
     * The manifest of a mission's day: requests submitted before the freeze hour (in force the day before, noon by
     * default) of the day before; the others are late additions.
     */
    @Transactional(readOnly = true)
    public Manifest manifest(String mission, LocalDate date) {
        String code = access.mission("mission", mission);
        access.require(MovementsPermissions.READ, code);
        List<Request> all = list(code, date);
        int freezeHour = parameters.valueOn(MovementRules.FREEZE_HOUR, MovementRules.freezeDay(date)).intValue();
        List<Request> on = all.stream().filter(r -> MovementRules.onManifest(r.submittedAt(), date, freezeHour)).toList();
        List<Request> late = all.stream().filter(r -> !MovementRules.onManifest(r.submittedAt(), date, freezeHour)).toList();
        int pax = on.stream().mapToInt(r -> r.passengers() == null ? 0 : r.passengers()).sum();
        BigDecimal kg = on.stream().map(r -> r.weightKg() == null ? BigDecimal.ZERO : r.weightKg())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Manifest(code, date, MovementRules.manifestFrozenAt(date, freezeHour),
                MovementRules.frozen(date, Instant.now(), freezeHour), pax, kg, on, late);
    }

    public Optional<Request> find(long id) {
        return jdbc.sql("SELECT * FROM mov_request WHERE id = ?").param(id).query(MovementRequests::map).optional();
    }

    static Request map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String flags = rs.getString("flags");
        Long trip = rs.getObject("trip_id", Long.class);
        return new Request(rs.getLong("id"), rs.getString("reference"), rs.getString("mission_code"),
                rs.getString("kind"), rs.getString("origin"), rs.getString("destination"),
                rs.getObject("departure", OffsetDateTime.class).toInstant(),
                (Integer) rs.getObject("passengers", Integer.class), rs.getBigDecimal("weight_kg"),
                rs.getBoolean("urgent"), rs.getString("justification"),
                flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(",")),
                rs.getString("rule_set"), rs.getInt("cutoff_hours"), trip,
                rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant());
    }
}
