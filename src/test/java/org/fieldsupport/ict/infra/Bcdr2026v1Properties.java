package org.fieldsupport.ict.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fieldsupport.ict.continuity.domain.Bcdr2026v1;
import org.fieldsupport.ict.continuity.domain.Bcdr2026v1.PlanStatus;
import org.fieldsupport.ict.continuity.domain.Bcdr2026v1.Result;
import org.fieldsupport.ict.continuity.domain.Bcdr2026v1.TestRecord;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Rule set BCDR-2026-v1 as a pure function of the recorded tests (QuickTheories, 1,000 examples each). */
class Bcdr2026v1Properties {

    static final int TRIES = 1000;
    static final LocalDate BASE = LocalDate.of(2024, 1, 1);
    static final List<String> SERVICES = List.of("UMOJA", "VSAT", "MISSION-DC");

    static Gen<Integer> minutes() {
        return Generate.range(0, 3000);
    }

    static Gen<LocalDate> dates() {
        return Generate.range(0, 1500).map(BASE::plusDays);
    }

    static Gen<TestRecord> tests() {
        return Generate.pick(SERVICES).zip(dates(), Generate.booleans(),
                (s, d, pass) -> new TestRecord(s, d, pass ? Result.PASS : Result.FAIL));
    }

    static Gen<List<TestRecord>> testLists() {
        return org.quicktheories.generators.SourceDSL.lists().of(tests()).ofSizeBetween(0, 12);
    }

    @Test
    void a_test_passes_exactly_when_both_targets_are_met_and_names_what_it_missed() {
        qt().withExamples(TRIES).forAll(minutes(), minutes(), minutes(), minutes()).checkAssert((rto, rpo, rec, loss) -> {
            Bcdr2026v1.Outcome o = Bcdr2026v1.evaluate(rto, rpo, rec, loss);
            assertThat(o.result() == Result.PASS).isEqualTo(rec <= rto && loss <= rpo);
            assertThat(o.rtoMissed()).isEqualTo(rec > rto);
            assertThat(o.rpoMissed()).isEqualTo(loss > rpo);
            assertThat(o.failedOn() == null).isEqualTo(o.result() == Result.PASS);
        });
    }

    @Test
    void a_plan_is_overdue_exactly_when_a_covered_service_has_no_pass_in_the_twelve_months_before_the_date() {
        qt().withExamples(TRIES).forAll(testLists(), dates()).checkAssert((tests, asOf) -> {
            Bcdr2026v1.PlanVerdict v = Bcdr2026v1.planStatus(SERVICES, tests, asOf);
            for (String s : SERVICES) {
                boolean passed = tests.stream().anyMatch(t -> t.serviceCode().equals(s) && t.result() == Result.PASS
                        && !t.testedOn().isAfter(asOf) && !t.testedOn().isBefore(asOf.minusMonths(12)));
                assertThat(v.servicesWithoutPassedTest().contains(s)).isEqualTo(!passed);
            }
            assertThat(v.status() == PlanStatus.TEST_OVERDUE).isEqualTo(!v.servicesWithoutPassedTest().isEmpty());
        });
    }

    @Test
    void failures_and_tests_dated_after_the_asked_date_never_change_the_status() {
        qt().withExamples(TRIES).forAll(testLists(), dates(), testLists()).checkAssert((tests, asOf, extra) -> {
            List<TestRecord> more = new ArrayList<>(tests);
            for (TestRecord t : extra) {
                more.add(t.result() == Result.FAIL ? t : new TestRecord(t.serviceCode(), asOf.plusDays(1 + t.testedOn().getDayOfYear()),
                        Result.PASS));
            }
            assertThat(Bcdr2026v1.planStatus(SERVICES, more, asOf)).isEqualTo(Bcdr2026v1.planStatus(SERVICES, tests, asOf));
        });
    }

    @Test
    void a_pass_keeps_its_service_current_for_twelve_months_and_no_longer() {
        qt().withExamples(TRIES).forAll(dates(), Generate.range(0, 800)).checkAssert((testedOn, days) -> {
            LocalDate asOf = testedOn.plusDays(days);
            var v = Bcdr2026v1.planStatus(Set.of("UMOJA"), List.of(new TestRecord("UMOJA", testedOn, Result.PASS)), asOf);
            assertThat(v.status() == PlanStatus.CURRENT).isEqualTo(!testedOn.isBefore(asOf.minusMonths(12)));
            LocalDate due = Bcdr2026v1.dueBy(Set.of("UMOJA"), List.of(new TestRecord("UMOJA", testedOn, Result.PASS)), asOf, 12);
            if (v.status() == PlanStatus.CURRENT) {
                assertThat(due).isEqualTo(testedOn.plusMonths(12));
            } else {
                assertThat(due).isNull();
            }
        });
    }

    @Test
    void the_rule_on_its_examples() {
        assertThat(Bcdr2026v1.evaluate(240, 15, 240, 15).result()).isEqualTo(Result.PASS);
        assertThat(Bcdr2026v1.evaluate(240, 15, 241, 15).failedOn()).isEqualTo("RTO");
        assertThat(Bcdr2026v1.evaluate(240, 15, 200, 16).failedOn()).isEqualTo("RPO");
        assertThat(Bcdr2026v1.evaluate(240, 15, 300, 30).failedOn()).isEqualTo("RTO_RPO");
        assertThat(Bcdr2026v1.planStatus(List.of(), List.of(), BASE).status()).isEqualTo(PlanStatus.CURRENT);
        assertThat(Bcdr2026v1.planStatus(List.of("VSAT"), List.of(new TestRecord("VSAT", BASE.minusMonths(12), Result.PASS)), BASE)
                .status()).isEqualTo(PlanStatus.CURRENT);
        assertThat(Bcdr2026v1.planStatus(List.of("VSAT"), List.of(new TestRecord("VSAT", BASE.minusMonths(12).minusDays(1),
                Result.PASS)), BASE).status()).isEqualTo(PlanStatus.TEST_OVERDUE);
    }
}
