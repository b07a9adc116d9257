package org.fieldsupport.platform.work.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.ops.DataGeneration;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.internal.AccessDecisions;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.WorkItemOpened;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work items in table {@code work_item}. "Mine" is computed from the user's role assignments valid today: items
 * assigned to the user, to a role the user holds in a covering scope, or to a unit in whose scope the user holds a
 * role. The candidates are read with one statement (by assignee name), the role scopes are checked in Java (the
 * scope hierarchy lives in beans, not in SQL), then sorted and paged; open work of one person is small.
 */
@Service
public class JdbcWorkItems implements WorkItems {

    static final String ENTITY = "platform.work-item";
    /** Closed items of a person read at most (newest first) for the "closed" list. */
    static final int CLOSED_MAX = 2000;
    private static final String ARG_SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final AccessDecisions access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkItemGeneration generation;
    /** A user's candidates (whose items, in which order), kept per node for the work items' generation. */
    private final DataGeneration.Cache<Inbox, List<Candidate>> inboxes;
    /** Items as read in full, kept per node for the generation (shared by every inbox showing them). */
    private final DataGeneration.Cache<Long, WorkItem> items;

    JdbcWorkItems(JdbcClient jdbc, AccessDecisions access, ApplicationEventPublisher events,
                  WorkItemGeneration generation) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = Clock.systemUTC();
        this.generation = generation;
        this.inboxes = generation.cache(2_000);
        this.items = generation.cache(20_000);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    @Transactional
    public WorkItem open(NewWorkItem item) {
        Assignee a = item.assignee();
        Optional<WorkItem> existing = jdbc.sql("SELECT * FROM work_item WHERE record_type = ? AND record_id = ?"
                        + " AND assignee_kind = ? AND assignee_name = ? AND state = 'OPEN'")
                .params(item.recordType(), item.recordId(), a.kind().name(), a.name())
                .query(JdbcWorkItems::row).list().stream()
                .filter(w -> java.util.Objects.equals(w.assignee().scope(), a.scope())).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        String by = CurrentUser.usernameOrSystem();
        Instant at = Instant.now(clock);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO work_item (record_type, record_id, reference, title_key, title_args, link,
                            assignee_kind, assignee_name, assignee_scope, due_on, state, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(item.recordType(), item.recordId(), item.reference(), item.titleKey(),
                        item.titleArgs().isEmpty() ? null : String.join(ARG_SEPARATOR, item.titleArgs()), item.link(),
                        a.kind().name(), a.name(), a.scope() == null ? null : a.scope().toString(), item.dueOn(),
                        by, Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        WorkItem stored = find(id).orElseThrow();
        events.publishEvent(DataChanged.created(ENTITY, id, audit(stored)));
        events.publishEvent(new WorkItemOpened(stored));
        return stored;
    }

    public Optional<WorkItem> find(long id) {
        return jdbc.sql("SELECT * FROM work_item WHERE id = ?").param(id).query(JdbcWorkItems::row).optional();
    }

    @Override
    @Transactional
    public int closeFor(String recordType, String recordId) {
        List<WorkItem> open = jdbc.sql("SELECT * FROM work_item WHERE record_type = ? AND record_id = ?"
                        + " AND state = 'OPEN' ORDER BY id")
                .params(recordType, recordId).query(JdbcWorkItems::row).list();
        if (open.isEmpty()) {
            return 0;
        }
        String by = CurrentUser.usernameOrSystem();
        Instant at = Instant.now(clock);
        int closed = 0;
        for (WorkItem w : open) {
            int n = jdbc.sql("UPDATE work_item SET state = 'CLOSED', closed_by = ?, closed_at = ?, version = version + 1"
                            + " WHERE id = ? AND state = 'OPEN'")
                    .params(by, Timestamp.from(at), w.id()).update();
            if (n == 1) {
                closed++;
                events.publishEvent(DataChanged.updated(ENTITY, w.id(), audit(w), audit(find(w.id()).orElseThrow())));
            }
        }
        return closed;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> forRecord(String recordType, String recordId) {
        return jdbc.sql("SELECT * FROM work_item WHERE record_type = ? AND record_id = ? ORDER BY id")
                .params(recordType, recordId).query(JdbcWorkItems::row).list();
    }

    /**
     * Not in a transaction of its own (session 7): under READ COMMITTED two statements of one transaction see two
     * snapshots anyway, so a transaction bought nothing but its BEGIN and COMMIT round trips — a third of the kept
     * inbox's database work. Inside a caller's transaction it joins it (and reads afresh, {@link #keptGeneration}).
     */
    @Override
    public PageResponse<WorkItem> assignedTo(String username, WorkItem.State state, PageQuery page) {
        long now = keptGeneration();
        List<Candidate> all = candidates(now, username, state);
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return PageResponse.of(rows(now, all.subList(from, to)), page, all.size());
    }

    @Override
    public long openCount(String username) {
        return candidates(keptGeneration(), username, WorkItem.State.OPEN).size();
    }

    /**
     * The work items' generation committed now, read before any item (so what is kept under it is at least as new),
     * or -1 when nothing may be kept (embedded H2, or inside a read-write transaction). Issue 20: an inbox read is then
     * this one statement while no work item changed anywhere; any committed change makes every node read again.
     */
    private long keptGeneration() {
        return generation.usable() ? generation.current() : -1;
    }

    /** Whose inbox: the user, the list, the day (overdue order) and the roles held that day. */
    private record Inbox(String username, WorkItem.State state, LocalDate day, List<Held> held) { }

    /**
     * What deciding whether an item is the user's, and its place in the list, needs (issue 20: an HR officer's inbox
     * read and mapped every column of 200 items to show 20; now the page's rows alone are read in full).
     */
    private record Candidate(long id, Assignee assignee, LocalDate dueOn) { }

    private List<Candidate> candidates(long now, String username, WorkItem.State state) {
        List<Held> held = held(username);
        if (now < 0) {
            return candidates(username, state, held);
        }
        return inboxes.get(now, new Inbox(username, state, today(), held), () -> candidates(username, state, held));
    }

    private List<Candidate> candidates(String username, WorkItem.State state, List<Held> held) {
        Set<String> roles = held.stream().map(Held::role).collect(Collectors.toSet());
        Set<String> units = held.stream().filter(h -> h.scope().type() == Scope.ScopeType.UNIT)
                .map(h -> h.scope().key()).collect(Collectors.toSet());
        StringBuilder sql = new StringBuilder("SELECT id, assignee_kind, assignee_name, assignee_scope, due_on "
                + "FROM work_item WHERE state = :state AND ((assignee_kind = 'USER' AND assignee_name = :user)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("state", state.name());
        params.put("user", username);
        // a role held only at scopes that cover nothing but themselves (a mission, a Member State) is narrowed to
        // those scopes in SQL (an HR officer of one mission does not read the other missions' items); the coverage
        // check below still decides
        Set<String> anyScope = new java.util.TreeSet<>();
        Map<String, Set<String>> onlyScopes = new java.util.TreeMap<>();
        for (String role : roles) {
            List<Scope> scopes = held.stream().filter(h -> h.role().equals(role)).map(Held::scope).toList();
            if (scopes.stream().allMatch(access::coversOnlyItself)) {
                onlyScopes.put(role, scopes.stream().map(Scope::toString).collect(Collectors.toCollection(java.util.TreeSet::new)));
            } else {
                anyScope.add(role);
            }
        }
        if (!anyScope.isEmpty()) {
            sql.append(" OR (assignee_kind = 'ROLE' AND assignee_name IN (:roles))");
            params.put("roles", anyScope);
        }
        int r = 0;
        for (Map.Entry<String, Set<String>> e : onlyScopes.entrySet()) {
            sql.append(" OR (assignee_kind = 'ROLE' AND assignee_name = :role").append(r)
                    .append(" AND assignee_scope IN (:scopes").append(r).append("))");
            params.put("role" + r, e.getKey());
            params.put("scopes" + r, e.getValue());
            r++;
        }
        if (!units.isEmpty()) {
            sql.append(" OR (assignee_kind = 'UNIT' AND assignee_name IN (:units))");
            params.put("units", units);
        }
        sql.append(")");
        if (state == WorkItem.State.CLOSED) {
            sql.append(" ORDER BY closed_at DESC FETCH FIRST ").append(CLOSED_MAX).append(" ROWS ONLY");
        }
        List<Candidate> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            String scope = rs.getString(4);
            return new Candidate(rs.getLong(1), new Assignee(Assignee.Kind.valueOf(rs.getString(2)), rs.getString(3),
                    scope == null ? null : Scope.parse(scope)), rs.getObject(5, LocalDate.class));
        }).list();
        LocalDate today = today();
        List<Candidate> mine = new ArrayList<>();
        for (Candidate c : rows) {
            if (c.assignee().kind() != Assignee.Kind.ROLE || held.stream().anyMatch(
                    h -> h.role().equals(c.assignee().name()) && access.covers(h.scope(), c.assignee().scope()))) {
                mine.add(c);
            }
        }
        if (state == WorkItem.State.OPEN) { // overdue first, then by due date (none last), then oldest first
            mine.sort(Comparator.comparing((Candidate c) -> !(c.dueOn() != null && c.dueOn().isBefore(today)))
                    .thenComparing(Candidate::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(Candidate::id));
        }
        return List.copyOf(mine);
    }

    /** The page's items in full, in the candidates' order (those kept for generation {@code now} not read again). */
    private List<WorkItem> rows(long now, List<Candidate> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkItem> byId = new java.util.HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Candidate c : page) {
            WorkItem kept = now < 0 ? null : items.peek(now, c.id());
            if (kept != null) {
                byId.put(c.id(), kept);
            } else {
                missing.add(c.id());
            }
        }
        if (!missing.isEmpty()) {
            jdbc.sql("SELECT * FROM work_item WHERE id IN (:ids)").param("ids", missing)
                    .query(JdbcWorkItems::row).list()
                    .forEach(w -> {
                        byId.put(w.id(), w);
                        if (now >= 0) items.put(now, w.id(), w);
                    });
        }
        List<WorkItem> out = new ArrayList<>(page.size());
        for (Candidate c : page) {
            WorkItem w = byId.get(c.id());
            if (w != null) out.add(w);
        }
        return out;
    }

    private record Held(String role, Scope scope) { }

    /** The usernames an assignee stands for today (enabled users): the user; role holders covering the scope; unit staff. */
    public List<String> recipients(Assignee a) {
        if (a.kind() == Assignee.Kind.USER) {
            return List.of(a.name());
        }
        LocalDate today = today();
        String sql = """
                SELECT DISTINCT u.username, ra.scope_type, ra.scope_key FROM role_assignment ra
                JOIN app_user u ON u.id = ra.user_id
                WHERE u.enabled = TRUE AND (ra.valid_from IS NULL OR ra.valid_from <= ?)
                  AND (ra.valid_to IS NULL OR ra.valid_to >= ?)"""
                + (a.kind() == Assignee.Kind.ROLE ? " AND ra.role_name = ?" : " AND ra.scope_type = 'UNIT' AND ra.scope_key = ?");
        return jdbc.sql(sql).params(today, today, a.name())
                .query((rs, n) -> {
                    Scope.ScopeType type = Scope.ScopeType.valueOf(rs.getString(2));
                    Scope held = type == Scope.ScopeType.DEPARTMENT ? Scope.department() : new Scope(type, rs.getString(3));
                    return a.kind() == Assignee.Kind.UNIT || access.covers(held, a.scope()) ? rs.getString(1) : null;
                })
                .list().stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /**
     * The user's roles and scopes today, as the permission checks see them (issue 20: from the grants cache rather
     * than a statement on every inbox read; a change of roles on this node shows at once, elsewhere within its TTL).
     */
    private List<Held> held(String username) {
        return access.assignmentsValidOn(username, today()).stream()
                .map(a -> new Held(a.roleName(), a.scope())).toList();
    }

    static WorkItem row(ResultSet rs, int n) throws SQLException {
        String args = rs.getString("title_args");
        Assignee.Kind kind = Assignee.Kind.valueOf(rs.getString("assignee_kind"));
        String scope = rs.getString("assignee_scope");
        Assignee assignee = new Assignee(kind, rs.getString("assignee_name"),
                scope == null ? null : Scope.parse(scope));
        Timestamp closedAt = rs.getTimestamp("closed_at");
        java.sql.Date due = rs.getDate("due_on");
        return new WorkItem(rs.getLong("id"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("reference"), rs.getString("title_key"),
                args == null ? List.of() : Arrays.asList(args.split(ARG_SEPARATOR, -1)), rs.getString("link"),
                assignee, due == null ? null : due.toLocalDate(), WorkItem.State.valueOf(rs.getString("state")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("closed_by"),
                closedAt == null ? null : closedAt.toInstant());
    }

    private static Map<String, Object> audit(WorkItem w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordType", w.recordType());
        m.put("recordId", w.recordId());
        m.put("reference", w.reference());
        m.put("titleKey", w.titleKey());
        m.put("assignee", w.assignee().kind() + ":" + w.assignee().name()
                + (w.assignee().scope() == null || w.assignee().kind() == Assignee.Kind.UNIT ? ""
                : "@" + w.assignee().scope()));
        m.put("dueOn", w.dueOn() == null ? null : w.dueOn().toString());
        m.put("state", w.state().name());
        return m;
    }
}
