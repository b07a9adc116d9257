package org.fieldsupport.organization.delegation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the register: filtered pages, expiring delegations, who holds what per mission, use log. */
@Component
@Transactional(readOnly = true)
public class DelegationQueries {

    public record Filter(String authority, String mission, String status, String holder) {
        static String norm(String s) { return s == null || s.isBlank() ? null : s.strip(); }
    }

    public record UseEntry(long id, String person, String authority, String mission, BigDecimal amount,
                           String currency, String grade, LocalDate onDate, boolean allowed, String reason,
                           String purpose, String reference, String usedBy, OffsetDateTime usedAt,
                           String actingFor) { }

    /** API sort fields → columns. */
    public static final Map<String, String> SORTS = Map.of(
            "id", "d.id", "authority", "d.authority_type", "delegatee", "d.delegatee_key",
            "validTo", "d.valid_to", "validFrom", "d.valid_from", "status", "d.status",
            "limitAmount", "d.limit_amount");

    private static final String COLUMNS = "d.id, d.parent_id, d.authority_type, d.delegator_kind, d.delegator_key,"
            + " d.delegatee_kind, d.delegatee_key, d.limit_amount, d.limit_currency, d.grade_limit, d.all_missions,"
            + " d.valid_from, d.valid_to, d.may_sub_delegate, d.acknowledged_on, d.acknowledged_by, d.status,"
            + " d.status_reason, d.status_changed_on, d.version, d.created_by, d.created_at, d.modified_by,"
            + " d.modified_at";

    private final JdbcClient jdbc;

    DelegationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResponse<DelegationSummary> search(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        String authority = Filter.norm(filter.authority());
        if (authority != null) {
            where.append(" AND d.authority_type = :authority");
            params.put("authority", authority.toUpperCase(Locale.ROOT));
        }
        String status = Filter.norm(filter.status());
        if (status != null) {
            where.append(" AND d.status = :status");
            params.put("status", status.toUpperCase(Locale.ROOT));
        }
        String mission = Filter.norm(filter.mission());
        if (mission != null) {
            where.append(" AND (d.all_missions = TRUE OR EXISTS (SELECT 1 FROM org_delegation_mission m"
                    + " WHERE m.delegation_id = d.id AND m.mission_code = :mission))");
            params.put("mission", mission.toUpperCase(Locale.ROOT));
        }
        String holder = Filter.norm(filter.holder());
        if (holder != null) {
            where.append(" AND LOWER(d.delegatee_key) LIKE :holder");
            params.put("holder", "%" + holder.toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        String order = page.orderBy() == null ? "d.id DESC" : page.orderBy() + ", d.id";
        long total = jdbc.sql("SELECT COUNT(*) FROM org_delegation d" + where).params(params)
                .query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<DelegationSummary> items = withMissions(jdbc.sql("SELECT " + COLUMNS + " FROM org_delegation d" + where
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params).query(DelegationQueries::row).list());
        return PageResponse.of(items, page, total);
    }

    public DelegationSummary summary(long id) {
        return withMissions(jdbc.sql("SELECT " + COLUMNS + " FROM org_delegation d WHERE d.id = ?").param(id)
                .query(DelegationQueries::row).list()).stream().findFirst().orElse(null);
    }

    /** Active delegations whose validity ends between {@code today} and {@code today + days} (inclusive). */
    public List<DelegationSummary> expiring(LocalDate today, int days) {
        return withMissions(jdbc.sql("SELECT " + COLUMNS + " FROM org_delegation d WHERE d.status = 'ACTIVE'"
                        + " AND d.valid_to IS NOT NULL AND d.valid_to >= ? AND d.valid_to <= ? ORDER BY d.valid_to, d.id")
                .params(today, today.plusDays(days)).query(DelegationQueries::row).list());
    }

    public long countExpiring(LocalDate today, int days) {
        return jdbc.sql("SELECT COUNT(*) FROM org_delegation d WHERE d.status = 'ACTIVE' AND d.valid_to IS NOT NULL"
                        + " AND d.valid_to >= ? AND d.valid_to <= ?")
                .params(today, today.plusDays(days)).query(Long.class).single();
    }

    /**
     * Who holds what for a mission on a date: active delegations valid that day whose scope covers the
     * mission (named, or all missions), by authority then holder. Unacknowledged ones are included and
     * flagged by the view (they do not take effect until accepted).
     */
    public List<DelegationSummary> heldForMission(String mission, LocalDate date) {
        return withMissions(jdbc.sql("SELECT " + COLUMNS + " FROM org_delegation d WHERE d.status = 'ACTIVE'"
                        + " AND d.valid_from <= :date AND (d.valid_to IS NULL OR d.valid_to >= :date)"
                        + " AND (d.all_missions = TRUE OR EXISTS (SELECT 1 FROM org_delegation_mission m"
                        + " WHERE m.delegation_id = d.id AND m.mission_code = :mission))"
                        + " ORDER BY d.authority_type, d.delegatee_kind, d.delegatee_key, d.id")
                .param("date", date).param("mission", mission.strip().toUpperCase(Locale.ROOT))
                .query(DelegationQueries::row).list());
    }

    /** Mission codes named in any delegation (for the report's pick list, until missions are on main). */
    public List<String> missionCodes() {
        return jdbc.sql("SELECT DISTINCT mission_code FROM org_delegation_mission ORDER BY mission_code")
                .query(String.class).list();
    }

    public List<DelegationSummary> subDelegationsOf(long id) {
        return withMissions(jdbc.sql("SELECT " + COLUMNS + " FROM org_delegation d WHERE d.parent_id = ? ORDER BY d.id")
                .param(id).query(DelegationQueries::row).list());
    }

    /** Uses that went through this delegation, newest first. */
    public List<UseEntry> usesOf(long delegationId, int limit) {
        return jdbc.sql("SELECT u.id, u.person, u.authority, u.mission, u.amount, u.currency, u.grade, u.on_date,"
                        + " u.allowed, u.reason, u.purpose, u.reference, u.used_by, u.used_at, u.acting_for FROM org_delegation_use u"
                        + " JOIN org_delegation_use_link l ON l.use_id = u.id WHERE l.delegation_id = ?"
                        + " ORDER BY u.used_at DESC, u.id DESC LIMIT ?")
                .params(delegationId, limit)
                .query((rs, n) -> new UseEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getObject(14, OffsetDateTime.class), rs.getString(15)))
                .list();
    }

    private List<DelegationSummary> withMissions(List<DelegationSummary> found) {
        List<Long> ids = found.stream().filter(d -> !d.allMissions()).map(DelegationSummary::id).toList();
        if (ids.isEmpty()) {
            return found;
        }
        Map<Long, List<String>> byId = new HashMap<>();
        jdbc.sql("SELECT delegation_id, mission_code FROM org_delegation_mission WHERE delegation_id IN (:ids)"
                        + " ORDER BY mission_code")
                .param("ids", ids)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        byId.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return found.stream().map(d -> d.allMissions() ? d : withMissions(d, byId.getOrDefault(d.id(), List.of())))
                .toList();
    }

    private static DelegationSummary withMissions(DelegationSummary d, List<String> missions) {
        return new DelegationSummary(d.id(), d.parentId(), d.authority(), d.delegatorKind(), d.delegator(),
                d.delegateeKind(), d.delegatee(), d.limitAmount(), d.limitCurrency(), d.gradeLimit(), d.allMissions(),
                List.copyOf(missions), d.validFrom(), d.validTo(), d.maySubDelegate(), d.acknowledgedOn(),
                d.acknowledgedBy(), d.status(), d.statusReason(), d.statusChangedOn(), d.version(), d.createdBy(),
                d.createdAt(), d.modifiedBy(), d.modifiedAt());
    }

    private static DelegationSummary row(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong(2);
        Long parentId = rs.wasNull() ? null : parent;
        return new DelegationSummary(rs.getLong(1), parentId, rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getString(9), rs.getString(10),
                rs.getBoolean(11), List.of(), rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class),
                rs.getBoolean(14), rs.getObject(15, LocalDate.class), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getObject(19, LocalDate.class), rs.getLong(20), rs.getString(21),
                rs.getObject(22, OffsetDateTime.class), rs.getString(23), rs.getObject(24, OffsetDateTime.class));
    }
}
