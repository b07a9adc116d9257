package org.fieldsupport.ict.desk.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fieldsupport.ict.ServiceCatalogue.ServiceSummary;
import org.fieldsupport.ict.catalogue.internal.CatalogueService;
import org.fieldsupport.ict.desk.domain.Priority;
import org.fieldsupport.ict.desk.domain.SlaClock;
import org.fieldsupport.ict.shared.internal.IctDemoData;
import org.fieldsupport.platform.security.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Demo desks of MINUSCA, UNMISS and MONUSCO: 500 tickets over the last six months with their events (answers, pauses
 * waiting on the requester, escalations, reopenings, closures with ratings), clocks computed by {@link SlaClock}; and
 * a few changes around this month for the change calendar. Seeded random (same data on every installation).
 */
@Component
@DemoData.OnDemoData
@Order(1)
class DeskDemo implements IctDemoData.IctDemoParts {

    static final List<String> MISSIONS = List.of("MINUSCA", "UNMISS", "MONUSCO");
    static final String[] INCIDENTS = {"Cannot log in", "Link down at team site", "E-mail not syncing", "Printer offline",
            "Radio repeater silent", "Application error on save", "Slow connection", "Laptop will not start"};
    static final String[] REQUESTS = {"New account for arriving staff", "Access to shared folder", "Laptop replacement",
            "VTC booking support", "Software installation", "Mobile radio programming", "Wi-Fi for new office block"};

    private final JdbcClient jdbc;
    private final CatalogueService catalogue;
    private final DeskService desk;

