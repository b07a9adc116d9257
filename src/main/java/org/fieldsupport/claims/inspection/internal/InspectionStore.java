package org.fieldsupport.claims.inspection.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.claims.inspection.domain.InspectionStatus;
import org.fieldsupport.claims.inspection.domain.InspectionType;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.shared.internal.EquipmentLabels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Inspections (table claims_verification and its findings), their attachments, and strength returns; plain SQL. */
@Repository
public class InspectionStore {

    private final JdbcClient jdbc;

    /** The record type of inspections in the platform kit's attachments. */
    public static final String ATTACHMENT_RECORD = "claims.inspection";

    private final org.fieldsupport.platform.attachment.Attachments files;

    InspectionStore(JdbcClient jdbc, org.fieldsupport.platform.attachment.Attachments files) {
        this.files = files;
        this.jdbc = jdbc;
    }

    /** What an inspection found on one major-equipment line ({@code found} is null on rows recorded before it was kept). */
    public record Finding(String line, Integer found, int serviceable) { }

    public record AttachmentInfo(long id, long inspectionId, String fileName, String contentType, long size,
                                 String sha256, String uploadedBy, OffsetDateTime uploadedAt) { }

    public record Inspection(long id, long contingentId, InspectionType type, LocalDate inspectedOn,
                             InspectionStatus status, String inspector, OffsetDateTime inspectorSignedAt,
                             String commander, String commanderRank, LocalDate commanderSignedOn, String remarks,
                             long version, String createdBy, OffsetDateTime createdAt, List<Finding> equipment,
                             Map<String, Rating> ratings, List<AttachmentInfo> attachments) {

        public boolean draft() { return status == InspectionStatus.DRAFT; }

        public Finding finding(String line) {
            return equipment.stream().filter(f -> f.line().equals(line)).findFirst().orElse(null);
        }
    }

    /** The MOU lines and contractor-provided categories an inspection may report on. */
    /** An Annex B line to inspect; French labels null when not known. */
    public record MouLine(String line, String category, String description, String leaseType, int mouQuantity,
                          String categoryFr, String descriptionFr) {

        /** The description in the reader's language ({@link EquipmentLabels}). */
        public String description(java.util.Locale locale) {
            return EquipmentLabels.of(locale, description, descriptionFr);
        }

        public String category(java.util.Locale locale) {
            return EquipmentLabels.of(locale, category, categoryFr);
        }
    }

    /** An MOU version that took effect: the one whose Annex B lines and Annex C categories an inspection reports on. */
    public record MouVersion(long id, int number, String kind, LocalDate effectiveFrom) { }

