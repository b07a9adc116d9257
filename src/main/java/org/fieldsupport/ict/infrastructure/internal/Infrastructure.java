package org.fieldsupport.ict.infrastructure.internal;

import static org.fieldsupport.ict.operations.IctInfraPermissions.C4_REQUEST;
import static org.fieldsupport.ict.operations.IctInfraPermissions.INFRA_DIRECT;
import static org.fieldsupport.ict.operations.IctInfraPermissions.INFRA_MANAGE;
import static org.fieldsupport.ict.operations.IctInfraPermissions.INFRA_READ;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.ict.infrastructure.domain.LinkAvailability;
import org.fieldsupport.ict.operations.Check;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites (the Brindisi teleport, the Valencia hub, missions' data centres) with their strategic direction, links
 * (satellite, terrestrial, microwave; bandwidth, provider, contract) with recorded outages and monthly availability,
 * major equipment, and command-and-control communications support for military and police components.
 * Headquarters sites (no mission) are read by every holder of the read permission; a mission's records by that
 * mission's users only.
 */
@Service
public class Infrastructure {

    public static final Set<String> KINDS = Set.of("TELEPORT", "HUB", "DATA_CENTRE");
    public static final Set<String> MEDIA = Set.of("SATELLITE", "TERRESTRIAL", "MICROWAVE");
    public static final Set<String> EQUIPMENT = Set.of("VSAT_HUB", "ANTENNA", "ROUTER", "SWITCH", "SERVER", "STORAGE",
            "RADIO_REPEATER", "GENERATOR", "UPS");
    public static final Set<String> COMPONENTS = Set.of("MILITARY", "POLICE");
    public static final Set<String> C4_KINDS = Set.of("SERVICE_REQUEST", "LINK", "EQUIPMENT");
    public static final Set<String> C4_STATUS = Set.of("REQUESTED", "IN_SERVICE", "WITHDRAWN");

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final ApplicationEventPublisher events;

    Infrastructure(JdbcClient jdbc, IctAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    public record NewSite(String code, String name, String kind, String missionCode, String location) { }

    public record Site(long id, String code, String name, String kind, String missionCode, String location,
                       String direction, String directionStatus, String directionBy, OffsetDateTime directionAt) { }

    public record NewLink(String code, Long fromSiteId, Long toSiteId, String medium, Integer bandwidthMbps, String provider,
                          String contractRef, LocalDate contractEnd, BigDecimal targetPercent) { }

    public record Link(long id, String code, long fromSiteId, String fromSite, long toSiteId, String toSite, String missionCode,
                       String medium, int bandwidthMbps, String provider, String contractRef, LocalDate contractEnd,
                       BigDecimal targetPercent) { }

    public record NewOutage(Instant startedAt, Instant endedAt, String cause) { }

    public record Outage(long id, long linkId, Instant startedAt, Instant endedAt, String cause, String recordedBy) { }

    public record NewEquipment(String kind, String model, String serialNo, LocalDate installedOn, LocalDate endOfSupport) { }

    public record Equipment(long id, long siteId, String kind, String model, String serialNo, LocalDate installedOn,
                            LocalDate endOfSupport, boolean pastEndOfSupport) { }

    public record DirectionChange(String action, String text) { }

    public record NewC4(String missionCode, String component, String unitName, String kind, Long linkId, Long equipmentId,
                        String description) { }

    public record C4Support(long id, String missionCode, String component, String unitName, String kind, Long linkId,
                            Long equipmentId, String description, String status, String requestedBy, OffsetDateTime requestedAt) { }

    public record LinkView(Link link, List<LinkAvailability.Month> months, List<Outage> outages) { }

    // ---------------------------------------------------------------- sites

    public List<Site> sites() {
        Optional<Set<String>> visible = access.visible(INFRA_READ);
        return jdbc.sql("SELECT * FROM ictinf_site ORDER BY CASE kind WHEN 'TELEPORT' THEN 0 WHEN 'HUB' THEN 1 ELSE 2 END, code")
                .query(this::siteRow).list().stream().filter(s -> visibleTo(visible, s.missionCode())).toList();
    }

    public Site site(long id) {
        Site s = jdbc.sql("SELECT * FROM ictinf_site WHERE id = ?").param(id).query(this::siteRow).optional()
                .orElseThrow(() -> new NotFoundException("site", id));
        access.requireSees(INFRA_READ, s.missionCode(), "site", id);
        return s;
    }

    public Optional<Site> siteByCode(String code) {
        return jdbc.sql("SELECT * FROM ictinf_site WHERE code = ?").param(code).query(this::siteRow).optional();
    }

    @Transactional
    public Site addSite(NewSite in) {
        Check c = new Check();
        String code = Check.strip(in.code());
        c.text("code", code, 30).text("name", in.name(), 160).oneOf("kind", in.kind(), KINDS).text("location", in.location(), 120);
        String mission = null;
        if ("DATA_CENTRE".equals(in.kind())) {
            mission = access.mission(c, "missionCode", in.missionCode());
        } else if (in.missionCode() != null && !in.missionCode().isBlank()) {
            c.add("missionCode", "HeadquartersSite", "ictinfra.site.hqNoMission");
        }
        if (code != null && siteByCode(code).isPresent()) {
            c.add("code", "Unique", "ictinfra.input.taken", code);
        }
        c.done();
        String user = access.require(INFRA_MANAGE, mission);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictinf_site (code, name, kind, mission_code, location, created_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, in.name().strip(), in.kind(), mission, in.location().strip(), user).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.site", id, in));
        return site(id);
    }

    /** Strategic direction of a site: proposed by infrastructure managers, approved or returned by headquarters. */
    @Transactional
    public Site direction(long id, DirectionChange ch) {
        Site s = site(id);
        Check c = new Check();
        c.oneOf("action", ch.action(), Set.of("propose", "approve", "return"));
        if ("propose".equals(ch.action())) {
            c.text("text", ch.text(), 2000);
        } else if ("return".equals(ch.action())) {
            c.text("text", ch.text(), 1000);
        }
        c.done();
        String user;
        String status;
        String text = s.direction();
        switch (ch.action()) {
            case "propose" -> {
                user = access.require(INFRA_MANAGE, s.missionCode());
                status = "PROPOSED";
                text = ch.text().strip();
            }
            case "approve" -> {
                user = access.require(INFRA_DIRECT, null);
                requireProposed(s);
                status = "APPROVED";
            }
            default -> {
                user = access.require(INFRA_DIRECT, null);
                requireProposed(s);
                status = "RETURNED";
                text = s.direction() + "\n— " + ch.text().strip();
            }
        }
        jdbc.sql("UPDATE ictinf_site SET direction = ?, direction_status = ?, direction_by = ?, direction_at = ? WHERE id = ?")
                .params(text, status, user, Timestamp.from(Instant.now()), id).update();
        events.publishEvent(DataChanged.updated("ict.site", id, Map.of("directionStatus", s.directionStatus()),
                Map.of("directionStatus", status)));
        return site(id);
    }

    private static void requireProposed(Site s) {
        if (!"PROPOSED".equals(s.directionStatus())) {
            throw new RuleRefusal("direction-not-proposed", "ictinfra.site.notProposed");
        }
    }

    // ---------------------------------------------------------------- links and outages

    private static final String LINK_SQL = "SELECT l.*, f.name AS from_name, t.name AS to_name, "
            + "COALESCE(t.mission_code, f.mission_code) AS link_mission FROM ictinf_link l "
            + "JOIN ictinf_site f ON f.id = l.from_site_id JOIN ictinf_site t ON t.id = l.to_site_id ";

    public List<Link> links() {
        Optional<Set<String>> visible = access.visible(INFRA_READ);
        return jdbc.sql(LINK_SQL + "ORDER BY l.code").query(this::linkRow).list().stream()
                .filter(l -> visibleTo(visible, l.missionCode())).toList();
    }

    public Link link(long id) {
        Link l = jdbc.sql(LINK_SQL + "WHERE l.id = ?").param(id).query(this::linkRow).optional()
                .orElseThrow(() -> new NotFoundException("link", id));
        access.requireSees(INFRA_READ, l.missionCode(), "link", id);
        return l;
    }

    public List<Link> linksOfSite(long siteId) {
        Optional<Set<String>> visible = access.visible(INFRA_READ);
        return jdbc.sql(LINK_SQL + "WHERE l.from_site_id = ? OR l.to_site_id = ? ORDER BY l.code").params(siteId, siteId)
                .query(this::linkRow).list().stream().filter(l -> visibleTo(visible, l.missionCode())).toList();
    }

    @Transactional
    public Link addLink(NewLink in) {
        Check c = new Check();
        String code = Check.strip(in.code());
        c.text("code", code, 40).required("fromSiteId", in.fromSiteId()).required("toSiteId", in.toSiteId())
                .oneOf("medium", in.medium(), MEDIA).range("bandwidthMbps", in.bandwidthMbps(), 1, 1_000_000)
                .text("provider", in.provider(), 120).text("contractRef", in.contractRef(), 60);
        if (in.targetPercent() == null) {
            c.required("targetPercent", null);
        } else if (in.targetPercent().compareTo(BigDecimal.ZERO) <= 0 || in.targetPercent().compareTo(new BigDecimal("100")) > 0
                || in.targetPercent().stripTrailingZeros().scale() > 3) {
            c.add("targetPercent", "Range", "ictinfra.input.percent");
        }
        Site from = in.fromSiteId() == null ? null : siteByIdRaw(in.fromSiteId());
        Site to = in.toSiteId() == null ? null : siteByIdRaw(in.toSiteId());
        if (in.fromSiteId() != null && from == null) {
            c.add("fromSiteId", "Unknown", "ictinfra.input.unknown", in.fromSiteId());
        }
        if (in.toSiteId() != null && to == null) {
            c.add("toSiteId", "Unknown", "ictinfra.input.unknown", in.toSiteId());
        }
        if (from != null && to != null && from.id() == to.id()) {
            c.add("toSiteId", "Distinct", "ictinfra.link.sameSite");
        }
        if (code != null && jdbc.sql("SELECT COUNT(*) FROM ictinf_link WHERE code = ?").param(code).query(Long.class).single() > 0) {
            c.add("code", "Unique", "ictinfra.input.taken", code);
        }
        c.done();
        String user = access.require(INFRA_MANAGE, to.missionCode() != null ? to.missionCode() : from.missionCode());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictinf_link (code, from_site_id, to_site_id, medium, bandwidth_mbps, provider, contract_ref, "
                        + "contract_end, target_pct, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, from.id(), to.id(), in.medium(), in.bandwidthMbps(), in.provider().strip(), in.contractRef().strip(),
                        in.contractEnd(), in.targetPercent(), user).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.link", id, in));
        return link(id);
    }

    @Transactional
    public Outage addOutage(long linkId, NewOutage in) {
        Link l = link(linkId);
        Check c = new Check();
        c.required("startedAt", in.startedAt()).text("cause", in.cause(), 400);
        if (in.startedAt() != null && in.startedAt().isAfter(Instant.now())) {
            c.add("startedAt", "Past", "ictinfra.input.past");
        }
        if (in.startedAt() != null && in.endedAt() != null && !in.endedAt().isAfter(in.startedAt())) {
            c.add("endedAt", "After", "ictinfra.outage.endBeforeStart");
        }
        c.done();
        String user = access.require(INFRA_MANAGE, l.missionCode());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictinf_outage (link_id, started_at, ended_at, cause, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(linkId, Timestamp.from(in.startedAt()), in.endedAt() == null ? null : Timestamp.from(in.endedAt()),
                        in.cause().strip(), user).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.link-outage", id, in));
        return outages(linkId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    /** Ends an outage still open. */
    @Transactional
    public Outage endOutage(long linkId, long outageId, Instant endedAt) {
        Link l = link(linkId);
        access.require(INFRA_MANAGE, l.missionCode());
        Outage o = outages(linkId).stream().filter(x -> x.id() == outageId).findFirst()
                .orElseThrow(() -> new NotFoundException("outage", outageId));
        Instant end = endedAt == null ? Instant.now() : endedAt;
        if (o.endedAt() != null) {
            throw new RuleRefusal("outage-ended", "ictinfra.outage.alreadyEnded");
        }
        if (!end.isAfter(o.startedAt())) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("endedAt", "After", "ictinfra.outage.endBeforeStart",
                    Check.label("endedAt"));
        }
        jdbc.sql("UPDATE ictinf_outage SET ended_at = ? WHERE id = ?").params(Timestamp.from(end), outageId).update();
        events.publishEvent(DataChanged.updated("ict.link-outage", outageId, Map.of(), Map.of("endedAt", end.toString())));
        return outages(linkId).stream().filter(x -> x.id() == outageId).findFirst().orElseThrow();
    }

    public List<Outage> outages(long linkId) {
        return jdbc.sql("SELECT * FROM ictinf_outage WHERE link_id = ? ORDER BY started_at DESC").param(linkId)
                .query((rs, n) -> new Outage(rs.getLong("id"), rs.getLong("link_id"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(),
                        rs.getString("cause"), rs.getString("created_by"))).list();
    }

    /** Availability per month from {@code from} to {@code to} (inclusive), computed from the recorded outages. */
    public LinkView availability(long linkId, YearMonth from, YearMonth to) {
        Link l = link(linkId);
        if (from.isAfter(to)) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("from", "Order", "ictinfra.input.fromAfterTo",
                    Check.label("from"));
        }
        if (from.plusMonths(36).isBefore(to)) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("to", "Range", "ictinfra.input.at36months",
                    Check.label("to"));
        }
        List<Outage> outages = outages(linkId);
        List<LinkAvailability.Outage> spans = outages.stream().map(o -> new LinkAvailability.Outage(o.startedAt(), o.endedAt())).toList();
        Instant now = Instant.now();
        List<LinkAvailability.Month> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(LinkAvailability.of(m, spans, now, l.targetPercent()));
        }
        return new LinkView(l, months, outages);
    }

    // ---------------------------------------------------------------- equipment

    public List<Equipment> equipment(long siteId) {
        site(siteId);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return jdbc.sql("SELECT * FROM ictinf_equipment WHERE site_id = ? ORDER BY kind, model").param(siteId)
                .query((rs, n) -> {
                    LocalDate eos = rs.getObject("end_of_support", LocalDate.class);
                    return new Equipment(rs.getLong("id"), rs.getLong("site_id"), rs.getString("kind"), rs.getString("model"),
                            rs.getString("serial_no"), rs.getObject("installed_on", LocalDate.class), eos,
                            eos != null && eos.isBefore(today));
                }).list();
    }

    @Transactional
    public Equipment addEquipment(long siteId, NewEquipment in) {
        Site s = site(siteId);
        Check c = new Check();
        c.oneOf("kind", in.kind(), EQUIPMENT).text("model", in.model(), 120).text("serialNo", in.serialNo(), 60)
                .required("installedOn", in.installedOn());
        if (in.installedOn() != null && in.endOfSupport() != null && !in.endOfSupport().isAfter(in.installedOn())) {
            c.add("endOfSupport", "After", "ictinfra.equipment.endBeforeInstall");
        }
        c.done();
        String user = access.require(INFRA_MANAGE, s.missionCode());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictinf_equipment (site_id, kind, model, serial_no, installed_on, end_of_support, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(siteId, in.kind(), in.model().strip(), in.serialNo().strip(), in.installedOn(), in.endOfSupport(), user)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.equipment", id, in));
        return equipment(siteId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- C4 support

    public List<C4Support> c4(String mission) {
        Optional<Set<String>> visible = access.visible(INFRA_READ);
        List<Object> params = new ArrayList<>();
        String where = IctAccess.missionFilter("mission_code", visible, params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return jdbc.sql("SELECT * FROM ictinf_c4_support WHERE " + where + " ORDER BY mission_code, component, requested_at DESC")
                .params(params).query(this::c4Row).list();
    }

    public C4Support c4Support(long id) {
        C4Support s = jdbc.sql("SELECT * FROM ictinf_c4_support WHERE id = ?").param(id).query(this::c4Row).optional()
                .orElseThrow(() -> new NotFoundException("c4-support", id));
        access.requireSees(INFRA_READ, s.missionCode(), "c4-support", id);
        return s;
    }

    /**
     * Records command-and-control communications support for a military or police unit: a service request, or a link
     * or piece of equipment of the mission's infrastructure assigned to it (a link must reach the mission's site; the
     * equipment must stand at one of the mission's sites).
     */
    @Transactional
    public C4Support addC4(NewC4 in) {
        Check c = new Check();
        String mission = access.mission(c, "missionCode", in.missionCode());
        c.oneOf("component", in.component(), COMPONENTS).text("unitName", in.unitName(), 160).oneOf("kind", in.kind(), C4_KINDS)
                .text("description", in.description(), 1000);
        if ("LINK".equals(in.kind())) {
            c.required("linkId", in.linkId());
        }
        if ("EQUIPMENT".equals(in.kind())) {
            c.required("equipmentId", in.equipmentId());
        }
        c.done();
        String user = access.require(C4_REQUEST, mission);
        Long linkId = null;
        Long equipmentId = null;
        if ("LINK".equals(in.kind())) {
            String linkMission = jdbc.sql("SELECT COALESCE(t.mission_code, f.mission_code) FROM ictinf_link l JOIN ictinf_site f "
                            + "ON f.id = l.from_site_id JOIN ictinf_site t ON t.id = l.to_site_id WHERE l.id = ?")
                    .param(in.linkId()).query(String.class).optional().orElse(null);
            if (!mission.equals(linkMission)) {
                throw new RuleRefusal("c4-outside-mission", "ictinfra.c4.linkOutsideMission", in.linkId(), mission);
            }
            linkId = in.linkId();
        }
        if ("EQUIPMENT".equals(in.kind())) {
            String eqMission = jdbc.sql("SELECT s.mission_code FROM ictinf_equipment e JOIN ictinf_site s ON s.id = e.site_id "
                    + "WHERE e.id = ?").param(in.equipmentId()).query(String.class).optional().orElse(null);
            if (!mission.equals(eqMission)) {
                throw new RuleRefusal("c4-outside-mission", "ictinfra.c4.equipmentOutsideMission", in.equipmentId(), mission);
            }
            equipmentId = in.equipmentId();
        }
        String status = "SERVICE_REQUEST".equals(in.kind()) ? "REQUESTED" : "IN_SERVICE";
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ictinf_c4_support (mission_code, component, unit_name, kind, link_id, equipment_id, description, "
                        + "status, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(mission, in.component(), in.unitName().strip(), in.kind(), linkId, equipmentId, in.description().strip(),
                        status, user, Timestamp.from(Instant.now())).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("ict.c4-support", id, in));
        return c4Support(id);
    }

    /** A request put in service, or support withdrawn (by infrastructure managers). */
    @Transactional
    public C4Support c4Status(long id, String status) {
        C4Support s = c4Support(id);
        new Check().oneOf("status", status, Set.of("IN_SERVICE", "WITHDRAWN")).done();
        access.require(INFRA_MANAGE, s.missionCode());
        if ("WITHDRAWN".equals(s.status()) || s.status().equals(status)) {
            throw new RuleRefusal("c4-status", "ictinfra.c4.statusOrder", s.status(), status);
        }
        jdbc.sql("UPDATE ictinf_c4_support SET status = ? WHERE id = ?").params(status, id).update();
        events.publishEvent(DataChanged.updated("ict.c4-support", id, Map.of("status", s.status()), Map.of("status", status)));
        return c4Support(id);
    }

    // ---------------------------------------------------------------- rows

    private Site siteByIdRaw(long id) {
        return jdbc.sql("SELECT * FROM ictinf_site WHERE id = ?").param(id).query(this::siteRow).optional().orElse(null);
    }

    static boolean visibleTo(Optional<Set<String>> visible, String mission) {
        return mission == null || visible.isEmpty() || visible.get().contains(mission);
    }

    private Site siteRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("direction_at");
        return new Site(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                rs.getString("mission_code"), rs.getString("location"), rs.getString("direction"),
                rs.getString("direction_status"), rs.getString("direction_by"),
                at == null ? null : at.toInstant().atOffset(ZoneOffset.UTC));
    }

    private Link linkRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Link(rs.getLong("id"), rs.getString("code"), rs.getLong("from_site_id"), rs.getString("from_name"),
                rs.getLong("to_site_id"), rs.getString("to_name"), rs.getString("link_mission"), rs.getString("medium"),
                rs.getInt("bandwidth_mbps"), rs.getString("provider"), rs.getString("contract_ref"),
                rs.getObject("contract_end", LocalDate.class), rs.getBigDecimal("target_pct"));
    }

    private C4Support c4Row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new C4Support(rs.getLong("id"), rs.getString("mission_code"), rs.getString("component"), rs.getString("unit_name"),
                rs.getString("kind"), (Long) rs.getObject("link_id", Long.class), (Long) rs.getObject("equipment_id", Long.class),
                rs.getString("description"), rs.getString("status"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant().atOffset(ZoneOffset.UTC));
    }
}
