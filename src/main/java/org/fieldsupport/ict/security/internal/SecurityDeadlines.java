package org.fieldsupport.ict.security.internal;

import static org.fieldsupport.ict.operations.IctInfraPermissions.SECURITY_MANAGE;
import static org.fieldsupport.ict.operations.IctInfraPermissions.SECURITY_READ;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldsupport.ict.operations.Check;
import org.fieldsupport.ict.security.domain.IncidentResponse.Deadline;
import org.fieldsupport.ict.security.domain.IncidentResponse.Deadlines;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of security incident response as effective-dated parameters: the platform's figures are defaults
 * pending OICT's; the CISO ({@code ict.security.manage} at department scope) sets a deadline's hours from a date, and
 * an incident counts with the figures in force on its detection date (UTC). A figure can be set from today on, never
 * for the past: incidents already reported keep the deadlines they were given. Every change is audited.
 */
@Service
public class SecurityDeadlines {

    static final Set<String> NAMES = Arrays.stream(Deadline.values()).map(Enum::name).collect(Collectors.toSet());

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final ApplicationEventPublisher events;

    SecurityDeadlines(JdbcClient jdbc, IctAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    /** One figure set by the CISO. */
    public record Entry(long id, String deadline, int hours, LocalDate effectiveFrom, String reason, String setBy, Instant setAt) { }

    /** A deadline as it stands today: hours, since when (null = the default), who set it, and the next change if any. */
    public record Current(String deadline, int hours, int defaultHours, LocalDate since, String setBy, String reason,
                          Entry next) { }

    public record SetDeadline(String deadline, Integer hours, LocalDate effectiveFrom, String reason) { }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private List<Entry> entries() {
        return jdbc.sql("SELECT id, deadline, hours, effective_from, reason, set_by, set_at FROM ictsec_deadline"
                        + " ORDER BY deadline, effective_from")
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    /** The figures in force on {@code day}: for each deadline the latest set on or before it, else the default. */
    Deadlines inForce(LocalDate day) {
        Map<Deadline, Integer> hours = new EnumMap<>(Deadline.class);
        for (Entry e : entries()) {
            if (!e.effectiveFrom().isAfter(day) && NAMES.contains(e.deadline())) {
                hours.put(Deadline.valueOf(e.deadline()), e.hours()); // ordered by date: the latest wins
            }
        }
        return new Deadlines(hours);
    }

    /** The figures an incident detected at {@code detectedAt} counts with. */
    public Deadlines forIncident(Instant detectedAt) {
        return inForce(detectedAt.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** Every deadline as it stands today, for those who read security records. */
    @Transactional(readOnly = true)
    public List<Current> current() {
        access.visible(SECURITY_READ);
        LocalDate today = today();
        List<Entry> all = entries();
        List<Current> out = new ArrayList<>();
        for (Deadline d : Deadline.values()) {
            Entry now = null, next = null;
            for (Entry e : all) {
                if (!e.deadline().equals(d.name())) continue;
                if (!e.effectiveFrom().isAfter(today)) now = e;
                else if (next == null) next = e;
            }
            out.add(new Current(d.name(), now == null ? d.defaultHours() : now.hours(), d.defaultHours(),
                    now == null ? null : now.effectiveFrom(), now == null ? null : now.setBy(),
                    now == null ? null : now.reason(), next));
        }
        return out;
    }

    /** Every figure ever set, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> history() {
        access.visible(SECURITY_READ);
        List<Entry> all = new ArrayList<>(entries());
        all.sort((a, b) -> b.setAt().compareTo(a.setAt()) != 0 ? b.setAt().compareTo(a.setAt()) : Long.compare(b.id(), a.id()));
        return all;
    }

    /** Sets a deadline's hours from a date (today or later); the same deadline and date again replaces the figure. */
    @Transactional
    public Entry set(SetDeadline in) {
        String user = access.require(SECURITY_MANAGE, null);
        Check c = new Check();
        c.oneOf("deadline", in.deadline(), NAMES).range("hours", in.hours(), 1, 8760).required("effectiveFrom", in.effectiveFrom())
                .text("reason", in.reason(), 500);
        if (in.effectiveFrom() != null && in.effectiveFrom().isBefore(today())) {
            c.add("effectiveFrom", "FutureOrPresent", "ictinfra.deadline.notPast");
        }
        c.done();
        Entry before = jdbc.sql("SELECT id, deadline, hours, effective_from, reason, set_by, set_at FROM ictsec_deadline"
                        + " WHERE deadline = ? AND effective_from = ?").params(in.deadline(), in.effectiveFrom())
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).optional().orElse(null);
        Timestamp now = Timestamp.from(Instant.now());
        if (before == null) {
            jdbc.sql("INSERT INTO ictsec_deadline (deadline, hours, effective_from, reason, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(in.deadline(), in.hours(), in.effectiveFrom(), in.reason().strip(), user, now).update();
        } else {
            jdbc.sql("UPDATE ictsec_deadline SET hours = ?, reason = ?, set_by = ?, set_at = ? WHERE id = ?")
                    .params(in.hours(), in.reason().strip(), user, now, before.id()).update();
        }
        Entry after = jdbc.sql("SELECT id, deadline, hours, effective_from, reason, set_by, set_at FROM ictsec_deadline"
                        + " WHERE deadline = ? AND effective_from = ?").params(in.deadline(), in.effectiveFrom())
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).single();
        events.publishEvent(before == null ? DataChanged.created("ict.security-deadline", after.id(), after)
                : DataChanged.updated("ict.security-deadline", after.id(), before, after));
        return after;
    }
}
