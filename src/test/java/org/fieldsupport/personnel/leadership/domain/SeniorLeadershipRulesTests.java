package org.fieldsupport.personnel.leadership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** SENIOR-PARITY-v1, the shortlist check, the vacancy forecast and the talent rules as pure functions. */
class SeniorLeadershipRulesTests {

    static final Gen<String> GENDER = Generate.pick(List.of("F", "M", "X"));

    static Gen<List<String>> lists(int min, int max) {
        return SourceDSL.lists().of(GENDER).ofSizeBetween(min, max);
    }

    static List<String> genders(String... g) {
        return List.of(g);
    }

    @Test
    void the_examples_of_the_spec() {
        assertThat(SeniorParity.check(genders("F", "M")))
                .isEqualTo(new SeniorParity.Result("SENIOR-PARITY-v1", true, 1, 1, SeniorParity.Reason.OK));
        assertThat(SeniorParity.check(genders("M"))).extracting(SeniorParity.Result::compliant, SeniorParity.Result::womenRequired)
                .containsExactly(true, 0);
        assertThat(SeniorParity.check(genders("M", "M", "F")).compliant()).isTrue();
        assertThat(SeniorParity.check(genders("M", "M", "M", "F")))
                .isEqualTo(new SeniorParity.Result("SENIOR-PARITY-v1", false, 1, 2, SeniorParity.Reason.TOO_FEW_WOMEN));
        assertThat(SeniorParity.check(genders("F", "F", "M", "M", "F")).reason()).isEqualTo(SeniorParity.Reason.TOO_MANY_NOMINEES);
        assertThat(SeniorParity.check(List.of()).reason()).isEqualTo(SeniorParity.Reason.EMPTY);
        // X counts as a nominee, not as a woman
        assertThat(SeniorParity.check(genders("X", "M")).reason()).isEqualTo(SeniorParity.Reason.TOO_FEW_WOMEN);
        assertThat(List.of(0, 1, 2, 3, 4).stream().map(SeniorParity::womenRequired).toList()).containsExactly(0, 0, 1, 1, 2);
    }

    @Test
    void a_list_of_one_to_four_is_compliant_exactly_when_women_reach_half_rounded_down() {
        qt().withExamples(1000).forAll(lists(1, 4)).checkAssert(g -> {
            SeniorParity.Result r = SeniorParity.check(g);
            long women = g.stream().filter("F"::equals).count();
            assertThat(r.ruleSet()).isEqualTo("SENIOR-PARITY-v1");
            assertThat(r.women()).isEqualTo(women);
            assertThat(r.womenRequired()).isEqualTo(g.size() / 2);
            assertThat(r.compliant()).isEqualTo(women >= g.size() / 2);
            assertThat(r.reason()).isEqualTo(r.compliant() ? SeniorParity.Reason.OK : SeniorParity.Reason.TOO_FEW_WOMEN);
        });
    }

    @Test
    void more_than_four_is_never_compliant_whatever_the_women() {
        qt().withExamples(500).forAll(lists(5, 12)).checkAssert(g -> {
            SeniorParity.Result r = SeniorParity.check(g);
            assertThat(r.compliant()).isFalse();
            assertThat(r.reason()).isEqualTo(SeniorParity.Reason.TOO_MANY_NOMINEES);
        });
    }

    @Test
    void the_order_of_nominees_does_not_matter_and_a_woman_more_never_breaks_a_list() {
        qt().withExamples(500).forAll(lists(1, 4), Generate.longRange(0, 1000)).checkAssert((g, seed) -> {
            List<String> shuffled = new ArrayList<>(g);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            assertThat(SeniorParity.check(shuffled)).isEqualTo(SeniorParity.check(g));
            int i = g.indexOf("M");
            if (i >= 0) {
                List<String> more = new ArrayList<>(g);
                more.set(i, "F");
                if (SeniorParity.check(g).compliant()) {
                    assertThat(SeniorParity.check(more).compliant()).isTrue();
                }
            }
        });
    }

