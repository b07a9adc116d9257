package org.fieldsupport.claims.mou.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.claims.ContingentStrengths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The claims module's {@link ContingentStrengths} API: MOU versions that took effect, read without a permission check. */
@Service
@Transactional(readOnly = true)
class ContingentStrengthsApi implements ContingentStrengths {

    private final JdbcClient jdbc;

    ContingentStrengthsApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Contingent(long id, String reference, String memberState, String unitType) { }

    private record Version(long contingentId, int number, LocalDate effectiveFrom, int strength, LocalDate deployedOn,
                           LocalDate repatriatedOn) { }

    @Override
    public List<Strength> authorisedStrength(String missionCode, LocalDate from, LocalDate to) {
        if (missionCode == null || missionCode.isBlank() || from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        String mission = missionCode.strip().toUpperCase(Locale.ROOT);
        List<Contingent> contingents = jdbc.sql("""
                SELECT id, reference, member_state, unit_type FROM claims_contingent WHERE mission_code = ? ORDER BY reference""")
                .param(mission).query((rs, n) -> new Contingent(rs.getLong(1), rs.getString(2), rs.getString(3),
                        UnitType.normalise(rs.getString(4)))).list();
        if (contingents.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Version>> versions = new HashMap<>();
        jdbc.sql("""
                SELECT v.contingent_id, v.version_number, v.effective_from, v.authorised_strength, v.deployed_on, v.repatriated_on
                  FROM claims_mou_version v JOIN claims_contingent c ON c.id = v.contingent_id
                 WHERE c.mission_code = ? AND v.status = 'EFFECTIVE' AND v.effective_from <= ?
                 ORDER BY v.contingent_id, v.effective_from, v.version_number""")
                .params(mission, to)
                .query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list().forEach(v -> versions.computeIfAbsent(v.contingentId(), k -> new ArrayList<>()).add(v));
        List<Strength> out = new ArrayList<>();
        for (Contingent c : contingents) {
            List<Version> vs = versions.getOrDefault(c.id(), List.of());
            if (vs.isEmpty()) {
                continue; // no MOU in effect by the end of the period
            }
            Version chosen = vs.get(0);
            for (Version v : vs) {
                if (!v.effectiveFrom().isAfter(from)) {
                    chosen = v; // the latest version in force on the period's first day
                }
            }
            int months = months(chosen.deployedOn(), chosen.repatriatedOn(), from, to);
            if (months == 0) {
                continue;
            }
            out.add(new Strength(c.reference(), mission, c.memberState(), c.unitType(),
                    "FORMED_POLICE_UNIT".equals(c.unitType()), chosen.strength(), chosen.number(), chosen.effectiveFrom(),
                    chosen.deployedOn(), chosen.repatriatedOn(), months));
        }
        return out;
    }

    /** Months of {@code from}..{@code to} in which the contingent is deployed on at least one day. */
    static int months(LocalDate deployed, LocalDate repatriated, LocalDate from, LocalDate to) {
        int n = 0;
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            if (!deployed.isAfter(last) && (repatriated == null || !repatriated.isBefore(first))) {
                n++;
            }
        }
        return n;
    }
}
