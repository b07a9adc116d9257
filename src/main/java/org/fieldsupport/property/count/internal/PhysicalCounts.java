package org.fieldsupport.property.count.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.property.count.domain.Reconciliation;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.property.internal.PropertyPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Physical counts of a location reconciled with the register; discrepancies stored with the count. */
@Service
public class PhysicalCounts {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;

    PhysicalCounts(JdbcClient jdbc, JdbcTemplate template, MissionAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.access = access;
        this.events = events;
    }

    public record NewCount(String missionCode, String location, LocalDate countedOn, List<String> tags) { }

    public record Count(long id, String missionCode, String location, LocalDate countedOn, int expected, int found,
                        int missing, int unrecorded, int misplaced, String countedBy,
                        List<Reconciliation.Discrepancy> discrepancies) { }

    @Transactional
    public Count record(NewCount c) {
        FieldErrors errors = new FieldErrors();
        String mission = null;
        try {
            mission = access.mission("missionCode", c.missionCode());
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.add(f.field(), f.rule(), f.messageKey(), f.args()));
        }
        if (c.location() == null || c.location().isBlank()) {
            errors.add("location", "Required", "lsd.input.required");
        }
        if (c.countedOn() == null) {
            errors.add("countedOn", "Required", "lsd.input.required");
        } else if (c.countedOn().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            errors.add("countedOn", "PastOrPresent", "lsd.input.past");
        }
        if (c.tags() == null) {
            errors.add("tags", "Required", "lsd.input.required");
        }
        errors.throwIfAny();
        String user = access.require(PropertyPermissions.MANAGE, mission);
        return recordAs(user, mission, c);
    }

    @Transactional
    public Count recordAs(String user, String mission, NewCount c) {
        String location = c.location().strip();
        List<String> scanned = c.tags().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        Set<String> expected = new HashSet<>(jdbc.sql("SELECT tag FROM prop_asset WHERE mission_code = ? AND location = ? "
                + "AND status = 'IN_SERVICE'").params(mission, location).query(String.class).list());
        List<String> others = new ArrayList<>(new HashSet<>(scanned));
        others.removeAll(expected);
        Map<String, String> elsewhere = new HashMap<>();
        for (int i = 0; i < others.size(); i += CHUNK) {
            List<String> chunk = others.subList(i, Math.min(others.size(), i + CHUNK));
            List<Object> params = new ArrayList<>(chunk);
            params.add(0, mission);
            jdbc.sql("SELECT tag, location FROM prop_asset WHERE mission_code = ? AND status = 'IN_SERVICE' AND tag IN ("
                            + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(params).query((rs, n) -> elsewhere.put(rs.getString(1), rs.getString(2))).list();
        }
        Reconciliation.Result result = Reconciliation.reconcile(expected, elsewhere, scanned);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO prop_count (mission_code, location, counted_on, expected, found, missing, unrecorded, "
                        + "misplaced, counted_by, counted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(mission, location, c.countedOn(), result.expected(), result.found(),
                        result.count(Reconciliation.Kind.MISSING), result.count(Reconciliation.Kind.UNRECORDED),
                        result.count(Reconciliation.Kind.MISPLACED), user, OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        template.batchUpdate("INSERT INTO prop_count_discrepancy (count_id, tag, kind, register_location) VALUES (?, ?, ?, ?)",
                result.discrepancies(), 1000, (ps, d) -> {
                    ps.setLong(1, id);
                    ps.setString(2, d.tag());
                    ps.setString(3, d.kind().name());
                    ps.setString(4, d.registerLocation());
                });
        events.publishEvent(DataChanged.created("property.count", id, java.util.Map.of("missionCode", mission,
                "location", location, "expected", result.expected(), "found", result.found(),
                "discrepancies", result.discrepancies().size())));
        return count(id);
    }

    @Transactional(readOnly = true)
    public Count count(long id) {
        Count c = jdbc.sql("SELECT * FROM prop_count WHERE id = ?").param(id).query((rs, n) -> map(rs, true)).optional()
                .orElseThrow(() -> new NotFoundException("count", id));
        if (!access.may(PropertyPermissions.READ, c.missionCode())) {
            throw new NotFoundException("count", id);
        }
        return c;
    }

    @Transactional(readOnly = true)
    public List<Count> list(String mission) {
        List<Object> params = new ArrayList<>();
        String where = MissionAccess.missionFilter("mission_code", access.visible(PropertyPermissions.READ), params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase());
        }
        return jdbc.sql("SELECT * FROM prop_count WHERE " + where + " ORDER BY counted_on DESC, id DESC LIMIT 100")
                .params(params).query((rs, n) -> map(rs, false)).list();
    }

    private Count map(java.sql.ResultSet rs, boolean withLines) throws java.sql.SQLException {
        long id = rs.getLong("id");
        List<Reconciliation.Discrepancy> lines = withLines ? jdbc.sql(
                "SELECT tag, kind, register_location FROM prop_count_discrepancy WHERE count_id = ? ORDER BY kind, tag")
                .param(id).query((r, n) -> new Reconciliation.Discrepancy(r.getString(1),
                        Reconciliation.Kind.valueOf(r.getString(2)), r.getString(3))).list() : List.of();
        return new Count(id, rs.getString("mission_code"), rs.getString("location"),
                rs.getObject("counted_on", LocalDate.class), rs.getInt("expected"), rs.getInt("found"),
                rs.getInt("missing"), rs.getInt("unrecorded"), rs.getInt("misplaced"), rs.getString("counted_by"), lines);
    }
}
