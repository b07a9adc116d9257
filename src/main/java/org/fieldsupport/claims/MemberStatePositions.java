package org.fieldsupport.claims;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What a Member State is owed, as its own users see it on their home page (issue 12.3): certified, paid and
 * outstanding per currency, the reports still in the pipeline (computed, submitted, technically reviewed), its open
 * death-and-disability claims and the questions (requests for information) waiting for its answer. Refused (403)
 * unless the signed-in user may read that state's portal.
 */
public interface MemberStatePositions {

    Position position(String iso3);

    record Position(String memberState, List<Amounts> amounts, List<PipelineReport> pipeline, long openClaims,
                    long questions) { }

    record Amounts(String currency, BigDecimal certified, BigDecimal paid, BigDecimal outstanding) { }

    record PipelineReport(long id, String reference, String missionCode, YearMonth from, YearMonth to, String status) { }
}
