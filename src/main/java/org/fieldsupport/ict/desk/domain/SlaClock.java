package org.fieldsupport.ict.desk.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SLA clocks of a ticket (rule set {@value #RULE_SET}) as a pure function of its recorded events.
 *
 * <ul>
 *   <li><b>Response</b>: from OPENED to the first RESPONDED, WAITING (asking the requester is a response) or RESOLVED;
 *       never paused.</li>
 *   <li><b>Resolution</b>: runs while the ticket is open and not waiting on the requester: WAITING pauses it, RESUMED
 *       restarts it, RESOLVED stops it, REOPENED restarts it from where it stopped (the time spent resolved is not
 *       counted), CLOSED ends the ticket (later events are ignored).</li>
 *   <li><b>Targets</b>: those of the priority in force at evaluation (the last OPENED or PRIORITY_CHANGED), applied
 *       to the whole running time; a clock is breached when its running time exceeds its target.</li>
 *   <li><b>Clock changes</b>: events are taken in timestamp order (ties in recorded order); an event stamped before
 *       OPENED counts as at OPENED, and {@code now} before the last event counts as the last event, so no duration
 *       is ever negative.</li>
 * </ul>
 * Every instant from OPENED to the end (CLOSED, or {@code now}) is in exactly one of running, paused, stopped.
 * Under {@value #RULE_SET_V2} every duration (response, running, paused, stopped) and every due instant is counted in
 * the service's support hours ({@link SupportCalendar}): outside them, and on the desk's public holidays, no clock
 * moves; a desk whose settings changed counts each stretch of time in the settings then in force
 * ({@link EffectiveCalendar}).
 */
public final class SlaClock {

    public static final String RULE_SET = "ICT-SLA-2026-v1";

    /** v1 counted in the service's support hours ({@link SupportCalendar}); with 24×7 support the two agree. */
    public static final String RULE_SET_V2 = "ICT-SLA-2026-v2";

    /** The calendar a rule set counts in: v1 every minute, v2 the given support hours. */
    public static SupportTime calendar(String ruleSet, SupportTime supportHours) {
        return RULE_SET_V2.equals(ruleSet) && supportHours != null ? supportHours : SupportCalendar.ALWAYS;
    }

    public enum Kind { OPENED, RESPONDED, WAITING, RESUMED, RESOLVED, REOPENED, CLOSED, PRIORITY_CHANGED }

    public enum State { RUNNING, PAUSED, STOPPED, CLOSED }

    /** One recorded event; {@code priority} is set on OPENED and PRIORITY_CHANGED. */
    public record Event(Instant at, Kind kind, Priority priority) {
        public Event {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
        }

        public static Event of(Instant at, Kind kind) { return new Event(at, kind, null); }
    }

    /** Targets of one priority. */
    public record Target(Duration response, Duration resolution) {
        public static Target minutes(long response, long resolution) {
            return new Target(Duration.ofMinutes(response), Duration.ofMinutes(resolution));
        }
    }

    /**
     * The clocks at {@code now}. {@code responseDueAt} is null once responded; {@code resolutionDueAt} is the instant
     * the resolution target is reached if the clock keeps running (null unless RUNNING).
     */
    public record Result(Priority priority, State state, Instant openedAt, Instant respondedAt, Instant resolvedAt,
                         Duration response, Duration running, Duration paused, Duration stopped,
                         boolean responseBreached, boolean resolutionBreached, Instant responseDueAt,
                         Instant resolutionDueAt, int reopenings) {

        public long responseMinutes() { return response.toMinutes(); }

        public long resolutionMinutes() { return running.toMinutes(); }

        public long pausedMinutes() { return paused.toMinutes(); }
    }

    private SlaClock() { }

    public static Result compute(List<Event> recorded, Map<Priority, Target> targets, Instant now) {
        return compute(recorded, targets, now, SupportCalendar.ALWAYS);
    }

    /** The clocks counted in {@code calendar}'s support hours. */
    public static Result compute(List<Event> recorded, Map<Priority, Target> targets, Instant now, SupportTime calendar) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(calendar, "calendar");
        if (recorded.isEmpty()) throw new IllegalArgumentException("a ticket has at least its OPENED event");
        List<Event> events = new ArrayList<>(recorded);
        events.sort(Comparator.comparing(Event::at)); // stable: ties keep their recorded order
        Instant opened = events.stream().filter(e -> e.kind() == Kind.OPENED).map(Event::at).findFirst()
                .orElse(events.get(0).at());
        Priority priority = Priority.P3;
        State state = State.RUNNING;
        Instant since = opened;
        Instant respondedAt = null;
        Instant resolvedAt = null;
        Duration running = Duration.ZERO, paused = Duration.ZERO, stopped = Duration.ZERO;
        int reopenings = 0;
        boolean seenOpen = false;
        for (Event e : events) {
            if (state == State.CLOSED) break;
            Instant at = e.at().isBefore(opened) ? opened : e.at();
            Duration d = calendar.between(since, at);
            switch (state) {
                case RUNNING -> running = running.plus(d);
                case PAUSED -> paused = paused.plus(d);
                case STOPPED -> stopped = stopped.plus(d);
                default -> { }
            }
            since = at;
            switch (e.kind()) {
                case OPENED -> {
                    if (!seenOpen && e.priority() != null) priority = e.priority();
                    seenOpen = true;
                }
                case PRIORITY_CHANGED -> { if (e.priority() != null) priority = e.priority(); }
                case RESPONDED -> { if (respondedAt == null) respondedAt = at; }
                case WAITING -> {
                    if (respondedAt == null) respondedAt = at;
                    if (state == State.RUNNING) state = State.PAUSED;
                }
                case RESUMED -> { if (state == State.PAUSED) state = State.RUNNING; }
                case RESOLVED -> {
                    if (respondedAt == null) respondedAt = at;
                    if (state == State.RUNNING || state == State.PAUSED) {
                        state = State.STOPPED;
                        resolvedAt = at;
                    }
                }
                case REOPENED -> {
                    if (state == State.STOPPED) {
                        state = State.RUNNING;
                        resolvedAt = null;
                        reopenings++;
                    }
                }
                case CLOSED -> {
                    if (state == State.RUNNING || state == State.PAUSED) resolvedAt = at;
                    state = State.CLOSED;
                }
            }
        }
        if (state != State.CLOSED) {
            Instant end = now.isBefore(since) ? since : now;
            Duration d = calendar.between(since, end);
            switch (state) {
                case RUNNING -> running = running.plus(d);
                case PAUSED -> paused = paused.plus(d);
                case STOPPED -> stopped = stopped.plus(d);
                default -> { }
            }
            since = end;
        }
        Target target = targets.get(priority);
        if (target == null) throw new IllegalArgumentException("no target for " + priority);
        Instant responseEnd = respondedAt != null ? respondedAt : since;
        Duration response = calendar.between(opened, responseEnd);
        boolean responseBreached = response.compareTo(target.response()) > 0;
        boolean resolutionBreached = running.compareTo(target.resolution()) > 0;
        Instant responseDueAt = respondedAt == null ? calendar.plus(opened, target.response()) : null;
        Duration left = target.resolution().minus(running);
        Instant resolutionDueAt = state == State.RUNNING
                ? (left.isNegative() ? since.plus(left) : calendar.plus(since, left)) : null;
        return new Result(priority, state, opened, respondedAt, resolvedAt, response, running, paused, stopped,
                responseBreached, resolutionBreached, responseDueAt, resolutionDueAt, reopenings);
    }
}