    @Test
    void a_shortlist_has_no_cap_but_the_same_share() {
        qt().withExamples(500).forAll(lists(1, 15)).checkAssert(g -> {
            SeniorParity.Result r = SeniorParity.shortlist(g);
            long women = g.stream().filter("F"::equals).count();
            assertThat(r.compliant()).isEqualTo(women >= g.size() / 2);
        });
        assertThat(SeniorParity.shortlist(List.of()).compliant()).isFalse();
    }

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void the_forecast_takes_the_earliest_of_vacancy_contract_end_and_mandate_end_within_the_horizon() {
        Map<String, VacancyForecast.MissionFacts> missions = Map.of(
                "A", new VacancyForecast.MissionFacts("A", null, "FULL_OPERATING_CAPACITY"),
                "B", new VacancyForecast.MissionFacts("B", TODAY.plusMonths(3), "TRANSITION"),
                "C", new VacancyForecast.MissionFacts("C", null, "LIQUIDATION"));
        List<VacancyForecast.SeniorPost> posts = List.of(
                new VacancyForecast.SeniorPost(1, "A-1", "A", "Special Representative of the Secretary-General", "USG", null, null, null, TODAY.minusDays(9)),
                new VacancyForecast.SeniorPost(2, "A-2", "A", "Deputy Special Representative", "ASG", "X Y", "F", TODAY.plusMonths(10), null),
                new VacancyForecast.SeniorPost(3, "A-3", "A", "Deputy Special Representative", "ASG", "Z", "M", TODAY.plusMonths(30), null),
                new VacancyForecast.SeniorPost(4, "B-1", "B", "Head of Mission", "ASG", "W", "M", TODAY.plusMonths(12), null),
                new VacancyForecast.SeniorPost(5, "C-1", "C", "Special Representative", "USG", null, null, null, TODAY),
                new VacancyForecast.SeniorPost(6, "A-4", "A", "Chief of Staff", "D-2", "Q", "M", TODAY.plusMonths(1), null));
        List<VacancyForecast.Line> lines = VacancyForecast.forecast(posts, missions, TODAY, 18);
        assertThat(lines).extracting(VacancyForecast.Line::postNumber).containsExactly("A-1", "B-1", "A-2");
        assertThat(lines.get(0).reason()).isEqualTo(VacancyForecast.Reason.VACANT_NOW);
        assertThat(lines.get(0).role()).isEqualTo(VacancyForecast.Role.HEAD);
        assertThat(lines.get(1).reason()).isEqualTo(VacancyForecast.Reason.MANDATE_END);
        assertThat(lines.get(1).late()).isTrue();
        assertThat(lines.get(2).reason()).isEqualTo(VacancyForecast.Reason.CONTRACT_END);
        assertThat(lines.get(2).role()).isEqualTo(VacancyForecast.Role.DEPUTY_HEAD);
        assertThat(lines.get(2).late()).isFalse();
        assertThat(VacancyForecast.forecast(posts, missions, TODAY, 6)).extracting(VacancyForecast.Line::postNumber)
                .containsExactly("A-1", "B-1");
        assertThat(VacancyForecast.monthsValid(5)).isFalse();
        assertThat(VacancyForecast.monthsValid(19)).isFalse();
        assertThat(VacancyForecast.roleOf("D-2", "Deputy Head of Mission")).isEqualTo(VacancyForecast.Role.DEPUTY_HEAD);
        assertThat(VacancyForecast.roleOf("P-5", "Head of Mission")).isNull();
    }

    @Test
    void a_longer_horizon_never_forecasts_fewer_vacancies() {
        Map<String, VacancyForecast.MissionFacts> missions = Map.of("A", new VacancyForecast.MissionFacts("A", null, "START_UP"));
        qt().withExamples(300).forAll(SourceDSL.lists().of(Generate.range(-30, 900)).ofSizeBetween(0, 12),
                Generate.range(6, 18)).checkAssert((days, months) -> {
            List<VacancyForecast.SeniorPost> posts = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                posts.add(new VacancyForecast.SeniorPost(i, "P" + i, "A", "Deputy Special Representative", "ASG", "N", "M",
                        TODAY.plusDays(days.get(i)), null));
            }
            List<VacancyForecast.Line> shorter = VacancyForecast.forecast(posts, missions, TODAY, months);
            List<VacancyForecast.Line> longer = VacancyForecast.forecast(posts, missions, TODAY, 18);
            assertThat(longer.size()).isGreaterThanOrEqualTo(shorter.size());
            assertThat(shorter).allSatisfy(l -> assertThat(l.expectedVacancy()).isBeforeOrEqualTo(TODAY.plusMonths(months)));
        });
    }

    @Test
    void talent_rules() {
        assertThat(TalentRules.words("  one two\nthree  ")).isEqualTo(3);
        assertThat(TalentRules.visionTooLong("w ".repeat(500))).isFalse();
        assertThat(TalentRules.visionTooLong("w ".repeat(501))).isTrue();
        assertThat(TalentRules.languages("en; fr,AR")).containsExactly("EN", "FR", "AR");
        assertThat(VacancyForecast.share(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(VacancyForecast.share(0, 0)).isNull();
    }
}
