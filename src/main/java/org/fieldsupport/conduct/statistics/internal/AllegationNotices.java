package org.fieldsupport.conduct.statistics.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fieldsupport.conduct.cases.domain.NeedToKnow;
import org.fieldsupport.conduct.cases.internal.ConductAccess;
import org.fieldsupport.platform.jobs.JobLock;
import org.fieldsupport.platform.notice.Notices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscription to "new allegation" notices (5.7.g): a subscriber is told, through the platform's notices (in-app and
 * e-mail), how many allegations were recorded since the last notice, per mission, and nothing else: no reference,
 * no type, no subject, no link to a case. Need-to-know applies to the subscriber when each notice is made: only
 * allegations of cases they may see count (their missions as conduct officer, all at headquarters, cases given to
 * them), so a subscriber who loses the role stops receiving counts. Only users who see some case may subscribe.
 */
@Service
public class AllegationNotices {

    public static final String TITLE_KEY = "conduct.subscription.notice";
    public static final String LINK = "/conduct/statistics";

    public record Subscription(boolean subscribed, OffsetDateTime since, OffsetDateTime lastNotifiedAt) { }

    private final JdbcClient jdbc;
    private final ConductAccess access;
    private final Notices notices;
    private final JobLock jobLock;

    AllegationNotices(JdbcClient jdbc, ConductAccess access, Notices notices, JobLock jobLock) {
        this.jdbc = jdbc;
        this.access = access;
        this.notices = notices;
        this.jobLock = jobLock;
    }

    @Transactional(readOnly = true)
    public Subscription mine() {
        String user = access.user();
        return jdbc.sql("SELECT subscribed_at, last_notified_at FROM conduct_subscription WHERE username = ?").param(user)
                .query((rs, n) -> new Subscription(true, rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)))
                .optional().orElse(new Subscription(false, null, null));
    }

    /** Subscribes the signed-in user (idempotent); counting starts from now. 403 for a user who sees no case. */
    @Transactional
    public Subscription subscribe() {
        String user = access.user();
        if (!access.of(user).seesAny()) {
            throw new AccessDeniedException("no conduct case within need-to-know");
        }
        if (!mine().subscribed()) {
            long last = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM conduct_allegation").query(Long.class).single();
            jdbc.sql("INSERT INTO conduct_subscription (username, subscribed_at, last_allegation_id) VALUES (?, ?, ?)")
                    .params(user, OffsetDateTime.now(ZoneOffset.UTC), last).update();
        }
        return mine();
    }

    @Transactional
    public Subscription unsubscribe() {
        jdbc.sql("DELETE FROM conduct_subscription WHERE username = ?").param(access.user()).update();
        return mine();
    }

    @Scheduled(cron = "${fsp.conduct.allegation-notices-cron:0 0 * * * *}", zone = "UTC")
    void hourly() {
        jobLock.runOnce("conduct.allegation-notices", Duration.ofMinutes(20), Duration.ofMinutes(1), this::notifySubscribers);
    }

    /**
     * One notice per subscriber with new allegations they may see: "N new allegations recorded (MINUSCA 2, UNMISS 1)".
     * Allegations outside the subscriber's need-to-know are skipped silently (and not counted later either).
     *
     * @return notices made
     */
    @Transactional
    public int notifySubscribers() {
        long max = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM conduct_allegation").query(Long.class).single();
        record Sub(String username, long last) { }
        List<Sub> subs = jdbc.sql("SELECT username, last_allegation_id FROM conduct_subscription WHERE last_allegation_id < ?")
                .param(max).query((rs, n) -> new Sub(rs.getString(1), rs.getLong(2))).list();
        int made = 0;
        for (Sub sub : subs) {
            NeedToKnow ntk = access.of(sub.username());
            Map<String, Long> perMission = new TreeMap<>();
            if (ntk.seesAny()) {
                List<Object> params = new ArrayList<>(List.of(sub.last(), max));
                jdbc.sql("SELECT c.mission_code, COUNT(*) FROM conduct_allegation a JOIN conduct_case c ON c.id = a.case_id"
                                + " WHERE a.id > ? AND a.id <= ? AND " + visibility(ntk, params) + " GROUP BY c.mission_code")
                        .params(params).query((rs, n) -> perMission.put(rs.getString(1), rs.getLong(2))).list();
            }
            long total = perMission.values().stream().mapToLong(Long::longValue).sum();
            if (total > 0) {
                List<String> parts = new ArrayList<>();
                perMission.forEach((m, n) -> parts.add(m + " " + n));
                notices.inform(sub.username(), TITLE_KEY, List.of(Long.toString(total), String.join(", ", parts)), LINK);
                made++;
            }
            jdbc.sql("UPDATE conduct_subscription SET last_allegation_id = ?, last_notified_at = CASE WHEN ? THEN ?"
                            + " ELSE last_notified_at END WHERE username = ?")
                    .params(max, total > 0, OffsetDateTime.now(ZoneOffset.UTC), sub.username()).update();
        }
        return made;
    }

    /** The need-to-know clause of the case register (same rule as the case list). */
    static String visibility(NeedToKnow ntk, List<Object> params) {
        if (ntk.headquarters()) return "1 = 1";
        List<String> parts = new ArrayList<>();
        if (!ntk.officerMissions().isEmpty()) {
            parts.add("c.mission_code IN (" + String.join(", ", ntk.officerMissions().stream().map(m -> "?").toList()) + ")");
            params.addAll(new TreeSet<>(ntk.officerMissions()));
        }
        if (!ntk.grantedCases().isEmpty()) {
            parts.add("c.id IN (" + String.join(", ", ntk.grantedCases().stream().map(m -> "?").toList()) + ")");
            params.addAll(new TreeSet<>(ntk.grantedCases()));
        }
        return parts.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", parts) + ")";
    }
}
