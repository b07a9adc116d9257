package org.fieldsupport.personnel.rest.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.rest.domain.RestAndRecuperation;
import org.fieldsupport.personnel.rest.domain.RestAndRecuperation.Cycle;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.staff.domain.StaffMember;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R&R cycles per duty station (5.5.d), the R&R staff take against them, and eligibility computed. */
@Service
public class RestService {

    private final JdbcClient jdbc;
    private final PersonnelAccess access;
    private final StaffService staff;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    RestService(JdbcClient jdbc, PersonnelAccess access, StaffService staff, Missions missions,
                ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.staff = staff;
        this.missions = missions;
        this.events = events;
    }

    static Cycle cycle(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Cycle(rs.getLong("id"), rs.getString("mission_code"), rs.getString("duty_station"),
                rs.getInt("qualifying_days"), rs.getInt("rr_days"),
                Arrays.stream(rs.getString("destinations").split(";")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList(), rs.getObject("valid_from", LocalDate.class));
    }

    public List<Cycle> cycles(String mission) {
        Optional<Set<String>> visible = access.missionsFor(PersonnelPermissions.STAFF_READ, mission);
        Map<String, Object> params = new HashMap<>();
        String where = visible.map(m -> {
            params.put("missions", m);
            return " WHERE mission_code IN (:missions)";
        }).orElse("");
        return jdbc.sql("SELECT * FROM pers_rr_cycle" + where + " ORDER BY mission_code, duty_station, valid_from")
                .params(params).query(RestService::cycle).list();
    }

    public record NewCycle(String missionCode, String dutyStation, Integer qualifyingDays, Integer rrDays,
                           List<String> destinations, LocalDate validFrom) { }

    @Transactional
    public Cycle createCycle(NewCycle in) {
        FieldErrors errors = new FieldErrors();
        if (in.missionCode() == null || missions.find(in.missionCode()).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "personnel.input.mission", String.valueOf(in.missionCode()));
        }
        if (in.dutyStation() == null || in.dutyStation().isBlank()) {
            errors.add("dutyStation", "Required", "personnel.input.required");
        }
        if (in.qualifyingDays() == null || in.qualifyingDays() < 14 || in.qualifyingDays() > 365) {
            errors.add("qualifyingDays", "Range", "personnel.rr.input.qualifyingDays");
        }
        if (in.rrDays() == null || in.rrDays() < 1 || in.rrDays() > 10) {
            errors.add("rrDays", "Range", "personnel.rr.input.rrDays");
        }
        if (in.destinations() == null || in.destinations().stream().allMatch(d -> d == null || d.isBlank())) {
            errors.add("destinations", "Required", "personnel.input.required");
        }
        if (in.validFrom() == null) {
            errors.add("validFrom", "Required", "personnel.input.required");
        }
        errors.throwIfAny();
        String user = access.require(PersonnelPermissions.STAFF_MANAGE, in.missionCode());
        String destinations = String.join(";", in.destinations().stream().filter(d -> d != null && !d.isBlank())
                .map(String::strip).toList());
        if (jdbc.sql("SELECT COUNT(*) FROM pers_rr_cycle WHERE mission_code = ? AND duty_station = ? AND valid_from = ?")
                .params(in.missionCode(), in.dutyStation().strip(), in.validFrom()).query(Long.class).single() > 0) {
            throw new BusinessRuleException("personnel.rr.refused.duplicate", in.dutyStation().strip(), in.validFrom());
        }
        jdbc.sql("""
                INSERT INTO pers_rr_cycle (mission_code, duty_station, qualifying_days, rr_days, destinations, valid_from,
                    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(in.missionCode(), in.dutyStation().strip(), in.qualifyingDays(), in.rrDays(), destinations,
                        in.validFrom(), user, OffsetDateTime.now()).update();
        Cycle c = jdbc.sql("SELECT * FROM pers_rr_cycle WHERE mission_code = ? AND duty_station = ? AND valid_from = ?")
                .params(in.missionCode(), in.dutyStation().strip(), in.validFrom()).query(RestService::cycle).single();
        events.publishEvent(DataChanged.created("personnel.rr-cycle", c.id(), c));
        return c;
    }

    Optional<Cycle> cycleFor(StaffMember s, LocalDate date) {
        if (s.dutyStation() == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM pers_rr_cycle WHERE mission_code = ? AND duty_station = ? AND valid_from <= ?"
                        + " ORDER BY valid_from DESC LIMIT 1")
                .params(s.missionCode(), s.dutyStation(), date).query(RestService::cycle).optional();
    }

    public record Leave(long id, LocalDate startDate, LocalDate endDate, String destination, int workingDays) { }

    public record StaffRest(long staffId, String fullName, String dutyStation, Cycle cycle,
                            RestAndRecuperation.Eligibility eligibility, List<Leave> taken) { }

    /** A staff member's R&R: cycle, eligibility today, R&R taken (HR in scope or the staff member themself). */
    public StaffRest of(long staffId) {
        StaffMember s = staff.get(staffId);
        List<Leave> taken = taken(staffId);
        Optional<Cycle> cycle = cycleFor(s, StaffService.today());
        RestAndRecuperation.Eligibility e = cycle.map(c -> RestAndRecuperation.eligibility(c, s.entryOnDuty(),
                taken.isEmpty() ? null : taken.get(taken.size() - 1).endDate(), StaffService.today())).orElse(null);
        return new StaffRest(s.id(), s.fullName(), s.dutyStation(), cycle.orElse(null), e, taken);
    }

    List<Leave> taken(long staffId) {
        return jdbc.sql("SELECT id, start_date, end_date, destination FROM pers_rr_leave WHERE staff_id = ? ORDER BY start_date")
                .param(staffId).query((rs, n) -> {
                    LocalDate a = rs.getObject(2, LocalDate.class);
                    LocalDate b = rs.getObject(3, LocalDate.class);
                    return new Leave(rs.getLong(1), a, b, rs.getString(4), RestAndRecuperation.workingDays(a, b));
                }).list();
    }

    /** Records R&R taken: the staff member must be eligible on the first day, the destination approved. */
    @Transactional
    public StaffRest record(long staffId, LocalDate start, LocalDate end, String destination) {
        FieldErrors errors = new FieldErrors();
        if (start == null) {
            errors.add("startDate", "Required", "personnel.input.required");
        }
        if (end == null) {
            errors.add("endDate", "Required", "personnel.input.required");
        } else if (start != null && end.isBefore(start)) {
            errors.add("endDate", "AfterStart", "personnel.input.dateOrder");
        }
        if (destination == null || destination.isBlank()) {
            errors.add("destination", "Required", "personnel.input.required");
        }
        errors.throwIfAny();
        StaffMember s = staff.get(staffId);
        String user = access.require(PersonnelPermissions.STAFF_MANAGE, s.missionCode());
        if (!"ACTIVE".equals(s.status())) {
            throw new BusinessRuleException("personnel.staff.refused.notActive", s.indexNumber());
        }
        Cycle cycle = cycleFor(s, start).orElseThrow(() -> new BusinessRuleException("personnel.rr.refused.noCycle",
                String.valueOf(s.dutyStation())));
        List<Leave> taken = taken(staffId);
        LocalDate lastEnd = taken.stream().map(Leave::endDate).filter(d -> d.isBefore(start)).reduce((a, b) -> b)
                .orElse(null);
        RestAndRecuperation.Eligibility e = RestAndRecuperation.eligibility(cycle, s.entryOnDuty(), lastEnd, start);
        String refusal = RestAndRecuperation.refusal(cycle, e, start, end, destination.strip());
        if (refusal != null) {
            throw new BusinessRuleException(refusal, e.eligibleOn(), String.join(", ", cycle.destinations()),
                    cycle.rrDays());
        }
        jdbc.sql("INSERT INTO pers_rr_leave (staff_id, cycle_id, start_date, end_date, destination, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(staffId, cycle.id(), start, end, destination.strip(), user, OffsetDateTime.now()).update();
        events.publishEvent(DataChanged.created("personnel.rr-leave", staffId + ":" + start,
                Map.of("staffId", staffId, "start", start.toString(), "end", end.toString(), "destination",
                        destination.strip())));
        return of(staffId);
    }
}
