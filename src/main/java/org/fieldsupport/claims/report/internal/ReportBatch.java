package org.fieldsupport.claims.report.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fieldsupport.claims.mou.domain.MouTimeline;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.report.domain.VerificationReport;
import org.fieldsupport.claims.rules.domain.RuleSet;
import org.fieldsupport.claims.rules.domain.RuleSets;
import org.fieldsupport.claims.rules.domain.Statement;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.audit.DataChanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes and stores the verification reports of many contingents for one period (a quarter-end run), in
 * chunks, each chunk written in its own transaction, in order. The stages overlap: while the calling thread
 * writes chunk k, {@link #PREPARERS} other threads load and compute the following chunks (reading only). A
 * contingent whose input the rule set refuses stops the run before its chunk is written (earlier chunks stay
 * written; nothing half-written for it). Not to be called inside a transaction: each chunk commits on its own,
 * and the inputs are read by the other threads, which would not see the caller's uncommitted changes.
 */
@Component
public class ReportBatch {

    static final int CHUNK = 100;

    /**
     * Chunks loaded and computed at the same time, ahead of the one being written. Two keep two database sessions
     * reading while a third writes (docs/performance/claims.md); chunks are still written in order.
     */
    static final int PREPARERS = 2;

    private final ContingentData contingents;
    private final ReportStore reports;
    private final RuleSets ruleSets;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ReportBatch(ContingentData contingents, ReportStore reports, RuleSets ruleSets, TransactionTemplate transactions,
                ApplicationEventPublisher events) {
        this.contingents = contingents;
        this.reports = reports;
        this.ruleSets = ruleSets;
        this.transactions = transactions;
        this.events = events;
    }

    /**
     * What a run did. {@code computing} is the time spent loading inputs and applying the rule set (of which
     * {@code loading} reading the inputs), {@code storing} the time spent writing; computing and storing overlap,
     * so their sum exceeds the run's wall-clock time.
     */
    public record Result(int reports, long lines, BigDecimal total, Duration computing, Duration loading,
                         Duration storing) { }

    public Result computeAndStore(List<Long> contingentIds, YearMonth from, YearMonth to, String ruleSetId,
                                  String user) {
        return computeAndStore(contingentIds, from, to, ruleSetId, user, CHUNK);
    }

    Result computeAndStore(List<Long> contingentIds, YearMonth from, YearMonth to, String ruleSetId, String user,
                           int chunkSize) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a report batch commits chunk by chunk: call it outside a transaction");
        }
        RuleSet ruleSet = ruleSets.find(ruleSetId).orElseThrow(
                () -> new BusinessRuleException("claims.input.ruleSet.unknown", ruleSetId));
        List<List<Long>> chunks = new ArrayList<>();
        for (int start = 0; start < contingentIds.size(); start += chunkSize) {
            chunks.add(List.copyOf(contingentIds.subList(start, Math.min(contingentIds.size(), start + chunkSize))));
        }
        int count = 0;
        long lines = 0;
        long computing = 0;
        long loading = 0;
        long storing = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        ExecutorService preparers = Executors.newFixedThreadPool(PREPARERS, r -> {
            Thread thread = new Thread(r, "claims-report-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Computed>> pending = new ArrayList<>(chunks.size());
            for (int i = 0; i < Math.min(PREPARERS, chunks.size()); i++) {
                List<Long> chunkIds = chunks.get(i);
                pending.add(preparers.submit(() -> compute(chunkIds, ruleSet, from, to)));
            }
            for (int i = 0; i < chunks.size(); i++) {
                Computed chunk = await(pending.get(i));
                pending.set(i, null);
                if (i + PREPARERS < chunks.size()) {
                    List<Long> following = chunks.get(i + PREPARERS);
                    pending.add(preparers.submit(() -> compute(following, ruleSet, from, to)));
                }
                long start = System.nanoTime();
                transactions.executeWithoutResult(status -> store(chunk, user));
                storing += System.nanoTime() - start;
                computing += chunk.nanos();
                loading += chunk.loadingNanos();
                count += chunk.reports().size();
                lines += chunk.lines();
                total = total.add(chunk.total());
            }
        } finally {
            preparers.shutdownNow();
        }
        return new Result(count, lines, total, Duration.ofNanos(computing), Duration.ofNanos(loading),
                Duration.ofNanos(storing));
    }

    /** A chunk's reports, computed and not yet stored. */
    private record Computed(List<ReportStore.NewReport> reports, long lines, BigDecimal total, long nanos,
                            long loadingNanos) { }

    private Computed compute(List<Long> ids, RuleSet ruleSet, YearMonth from, YearMonth to) {
        long start = System.nanoTime();
        Map<Long, MouTimeline> inputs = contingents.inputs(ids);   // each month with its MOU version
        Map<Long, ContingentData.ContingentRecord> records = contingents.find(ids);
        long loaded = System.nanoTime();
        List<ReportStore.NewReport> computed = new ArrayList<>(ids.size());
        long lines = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Long id : ids) {
            ContingentData.ContingentRecord contingent = records.get(id);
            if (contingent == null) {
                throw new NotFoundException("contingent", id);
            }
            Statement statement = inputs.get(id).calculate(ruleSet, from, to);
            VerificationReport report = VerificationReport.computed(ClaimsService.newReference(contingent, from),
                    id, contingent.missionCode(), contingent.memberState(), statement, from, to);
            computed.add(new ReportStore.NewReport(report, statement));
            lines += statement.months().stream().mapToLong(m -> m.lines().size()).sum();
            total = total.add(statement.total());
        }
        return new Computed(computed, lines, total, System.nanoTime() - start, loaded - start);
    }

    private void store(Computed chunk, String user) {
        List<Long> ids = reports.insert(chunk.reports(), user);
        List<DataChanged> changes = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            VerificationReport report = chunk.reports().get(i).report();
            changes.add(DataChanged.created("claims.verification-report", ids.get(i), Map.of(
                    "reference", report.reference(), "ruleSet", report.ruleSetId(),
                    "total", report.total().toPlainString())));
        }
        events.publishEvent(new DataChanges(changes));   // one audit record per report, appended in one batch
    }

    private static Computed await(Future<Computed> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("report batch interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
