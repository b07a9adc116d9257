package org.fieldsupport.ict.catalogue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.ict.ServiceCatalogue;
import org.fieldsupport.ict.catalogue.domain.ServiceRules;
import org.fieldsupport.ict.catalogue.domain.ServiceRules.Kind;
import org.fieldsupport.ict.catalogue.domain.ServiceRules.Target;
import org.fieldsupport.ict.desk.domain.Priority;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.ict.shared.internal.IctFieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.workflow.StaleTransitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ICT service catalogue (2.1.g, 9.2.c, 9.3.a, 9.4.a, 9.4.c): enterprise and mission applications, connectivity,
 * hosting and end-user services with owner unit, missions served, RTO/RPO, support hours, SLA targets per priority
 * and the enterprise successor of a mission-specific system. Kept by ICTD headquarters; read by everyone with
 * {@code ict.catalogue.read}; other code reads it through {@link ServiceCatalogue}.
 */
@Service
public class CatalogueService implements ServiceCatalogue {

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final Missions missions;
    private final OrganizationStructure structure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogueService(JdbcClient jdbc, IctAccess access, Missions missions, OrganizationStructure structure,
                     ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.structure = structure;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A service with its SLA targets, description and version (for the screen and the API). */
    public record ServiceDetail(ServiceSummary service, String description, Map<Priority, Target> targets, long version,
                                List<String> predecessors) { }

    /** Create or change a service; {@code targets} by priority name (P1..P4), defaults when null. */
    public record ServiceInput(String code, String nameEn, String nameFr, String kind, String ownerUnit, String description,
                               Integer rtoMinutes, Integer rpoMinutes, String supportHours, String status,
                               List<String> missions, Map<String, Target> targets, String successorCode,
                               LocalDate transitionBy, Long version) { }

    // ------------------------------------------------------------------ the module API (unchecked)

    private static final String SELECT = "SELECT id, code, name_en, name_fr, kind, owner_unit, rto_minutes, rpo_minutes,"
            + " support_hours, status, successor_code, transition_by FROM ict_service";

    @Override
    @Transactional(readOnly = true)
    public List<ServiceSummary> services() {
        Map<Long, List<String>> served = new HashMap<>();
        jdbc.sql("SELECT service_id, mission_code FROM ict_service_mission ORDER BY mission_code")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> served.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql(SELECT + " ORDER BY code").query((rs, n) -> new ServiceSummary(rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), served.getOrDefault(rs.getLong(1), List.of()),
                rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getObject(12, LocalDate.class))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceSummary> service(String code) {
        if (code == null) return Optional.empty();
        String c = code.strip();
        return services().stream().filter(s -> s.code().equalsIgnoreCase(c)).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceSummary> servingMission(String missionCode) {
        return services().stream().filter(s -> s.serves(missionCode))
                .filter(s -> s.status().equals("LIVE") || s.status().equals("RETIRING")).toList();
    }

    /** SLA targets of a service (defaults for priorities it does not set). */
    @Transactional(readOnly = true)
    public Map<Priority, Target> targets(String code) {
        Map<Priority, Target> t = ServiceRules.defaultTargets();
        jdbc.sql("SELECT l.priority, l.response_minutes, l.resolution_minutes FROM ict_service_sla l"
                        + " JOIN ict_service s ON s.id = l.service_id WHERE s.code = ?").param(code)
                .query((rs, n) -> Map.entry(Priority.valueOf(rs.getString(1)), new Target(rs.getInt(2), rs.getInt(3))))
                .list().forEach(e -> t.put(e.getKey(), e.getValue()));
        return t;
    }

    /** SLA targets of every service, by code (one query, for reports and the demo data). */
    @Transactional(readOnly = true)
    public Map<String, Map<Priority, Target>> allTargets() {
        Map<String, Map<Priority, Target>> all = new HashMap<>();
        for (ServiceSummary s : services()) all.put(s.code(), ServiceRules.defaultTargets());
        jdbc.sql("SELECT s.code, l.priority, l.response_minutes, l.resolution_minutes FROM ict_service_sla l"
                        + " JOIN ict_service s ON s.id = l.service_id")
                .query((rs, n) -> {
                    all.computeIfAbsent(rs.getString(1), k -> ServiceRules.defaultTargets())
                            .put(Priority.valueOf(rs.getString(2)), new Target(rs.getInt(3), rs.getInt(4)));
                    return null;
                }).list();
        return all;
    }

    // ------------------------------------------------------------------ screens and API (checked)

    @Transactional(readOnly = true)
    public List<ServiceSummary> list(String kind, String mission) {
        access.requireAnywhere(IctAccess.CATALOGUE_READ);
        return services().stream()
                .filter(s -> kind == null || kind.isBlank() || s.kind().equalsIgnoreCase(kind.strip()))
                .filter(s -> mission == null || mission.isBlank() || s.serves(mission.strip().toUpperCase(Locale.ROOT)))
                .toList();
    }

    @Transactional(readOnly = true)
    public ServiceDetail detail(String code) {
        access.requireAnywhere(IctAccess.CATALOGUE_READ);
        ServiceSummary s = service(code).orElseThrow(() -> new NotFoundException("service", code));
        var row = jdbc.sql("SELECT description, version FROM ict_service WHERE code = ?").param(s.code())
                .query((rs, n) -> Map.entry(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2))).single();
        List<String> predecessors = services().stream().filter(p -> s.code().equals(p.successorCode()))
                .map(ServiceSummary::code).toList();
        return new ServiceDetail(s, row.getKey(), targets(s.code()), row.getValue(), predecessors);
    }

    /** Mission-specific services due to move to an enterprise service, soonest first (9.4.c). */
    @Transactional(readOnly = true)
    public List<ServiceSummary> transitions() {
        access.requireAnywhere(IctAccess.CATALOGUE_READ);
        return services().stream().filter(s -> s.successorCode() != null && !"RETIRED".equals(s.status()))
                .sorted(java.util.Comparator.comparing(ServiceSummary::transitionBy,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    @Transactional
    public ServiceDetail create(ServiceInput in) {
        access.requireDepartment(IctAccess.CATALOGUE_MANAGE);
        Valid v = validate(in, null);
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO ict_service (code, name_en, name_fr, kind, owner_unit, description, rto_minutes, rpo_minutes,"
                        + " support_hours, status, successor_code, transition_by, version, created_by, created_at, modified_by,"
                        + " modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")
                .params(v.code, in.nameEn().strip(), in.nameFr().strip(), v.kind.name(), in.ownerUnit().strip(),
                        in.description(), in.rtoMinutes(), in.rpoMinutes(), v.hours, v.status, v.successor,
                        in.transitionBy(), access.user(), now, access.user(), now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeChildren(id, v);
        ServiceDetail d = detail(v.code);
        events.publishEvent(DataChanged.created("ict.service", id, d));
        return d;
    }

    @Transactional
    public ServiceDetail update(String code, ServiceInput in) {
        access.requireDepartment(IctAccess.CATALOGUE_MANAGE);
        ServiceDetail before = detail(code);
        Valid v = validate(in, before.service().code());
        long id = jdbc.sql("SELECT id FROM ict_service WHERE code = ?").param(before.service().code()).query(Long.class).single();
        long expected = in.version() == null ? before.version() : in.version();
        int n = jdbc.sql("UPDATE ict_service SET name_en = ?, name_fr = ?, kind = ?, owner_unit = ?, description = ?,"
                        + " rto_minutes = ?, rpo_minutes = ?, support_hours = ?, status = ?, successor_code = ?, transition_by = ?,"
                        + " version = version + 1, modified_by = ?, modified_at = ? WHERE id = ? AND version = ?")
                .params(in.nameEn().strip(), in.nameFr().strip(), v.kind.name(), in.ownerUnit().strip(), in.description(),
                        in.rtoMinutes(), in.rpoMinutes(), v.hours, v.status, v.successor, in.transitionBy(), access.user(),
                        OffsetDateTime.now(clock), id, expected)
                .update();
        if (n == 0) throw new StaleTransitionException(before.service().status(), before.version());
        jdbc.sql("DELETE FROM ict_service_mission WHERE service_id = ?").param(id).update();
        jdbc.sql("DELETE FROM ict_service_sla WHERE service_id = ?").param(id).update();
        writeChildren(id, v);
        ServiceDetail after = detail(v.code);
        events.publishEvent(DataChanged.updated("ict.service", id, before, after));
        return after;
    }

    private void writeChildren(long id, Valid v) {
        for (String m : v.missions) {
            jdbc.sql("INSERT INTO ict_service_mission (service_id, mission_code) VALUES (?, ?)").params(id, m).update();
        }
        for (var e : v.targets.entrySet()) {
            jdbc.sql("INSERT INTO ict_service_sla (service_id, priority, response_minutes, resolution_minutes) VALUES (?, ?, ?, ?)")
                    .params(id, e.getKey().name(), e.getValue().responseMinutes(), e.getValue().resolutionMinutes()).update();
        }
    }

    private record Valid(String code, Kind kind, String hours, String status, String successor, List<String> missions,
                         Map<Priority, Target> targets) { }

    private Valid validate(ServiceInput in, String existingCode) {
        IctFieldErrors errors = new IctFieldErrors();
        String code = existingCode != null ? existingCode
                : in.code() == null ? "" : in.code().strip().toUpperCase(Locale.ROOT);
        if (existingCode == null) {
            if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) errors.add("code", "Pattern", "ict.error.code");
            else if (service(code).isPresent()) errors.add("code", "Unique", "ict.error.duplicate", code);
        }
        if (in.nameEn() == null || in.nameEn().isBlank()) errors.add("nameEn", "NotBlank", "ict.error.required");
        if (in.nameFr() == null || in.nameFr().isBlank()) errors.add("nameFr", "NotBlank", "ict.error.required");
        Kind kind = parse(Kind.class, in.kind(), "kind", errors);
        String hours = in.supportHours() == null ? "BUSINESS_HOURS" : in.supportHours().strip().toUpperCase(Locale.ROOT);
        parse(ServiceRules.SupportHours.class, hours, "supportHours", errors);
        String status = in.status() == null ? "LIVE" : in.status().strip().toUpperCase(Locale.ROOT);
        parse(ServiceRules.Status.class, status, "status", errors);
        if (in.ownerUnit() == null || structure.unit(in.ownerUnit().strip(), LocalDate.now(clock)).isEmpty()) {
            errors.add("ownerUnit", "UnknownUnit", "ict.error.unknownUnit", String.valueOf(in.ownerUnit()));
        }
        if (in.rtoMinutes() == null || in.rtoMinutes() < 1) errors.add("rtoMinutes", "Positive", "ict.error.positive");
        if (in.rpoMinutes() == null || in.rpoMinutes() < 0) errors.add("rpoMinutes", "PositiveOrZero", "ict.error.positiveOrZero");
        List<String> served = new ArrayList<>();
        for (String m : in.missions() == null ? List.<String>of() : new LinkedHashSet<>(in.missions())) {
            if (m == null || m.isBlank()) continue;
            String mc = m.strip().toUpperCase(Locale.ROOT);
            if (missions.find(mc).isEmpty()) errors.add("missions", "UnknownMission", "ict.error.unknownMission", mc);
            else served.add(mc);
        }
        Map<Priority, Target> targets = new EnumMap<>(ServiceRules.defaultTargets());
        if (in.targets() != null) {
            for (var e : in.targets().entrySet()) {
                Priority p;
                try {
                    p = Priority.valueOf(e.getKey().strip().toUpperCase(Locale.ROOT));
                } catch (RuntimeException x) {
                    errors.add("targets." + e.getKey(), "OneOf", "ict.error.oneOf", "P1, P2, P3, P4");
                    continue;
                }
                if (e.getValue() == null || !e.getValue().valid()) {
                    errors.add("targets." + p, "Target", "ict.error.target");
                } else {
                    targets.put(p, e.getValue());
                }
            }
        }
        String successor = in.successorCode() == null || in.successorCode().isBlank() ? null
                : in.successorCode().strip().toUpperCase(Locale.ROOT);
        if (successor != null) {
            Optional<ServiceSummary> s = service(successor);
            Kind sk = s.map(x -> Kind.valueOf(x.kind())).orElse(null);
            if (s.isEmpty()) errors.add("successorCode", "UnknownService", "ict.error.unknownService", successor);
            else if (!ServiceRules.validSuccession(code, kind, successor, sk)) {
                errors.add("successorCode", "EnterpriseSuccessor", "ict.error.successor");
            }
        }
        errors.throwIfAny();
        return new Valid(code, kind, hours, status, successor, served, targets);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, IctFieldErrors errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            errors.add(field, "OneOf", "ict.error.oneOf", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }
}