    /**
     * The MOU version in force on the date: the latest version that took effect on or before it, else the first
     * that takes effect later (an inspection before the first version's month); empty when none took effect.
     */
    public Optional<MouVersion> versionInForce(long contingentId, LocalDate on) {
        List<MouVersion> versions = jdbc.sql("""
                SELECT id, version_number, kind, effective_from FROM claims_mou_version
                WHERE contingent_id = ? AND status = 'EFFECTIVE' ORDER BY effective_from, version_number""")
                .param(contingentId)
                .query((rs, n) -> new MouVersion(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).list();
        MouVersion chosen = versions.isEmpty() ? null : versions.get(0);
        for (MouVersion v : versions) {
            if (!v.effectiveFrom().isAfter(on)) {
                chosen = v;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /** The Annex B lines of the MOU version in force on the date. */
    public List<MouLine> mouLines(long contingentId, LocalDate on) {
        Optional<MouVersion> version = versionInForce(contingentId, on);
        if (version.isEmpty()) {
            return List.of();
        }
        List<MouLine> lines = new ArrayList<>(jdbc.sql("""
                SELECT line, category, description, lease_type, mou_quantity, category_fr, description_fr
                FROM claims_mou_equipment
                WHERE version_id = ? ORDER BY id""")
                .param(version.get().id())
                .query((rs, n) -> new MouLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7)))
                .list());
        lines.sort(java.util.Comparator.comparing(MouLine::line, InspectionStore::naturalOrder));
        return lines;
    }

    /** Self-sustainment categories the contributor provides under the version in force (the ones an inspector rates). */
    public List<String> ratedCategories(long contingentId, LocalDate on) {
        Optional<MouVersion> version = versionInForce(contingentId, on);
        if (version.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT category FROM claims_mou_self_sustainment WHERE version_id = ? AND provided_by = 'CONTRIBUTOR'
                ORDER BY id""").param(version.get().id()).query(String.class).list();
    }

    /** ME-2 before ME-10. */
    static int naturalOrder(String a, String b) {
        String da = a.replaceAll("\\D", "");
        String db = b.replaceAll("\\D", "");
        String pa = a.replaceAll("\\d", "");
        String pb = b.replaceAll("\\d", "");
        if (pa.equals(pb) && !da.isEmpty() && !db.isEmpty() && da.length() < 10 && db.length() < 10) {
            return Integer.compare(Integer.parseInt(da), Integer.parseInt(db));
        }
        return a.compareTo(b);
    }

    public record Head(long id, String reference, String missionCode, String memberState, String unitType,
                       LocalDate deployedOn, LocalDate repatriatedOn) { }

    public Optional<Head> head(long contingentId) {
        return jdbc.sql("""
                SELECT id, reference, mission_code, member_state, unit_type, deployed_on, repatriated_on
                FROM claims_contingent WHERE id = ?""")
                .param(contingentId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                .optional();
    }

    /**
     * The contingents of the missions, by mission code, then Member State and reference (the order of a mission's
     * COE page); one statement per {@value #IN_LIST_LIMIT} missions.
     */
    public List<Head> heads(Collection<String> missionCodes) {
        List<Head> heads = new ArrayList<>();
        for (List<String> chunk : chunks(missionCodes)) {
            heads.addAll(jdbc.sql("""
                    SELECT id, reference, mission_code, member_state, unit_type, deployed_on, repatriated_on
                    FROM claims_contingent WHERE mission_code IN (:missions)
                    ORDER BY mission_code, member_state, reference""")
                    .param("missions", chunk)
                    .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
                    .list());
        }
        return heads;
    }

    public List<String> missionCodes() {
        return jdbc.sql("SELECT DISTINCT mission_code FROM claims_contingent ORDER BY mission_code").query(String.class).list();
    }

    private static final String COLUMNS = """
            id, contingent_id, inspection_type, verified_on, status, inspector, inspector_signed_at, commander,
            commander_rank, commander_signed_on, remarks, version, created_by, created_at""";

    public List<Inspection> list(long contingentId) {
        List<Inspection> heads = jdbc.sql("SELECT " + COLUMNS + " FROM claims_verification WHERE contingent_id = ? "
                        + "ORDER BY verified_on DESC, id DESC")
                .param(contingentId).query((rs, n) -> inspection(rs)).list();
        return heads;
    }

    public Optional<Inspection> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM claims_verification WHERE id = ?").param(id)
                .query((rs, n) -> inspection(rs)).optional()
                .map(this::withDetails);
    }

    private Inspection inspection(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Inspection(rs.getLong(1), rs.getLong(2), InspectionType.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class), InspectionStatus.valueOf(rs.getString(5)), rs.getString(6),
                rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getString(9),
                rs.getObject(10, LocalDate.class), rs.getString(11), rs.getLong(12), rs.getString(13),
                rs.getObject(14, OffsetDateTime.class), List.of(), Map.of(), List.of());
    }

    private Inspection withDetails(Inspection i) {
        List<Finding> equipment = new ArrayList<>(jdbc.sql("""
                SELECT line, found, serviceable FROM claims_verification_equipment WHERE verification_id = ?""")
                .param(i.id())
                .query((rs, n) -> new Finding(rs.getString(1), (Integer) rs.getObject(2, Integer.class), rs.getInt(3)))
                .list());
        equipment.sort(java.util.Comparator.comparing(Finding::line, InspectionStore::naturalOrder));
        Map<String, Rating> ratings = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT category, rating FROM claims_verification_category WHERE verification_id = ? ORDER BY category""")
                .param(i.id())
                .query(rs -> { ratings.put(rs.getString(1), Rating.valueOf(rs.getString(2))); });
        return new Inspection(i.id(), i.contingentId(), i.type(), i.inspectedOn(), i.status(), i.inspector(),
                i.inspectorSignedAt(), i.commander(), i.commanderRank(), i.commanderSignedOn(), i.remarks(),
                i.version(), i.createdBy(), i.createdAt(), equipment, ratings, attachments(i.id()));
    }

    /** The inspection's attachments, kept by the platform kit (record type {@value #ATTACHMENT_RECORD}). */
    public List<AttachmentInfo> attachments(long inspectionId) {
        return files.list(ATTACHMENT_RECORD, String.valueOf(inspectionId)).stream()
                .map(a -> new AttachmentInfo(a.id(), inspectionId, a.fileName(), a.contentType(), a.size(), a.sha256(),
                        a.uploadedBy(), a.uploadedAt().atOffset(java.time.ZoneOffset.UTC)))
                .toList();
    }

    public long insertDraft(long contingentId, InspectionType type, LocalDate inspectedOn, String remarks,
                            String user, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO claims_verification (contingent_id, inspection_type, verified_on, status, remarks, version,
                    created_by, created_at, modified_by, modified_at) VALUES (?, ?, ?, 'DRAFT', ?, 0, ?, ?, ?, ?)""")
                .params(contingentId, type.name(), inspectedOn, remarks, user, now, user, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Updates a DRAFT at the expected version; false when it is no longer a draft at that version. */
    public boolean updateDraft(long id, long expectedVersion, InspectionType type, LocalDate inspectedOn,
                               String remarks, String user, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE claims_verification SET inspection_type = ?, verified_on = ?, remarks = ?, version = version + 1,
                    modified_by = ?, modified_at = ? WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(type.name(), inspectedOn, remarks, user, now, id, expectedVersion)
                .update() == 1;
    }

    public void replaceFindings(long id, List<Finding> equipment, Map<String, Rating> ratings) {
        jdbc.sql("DELETE FROM claims_verification_equipment WHERE verification_id = ?").param(id).update();
        jdbc.sql("DELETE FROM claims_verification_category WHERE verification_id = ?").param(id).update();
        for (Finding f : equipment) {
            jdbc.sql("INSERT INTO claims_verification_equipment (verification_id, line, found, serviceable) VALUES (?, ?, ?, ?)")
                    .params(id, f.line(), f.found(), f.serviceable()).update();
        }
        ratings.forEach((category, rating) -> jdbc.sql(
                "INSERT INTO claims_verification_category (verification_id, category, rating) VALUES (?, ?, ?)")
                .params(id, category, rating.name()).update());
    }

    public boolean sign(long id, long expectedVersion, String inspector, OffsetDateTime signedAt, String commander,
                        String commanderRank, LocalDate commanderSignedOn) {
        return jdbc.sql("""
                UPDATE claims_verification SET status = 'SIGNED', inspector = ?, inspector_signed_at = ?, commander = ?,
                    commander_rank = ?, commander_signed_on = ?, version = version + 1, modified_by = ?, modified_at = ?
                WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(inspector, signedAt, commander, commanderRank, commanderSignedOn, inspector, signedAt, id,
                        expectedVersion)
                .update() == 1;
    }

    /**
     * Deletes a DRAFT at the expected version with its findings, ratings and attachments; false (nothing deleted)
     * when it is no longer a draft at that version. The first update locks the row, so a signature running at the
     * same time waits for this transaction and then finds no draft to sign.
     */
    public boolean deleteDraft(long id, long expectedVersion) {
        if (jdbc.sql("""
                UPDATE claims_verification SET version = version + 1
                WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(id, expectedVersion).update() != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM claims_verification_attachment WHERE verification_id = ?").param(id).update();  // rows from before V32_2
        files.deleteAll(ATTACHMENT_RECORD, String.valueOf(id));
        jdbc.sql("DELETE FROM claims_verification_equipment WHERE verification_id = ?").param(id).update();
        jdbc.sql("DELETE FROM claims_verification_category WHERE verification_id = ?").param(id).update();
        return jdbc.sql("DELETE FROM claims_verification WHERE id = ? AND status = 'DRAFT'").param(id).update() == 1;
    }

    public Optional<AttachmentInfo> attachment(long inspectionId, long attachmentId) {
        return attachments(inspectionId).stream().filter(a -> a.id() == attachmentId).findFirst();
    }

    /** Per contingent: the latest signed ARRIVAL and OPERATIONAL_READINESS dates and the drafts open. */
    public record ScheduleFacts(LocalDate lastArrival, LocalDate lastReadiness, int drafts) {

        /** A contingent without any inspection recorded. */
        public static final ScheduleFacts NONE = new ScheduleFacts(null, null, 0);
    }

    /**
     * The schedule facts of the missions' contingents that were not repatriated before {@code on} (all those
     * deployed on that day, and those deploying later), one statement per {@value #IN_LIST_LIMIT} missions; a
     * contingent without any inspection has no entry (its facts are {@link ScheduleFacts#NONE}).
     */
    public Map<Long, ScheduleFacts> scheduleFacts(Collection<String> missionCodes, LocalDate on) {
        Map<Long, ScheduleFacts> facts = new HashMap<>();
        for (List<String> chunk : chunks(missionCodes)) {
            jdbc.sql("""
                    SELECT v.contingent_id,
                           MAX(CASE WHEN v.status = 'SIGNED' AND v.inspection_type = 'ARRIVAL' THEN v.verified_on END),
                           MAX(CASE WHEN v.status = 'SIGNED' AND v.inspection_type = 'OPERATIONAL_READINESS'
                                    THEN v.verified_on END),
                           SUM(CASE WHEN v.status = 'DRAFT' THEN 1 ELSE 0 END)
                    FROM claims_verification v JOIN claims_contingent c ON c.id = v.contingent_id
                    WHERE c.mission_code IN (:missions) AND (c.repatriated_on IS NULL OR c.repatriated_on >= :on)
                    GROUP BY v.contingent_id""")
                    .param("missions", chunk)
                    .param("on", on)
                    .query(rs -> {
                        facts.put(rs.getLong(1), new ScheduleFacts(rs.getObject(2, LocalDate.class),
                                rs.getObject(3, LocalDate.class), rs.getInt(4)));
                    });
        }
        return facts;
    }

    /**
     * The most values one IN list carries (well under the databases' bind-parameter limits). Lists of mission codes,
     * not of contingent ids: H2 checks a row against an IN list of parameters value by value, so a list of a thousand
     * contingent ids costs a thousand comparisons per row read (measured: hundreds of milliseconds per view).
     */
    static final int IN_LIST_LIMIT = 1000;

    /** The distinct values in chunks of at most {@link #IN_LIST_LIMIT}; none for none. */
    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> distinct = List.copyOf(new LinkedHashSet<>(values));
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST_LIMIT) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + IN_LIST_LIMIT)));
        }
        return chunks;
    }

    // --- strength returns

    public Map<java.time.YearMonth, StrengthReturnRow> strengthReturns(long contingentId) {
        Map<java.time.YearMonth, StrengthReturnRow> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT return_month, average_strength, recorded_by, recorded_at FROM claims_strength_return
                WHERE contingent_id = ? ORDER BY return_month""")
                .param(contingentId)
                .query(rs -> {
                    java.time.YearMonth month = java.time.YearMonth.from(rs.getObject(1, LocalDate.class));
                    rows.put(month, new StrengthReturnRow(month, rs.getBigDecimal(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class)));
                });
        return rows;
    }

    /**
     * The months for which each of the missions' contingents not repatriated before {@code on} has a strength
     * return, one statement per {@value #IN_LIST_LIMIT} missions; a contingent without any has no entry.
     */
    public Map<Long, Set<java.time.YearMonth>> returnedMonths(Collection<String> missionCodes, LocalDate on) {
        Map<Long, Set<java.time.YearMonth>> months = new HashMap<>();
        for (List<String> chunk : chunks(missionCodes)) {
            jdbc.sql("""
                    SELECT r.contingent_id, r.return_month
                    FROM claims_strength_return r JOIN claims_contingent c ON c.id = r.contingent_id
                    WHERE c.mission_code IN (:missions) AND (c.repatriated_on IS NULL OR c.repatriated_on >= :on)""")
                    .param("missions", chunk)
                    .param("on", on)
                    .query(rs -> {
                        months.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
                                .add(java.time.YearMonth.from(rs.getObject(2, LocalDate.class)));
                    });
        }
        return months;
    }

    /**
     * The MOU's authorised strength for the month: the highest of the effective MOU versions in force on any day of
     * the month (an amendment during the month counts from its day); the contingent's own figure without versions.
     */
    public Integer authorisedStrength(long contingentId, java.time.YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<Object[]> versions = jdbc.sql("""
                SELECT effective_from, authorised_strength FROM claims_mou_version
                WHERE contingent_id = ? AND status = 'EFFECTIVE' AND effective_from <= ? ORDER BY effective_from""")
                .params(contingentId, last)
                .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getInt(2)}).list();
        Integer result = null;
        Integer inForceAtStart = null;
        for (Object[] v : versions) {
            LocalDate from = (LocalDate) v[0];
            int strength = (Integer) v[1];
            if (!from.isAfter(first)) {
                inForceAtStart = strength;
            } else {
                result = result == null ? strength : Math.max(result, strength);
            }
        }
        if (inForceAtStart != null) {
            result = result == null ? inForceAtStart : Math.max(result, inForceAtStart);
        }
        if (result != null) {
            return result;
        }
        return jdbc.sql("SELECT authorised_strength FROM claims_contingent WHERE id = ?").param(contingentId)
                .query(Integer.class).optional().orElse(null);
    }

    public record StrengthReturnRow(java.time.YearMonth month, java.math.BigDecimal averageStrength, String recordedBy,
                                    OffsetDateTime recordedAt) { }

    /** Upsert; returns the previous value (null when there was none). */
    public java.math.BigDecimal putStrengthReturn(long contingentId, java.time.YearMonth month,
                                                  java.math.BigDecimal average, String user, OffsetDateTime now) {
        java.math.BigDecimal before = jdbc.sql("""
                SELECT average_strength FROM claims_strength_return WHERE contingent_id = ? AND return_month = ?""")
                .params(contingentId, month.atDay(1)).query(java.math.BigDecimal.class).optional().orElse(null);
        if (before == null) {
            jdbc.sql("""
                    INSERT INTO claims_strength_return (contingent_id, return_month, average_strength, recorded_by,
                        recorded_at) VALUES (?, ?, ?, ?, ?)""")
                    .params(contingentId, month.atDay(1), average, user, now).update();
        } else {
            jdbc.sql("""
                    UPDATE claims_strength_return SET average_strength = ?, recorded_by = ?, recorded_at = ?
                    WHERE contingent_id = ? AND return_month = ?""")
                    .params(average, user, now, contingentId, month.atDay(1)).update();
        }
        return before;
    }

    /** References of certified reports of the contingent whose period covers the month. */
    public List<String> certifiedReportsCovering(long contingentId, java.time.YearMonth month) {
        return jdbc.sql("""
                SELECT reference FROM claims_verification_report WHERE contingent_id = ? AND status = 'CERTIFIED'
                AND period_from <= ? AND period_to >= ? ORDER BY reference""")
                .params(contingentId, month.atEndOfMonth(), month.atDay(1)).query(String.class).list();
    }

    /** Months of the contingent covered by a certified report (for the strength return list). */
    public List<java.time.YearMonth> certifiedMonths(long contingentId) {
        List<java.time.YearMonth> months = new ArrayList<>();
        jdbc.sql("""
                SELECT period_from, period_to FROM claims_verification_report WHERE contingent_id = ? AND status = 'CERTIFIED'""")
                .param(contingentId)
                .query(rs -> {
                    for (java.time.YearMonth m = java.time.YearMonth.from(rs.getObject(1, LocalDate.class));
                         !m.isAfter(java.time.YearMonth.from(rs.getObject(2, LocalDate.class))); m = m.plusMonths(1)) {
                        months.add(m);
                    }
                });
        return months;
    }
}
