package org.fieldsupport.claims.deathdisability.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldsupport.claims.deathdisability.domain.DndClaim;
import org.fieldsupport.claims.rules.domain.DeathAndDisability;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.platform.api.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Death-and-disability claims and their status history in {@code claims_dnd_claim(_history)}. */
@Repository
public class DndClaimStore {

    private static final String COLUMNS = "id, reference, member_state, mission_code, member_name, member_number, "
            + "incident_date, kind, impairment_percent, board_of_inquiry_ref, received_on, status, reject_reason, "
            + "amount, closed_on, version";

    private final JdbcClient jdbc;

    DndClaimStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code visible} null = no restriction by the reader's scopes. */
    public record Filter(String memberState, String missionCode, DndClaim.Status status, ClaimsAccess.Visible visible) { }

    long insert(DndClaim claim, String user) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO claims_dnd_claim (reference, member_state, mission_code, member_name, member_number,
                            incident_date, kind, impairment_percent, board_of_inquiry_ref, received_on, status,
                            reject_reason, amount, currency, closed_on, version, created_by, created_at, modified_by,
                            modified_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, 0, ?, ?, ?, ?)""")
                .params(claim.reference(), claim.memberState(), claim.missionCode(), claim.memberName(),
                        claim.memberNumber(), claim.incidentDate(), claim.kind().name(), claim.impairmentPercent(),
                        claim.boardOfInquiryReference(), claim.receivedOn(), claim.status().name(),
                        claim.rejectReason(), claim.amount(), claim.closedOn(), user, now, user, now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertHistory(id, claim.history(), 0);
        return id;
    }

    void update(DndClaim claim, int knownHistory, String user) {
        int rows = jdbc.sql("""
                        UPDATE claims_dnd_claim SET status = ?, reject_reason = ?, amount = ?, closed_on = ?,
                            version = version + 1, modified_by = ?, modified_at = ?
                        WHERE id = ? AND version = ?""")
                .params(claim.status().name(), claim.rejectReason(), claim.amount(), claim.closedOn(), user,
                        OffsetDateTime.now(ZoneOffset.UTC), claim.id(), claim.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("claims_dnd_claim " + claim.id() + " changed meanwhile");
        }
        insertHistory(claim.id(), claim.history(), knownHistory);
    }

    /**
     * Stores a claim's own fields and new history entries after the workflow kit moved its status and version
     * (compare-and-set, the row is locked by this transaction).
     */
    void updateFields(DndClaim claim, int knownHistory, String user) {
        jdbc.sql("""
                        UPDATE claims_dnd_claim SET reject_reason = ?, amount = ?, closed_on = ?, modified_by = ?,
                            modified_at = ? WHERE id = ? AND status = ?""")
                .params(claim.rejectReason(), claim.amount(), claim.closedOn(), user,
                        OffsetDateTime.now(ZoneOffset.UTC), claim.id(), claim.status().name())
                .update();
        insertHistory(claim.id(), claim.history(), knownHistory);
    }

    private void insertHistory(long claimId, List<DndClaim.Change> history, int from) {
        for (int i = from; i < history.size(); i++) {
            DndClaim.Change change = history.get(i);
            jdbc.sql("INSERT INTO claims_dnd_claim_history (claim_id, seq, status, changed_by, changed_at, note) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(claimId, i, change.status().name(), change.by(),
                            change.at().atOffset(ZoneOffset.UTC), change.note())
                    .update();
        }
    }

    Optional<DndClaim> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM claims_dnd_claim WHERE id = ?").param(id)
                .query((rs, n) -> row(rs)).optional()
                .map(row -> row.toClaim(history(id)));
    }

    boolean exists(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM claims_dnd_claim WHERE reference = ?").param(reference)
                .query(Long.class).single() > 0;
    }

    boolean boardReferenceExists(String boardOfInquiryReference) {
        return jdbc.sql("SELECT COUNT(*) FROM claims_dnd_claim WHERE board_of_inquiry_ref = ?")
                .param(boardOfInquiryReference).query(Long.class).single() > 0;
    }

    public long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT COUNT(*) FROM claims_dnd_claim" + where(filter, params)).params(params)
                .query(Long.class).single();
    }

    /** Claims of the filter, without their history (lists do not show it). */
    List<DndClaim> list(Filter filter, PageQuery page) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM claims_dnd_claim" + where(filter, params)
                + " ORDER BY " + page.orderByOr("received_on ASC") + ", id ASC LIMIT " + page.size()
                + " OFFSET " + page.offset();
        return jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list().stream()
                .map(row -> row.toClaim(List.of())).toList();
    }

    /**
     * Claims certified (certification recorded in their history) in [from, to) and still certified or paid,
     * optionally of one Member State / mission and within the missions a reader may see (null = all).
     */
    public List<DndClaim> certifiedBetween(java.time.Instant from, java.time.Instant to, String memberState,
                                    String missionCode, java.util.Set<String> missions) {
        if (missions != null && missions.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)));
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS.replaceAll("(^|, )", "$1c.") + " FROM claims_dnd_claim c"
                + " WHERE c.status IN ('CERTIFIED', 'PAID') AND EXISTS (SELECT 1 FROM claims_dnd_claim_history h"
                + " WHERE h.claim_id = c.id AND h.status = 'CERTIFIED' AND h.changed_at >= ? AND h.changed_at < ?)");
        if (memberState != null) {
            sql.append(" AND c.member_state = ?");
            params.add(memberState);
        }
        if (missionCode != null) {
            sql.append(" AND c.mission_code = ?");
            params.add(missionCode);
        }
        if (missions != null) {
            sql.append(" AND c.mission_code IN (").append(marks(missions.size())).append(")");
            params.addAll(missions.stream().sorted().toList());
        }
        sql.append(" ORDER BY c.member_state, c.mission_code, c.id");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list().stream()
                .map(row -> row.toClaim(List.of())).toList();
    }

    /** Open claims (received, information requested, certified), and those received before the target. */
    long[] openAndOverdue(LocalDate today, ClaimsAccess.Visible visible) {
        List<Object> params = new ArrayList<>();
        String where = where(new Filter(null, null, null, visible), params);
        String open = (where.isEmpty() ? " WHERE " : where + " AND ")
                + "status IN ('RECEIVED', 'INFORMATION_REQUESTED', 'CERTIFIED')";
        long openCount = jdbc.sql("SELECT COUNT(*) FROM claims_dnd_claim" + open).params(params)
                .query(Long.class).single();
        List<Object> overdueParams = new ArrayList<>(params);
        overdueParams.add(today.minusDays(DndClaim.TARGET_DAYS));
        long overdue = jdbc.sql("SELECT COUNT(*) FROM claims_dnd_claim" + open + " AND received_on < ?")
                .params(overdueParams).query(Long.class).single();
        return new long[] {openCount, overdue};
    }

    private static String where(Filter filter, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.memberState() != null) {
            conditions.add("member_state = ?");
            params.add(filter.memberState());
        }
        if (filter.missionCode() != null) {
            conditions.add("mission_code = ?");
            params.add(filter.missionCode());
        }
        if (filter.status() != null) {
            conditions.add("status = ?");
            params.add(filter.status().name());
        }
        if (filter.visible() != null) {
            List<String> either = new ArrayList<>();
            if (!filter.visible().missions().isEmpty()) {
                either.add("mission_code IN (" + marks(filter.visible().missions().size()) + ")");
                params.addAll(filter.visible().missions().stream().sorted().toList());
            }
            if (!filter.visible().memberStates().isEmpty()) {
                either.add("member_state IN (" + marks(filter.visible().memberStates().size()) + ")");
                params.addAll(filter.visible().memberStates().stream().sorted().toList());
            }
            conditions.add(either.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", either) + ")");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private List<DndClaim.Change> history(long id) {
        return jdbc.sql("SELECT status, changed_by, changed_at, note FROM claims_dnd_claim_history "
                        + "WHERE claim_id = ? ORDER BY seq").param(id)
                .query((rs, n) -> new DndClaim.Change(DndClaim.Status.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
                .list();
    }

    private record Row(long id, String reference, String memberState, String missionCode, String memberName,
                       String memberNumber, LocalDate incidentDate, String kind, Integer impairment, String board,
                       LocalDate receivedOn, String status, String rejectReason, java.math.BigDecimal amount,
                       LocalDate closedOn, long version) {
        DndClaim toClaim(List<DndClaim.Change> history) {
            return new DndClaim(id, reference, memberState, missionCode, memberName, memberNumber, incidentDate,
                    DeathAndDisability.Kind.valueOf(kind), impairment, board, receivedOn,
                    DndClaim.Status.valueOf(status), rejectReason, amount, closedOn, version, history);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                (Integer) rs.getObject(9, Integer.class), rs.getString(10), rs.getObject(11, LocalDate.class),
                rs.getString(12), rs.getString(13), rs.getBigDecimal(14), rs.getObject(15, LocalDate.class),
                rs.getLong(16));
    }
}
