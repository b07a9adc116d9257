package org.fieldsupport.claims.mou.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import org.fieldsupport.claims.ContingentMonthStrengths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ContingentMonthStrengths} from the contingents (MOU authorised strength) and their monthly strength returns. */
@Component
class ContingentStrengthQuery implements ContingentMonthStrengths {

    private final JdbcClient jdbc;

    ContingentStrengthQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Strength> forMission(String missionCode, YearMonth month) {
        if (missionCode == null || month == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.reference, c.member_state, c.unit_type, c.authorised_strength, r.average_strength
                FROM claims_contingent c
                LEFT JOIN claims_strength_return r ON r.contingent_id = c.id AND r.return_month = ?
                WHERE c.mission_code = ? AND c.deployed_on <= ? AND (c.repatriated_on IS NULL OR c.repatriated_on >= ?)
                ORDER BY c.reference""")
                .params(month.atDay(1), missionCode.strip().toUpperCase(), month.atEndOfMonth(), month.atDay(1))
                .query((rs, n) -> {
                    BigDecimal average = rs.getBigDecimal("average_strength");
                    return new Strength(rs.getString("reference"), rs.getString("member_state"),
                            rs.getString("unit_type"), average == null ? rs.getInt("authorised_strength")
                            : average.setScale(0, RoundingMode.HALF_EVEN).intValueExact(),
                            average == null ? "AUTHORISED" : "STRENGTH_RETURN");
                }).list();
    }
}