    DeskDemo(JdbcClient jdbc, CatalogueService catalogue, DeskService desk) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.desk = desk;
    }

    @Override
    public String name() { return "service desks (500 tickets)"; }

    @Override
    public boolean loaded() {
        return jdbc.sql("SELECT COUNT(*) FROM ict_ticket WHERE requester = 'ict.requester.minusca'").query(Long.class).single() > 0;
    }

    @Override
    public void load() {
        Random r = new Random(55);
        Instant now = desk.now().truncatedTo(ChronoUnit.MINUTES);
        Map<String, Map<Priority, org.fieldsupport.ict.catalogue.domain.ServiceRules.Target>> targets = catalogue.allTargets();
        for (int i = 0; i < 500; i++) {
            String mission = MISSIONS.get(i % 3);
            List<ServiceSummary> services = catalogue.servingMission(mission);
            ServiceSummary s = services.get(r.nextInt(services.size()));
            int roll = r.nextInt(100);
            String kind = roll < 60 ? "INCIDENT" : roll < 95 ? "REQUEST" : "PROBLEM";
            int impact = 1 + Math.min(2, r.nextInt(4)), urgency = 1 + Math.min(2, r.nextInt(4));
            Priority p = Priority.of(impact, urgency);
            var t = DeskService.toClock(targets.get(s.code())).get(p);
            Instant opened = now.minus(Duration.ofMinutes(r.nextInt(180 * 24 * 60)));
            List<SlaClock.Event> ev = new ArrayList<>();
            List<String[]> notes = new ArrayList<>();
            ev.add(new SlaClock.Event(opened, SlaClock.Kind.OPENED, p));
            notes.add(new String[] {"ict.requester." + mission.toLowerCase(), null});
            String agent = "servicedesk." + mission.toLowerCase();
            Instant at = opened.plus(Duration.ofMinutes(1 + r.nextInt((int) Math.max(2, t.response().toMinutes() * 13 / 10))));
            String status = "NEW", line = "FIRST";
            Integer satisfaction = null;
            Instant closed = null;
            if (at.isBefore(now)) {
                ev.add(SlaClock.Event.of(at, SlaClock.Kind.RESPONDED));
                notes.add(new String[] {agent, null});
                status = "IN_PROGRESS";
                long work = 1 + (long) (r.nextDouble() * t.resolution().toMinutes() * 1.25);
                if (r.nextInt(100) < 25) { // asks the requester something
                    Instant w = at.plus(Duration.ofMinutes(work / 3));
                    Instant back = w.plus(Duration.ofMinutes(30 + r.nextInt(2000)));
                    if (w.isBefore(now)) {
                        ev.add(SlaClock.Event.of(w, SlaClock.Kind.WAITING));
                        notes.add(new String[] {agent, "Please confirm the asset tag"});
                        status = "WAITING";
                        if (back.isBefore(now)) {
                            ev.add(SlaClock.Event.of(back, SlaClock.Kind.RESUMED));
                            notes.add(new String[] {"ict.requester." + mission.toLowerCase(), "Asset tag sent"});
                            status = "IN_PROGRESS";
                            at = back.plus(Duration.ofMinutes(work - work / 3));
                        } else {
                            at = null;
                        }
                    } else {
                        at = null;
                    }
                } else {
                    at = at.plus(Duration.ofMinutes(work));
                }
                if (r.nextInt(100) < 8 && at != null) {
                    line = "SECOND";
                }
                if (at != null && at.isBefore(now)) {
                    ev.add(SlaClock.Event.of(at, SlaClock.Kind.RESOLVED));
                    notes.add(new String[] {agent, "Fixed"});
                    status = "RESOLVED";
                    if (r.nextInt(100) < 5) {
                        Instant re = at.plus(Duration.ofMinutes(60 + r.nextInt(1440)));
                        Instant again = re.plus(Duration.ofMinutes(30 + r.nextInt(600)));
                        if (again.isBefore(now)) {
                            ev.add(SlaClock.Event.of(re, SlaClock.Kind.REOPENED));
                            notes.add(new String[] {"ict.requester." + mission.toLowerCase(), "Still failing"});
                            ev.add(SlaClock.Event.of(again, SlaClock.Kind.RESOLVED));
                            notes.add(new String[] {agent, "Fixed for good"});
                            at = again;
                        }
                    }
                    Instant close = at.plus(Duration.ofMinutes(60 + r.nextInt(3 * 1440)));
                    if (close.isBefore(now)) {
                        ev.add(SlaClock.Event.of(close, SlaClock.Kind.CLOSED));
                        notes.add(new String[] {"ict.requester." + mission.toLowerCase(), null});
                        status = "CLOSED";
                        closed = close;
                        if (r.nextInt(100) < 70) satisfaction = Math.max(1, Math.min(5, 5 - Math.abs((int) (r.nextGaussian() * 1.3))));
                    }
                }
            }
            SlaClock.Result c = SlaClock.compute(ev, DeskService.toClock(targets.get(s.code())), now,
                    desk.calendar(mission, s.code()));
            String title = "INCIDENT".equals(kind) || "PROBLEM".equals(kind) ? INCIDENTS[r.nextInt(INCIDENTS.length)]
                    : REQUESTS[r.nextInt(REQUESTS.length)];
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO ict_ticket (reference, mission_code, kind, service_code, title, impact, urgency, priority, status,"
                            + " line, requester, assignee, opened_at, responded_at, resolved_at, closed_at, response_minutes,"
                            + " resolution_minutes, paused_minutes, response_due_at, resolution_due_at, response_breached,"
                            + " resolution_breached, breach_notified, reopenings, satisfaction, sla_rule_set, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params("D-" + i + "-" + mission, mission, kind, s.code(), title, impact, urgency, p.name(), status, line,
                            "ict.requester." + mission.toLowerCase(), c.respondedAt() == null ? null : agent,
                            DeskService.odt(opened), DeskService.odt(c.respondedAt()), DeskService.odt(c.resolvedAt()),
                            DeskService.odt(closed), c.responseMinutes(), c.resolutionMinutes(), c.pausedMinutes(),
                            DeskService.odt(c.responseDueAt()), DeskService.odt(c.resolutionDueAt()), c.responseBreached(),
                            c.resolutionBreached(), true, c.reopenings(), satisfaction, SlaClock.RULE_SET_V2)
                    .update(keys, "id");
            long id = keys.getKeyAs(Number.class).longValue();
            jdbc.sql("UPDATE ict_ticket SET reference = ? WHERE id = ?").params("ICT-" + mission + "-" + id, id).update();
            for (int k = 0; k < ev.size(); k++) {
                desk.event(id, ev.get(k).at(), ev.get(k).kind().name(), ev.get(k).priority() == null ? null : ev.get(k).priority().name(),
                        notes.get(k)[0], notes.get(k)[1]);
            }
            if ("SECOND".equals(line)) desk.event(id, opened.plusSeconds(60), "ESCALATED", null, agent, "Needs headquarters");
        }
        // changes around this month: approved, awaiting approval, implemented
        LocalDate first = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        String[][] changes = {
                {"MINUSCA", "VSAT", "Replace modem at Bangui hub", "HIGH", "3", "APPROVED"},
                {"MINUSCA", "EMAIL", "Mailbox migration wave 2", "MEDIUM", "10", "SUBMITTED"},
                {"UNMISS", "WAN", "Router firmware upgrade in Juba", "MEDIUM", "7", "APPROVED"},
                {"UNMISS", "UNMISS-POC", "POC register release 3.2", "LOW", "15", "SUBMITTED"},
                {"MONUSCO", "TETRA", "TETRA base station move in Goma", "HIGH", "20", "SUBMITTED"},
                {"MONUSCO", "DESKTOP", "Operating system patch campaign", "LOW", "2", "IMPLEMENTED"}};
        for (String[] c : changes) {
            Instant start = first.plusDays(Integer.parseInt(c[4])).atTime(18, 0).toInstant(ZoneOffset.UTC);
            Priority p = Priority.of(c[3].equals("HIGH") ? 1 : c[3].equals("MEDIUM") ? 2 : 3, 3);
            var t = desk.insert(c[0], "CHANGE", c[1], c[2], null, c[3].equals("HIGH") ? 1 : c[3].equals("MEDIUM") ? 2 : 3, 3, p,
                    "servicedesk." + c[0].toLowerCase(), start.minus(Duration.ofDays(5)).isAfter(now) ? now : start.minus(Duration.ofDays(5)));
            jdbc.sql("INSERT INTO ict_change (ticket_id, mission_code, service_code, risk, planned_start, planned_end, status,"
                            + " decided_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(t.id(), c[0], c[1], c[3], DeskService.odt(start), DeskService.odt(start.plus(Duration.ofHours(4))), c[5],
                            "SUBMITTED".equals(c[5]) ? null : "ict.hq")
                    .update();
        }
    }
}
