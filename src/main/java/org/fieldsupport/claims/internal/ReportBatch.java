package org.fieldsupport.claims.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.domain.MouTimeline;
import org.fieldsupport.claims.domain.RuleSet;
import org.fieldsupport.claims.domain.RuleSets;
import org.fieldsupport.claims.domain.Statement;
import org.fieldsupport.claims.domain.VerificationReport;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes and stores the verification reports of many contingents for one period (a quarter-end run), in
 * chunks, each chunk in its own transaction. A contingent whose input the rule set refuses stops the run
 * before its chunk is written (nothing half-written for it).
 */
@Component
public class ReportBatch {

    private static final int CHUNK = 100;

    private final ContingentData contingents;
    private final ReportStore reports;
    private final RuleSets ruleSets;
    private final TransactionTemplate transactions;

    ReportBatch(ContingentData contingents, ReportStore reports, RuleSets ruleSets, TransactionTemplate transactions) {
        this.contingents = contingents;
        this.reports = reports;
        this.ruleSets = ruleSets;
        this.transactions = transactions;
    }

    public record Result(int reports, long lines, BigDecimal total) { }

    public Result computeAndStore(List<Long> contingentIds, YearMonth from, YearMonth to, String ruleSetId,
                                  String user) {
        RuleSet ruleSet = ruleSets.find(ruleSetId).orElseThrow(
                () -> new BusinessRuleException("claims.input.ruleSet.unknown", ruleSetId));
        int count = 0;
        long lines = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int start = 0; start < contingentIds.size(); start += CHUNK) {
            List<Long> chunk = contingentIds.subList(start, Math.min(contingentIds.size(), start + CHUNK));
            Result partial = transactions.execute(status -> {
                Map<Long, MouTimeline> inputs = contingents.inputs(chunk);
                int n = 0;
                long l = 0;
                BigDecimal sum = BigDecimal.ZERO.setScale(2);
                for (Long id : chunk) {
                    ContingentData.ContingentRecord contingent = contingents.find(id).orElseThrow();
                    Statement statement = inputs.get(id).calculate(ruleSet, from, to);
                    VerificationReport report = VerificationReport.computed(ClaimsService.newReference(contingent, from),
                            id, contingent.missionCode(), contingent.memberState(), statement, from, to);
                    reports.insert(report, statement, user);
                    n++;
                    l += statement.months().stream().mapToLong(m -> m.lines().size()).sum();
                    sum = sum.add(statement.total());
                }
                return new Result(n, l, sum);
            });
            count += partial.reports();
            lines += partial.lines();
            total = total.add(partial.total());
        }
        return new Result(count, lines, total);
    }
}
