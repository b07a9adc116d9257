package org.fieldsupport.conduct.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fieldsupport.conduct.cases.domain.AllegationCounting.Allegation;
import org.fieldsupport.conduct.cases.domain.AllegationCounting.Subject;
import org.junit.jupiter.api.Test;

/** CONDUCT-2026-v1 counting rule. */
class AllegationCountingTests {

    @Test
    void one_sea_report_with_several_perpetrators_of_one_contingent_is_one_allegation() {
        List<Allegation> a = AllegationCounting.count(CaseKind.SEA, List.of(
                new Subject(0, PersonnelCategory.MILITARY, "BGD", List.of("SEA_TRANSACTIONAL_SEX")),
                new Subject(1, PersonnelCategory.MILITARY, "BGD", List.of("SEA_RAPE", "SEA_TRANSACTIONAL_SEX")),
                new Subject(2, PersonnelCategory.MILITARY, "BGD", List.of("SEA_EXPLOITATIVE_RELATIONSHIP"))));
        assertThat(a).containsExactly(new Allegation(null, PersonnelCategory.MILITARY, "BGD", "SEA_TRANSACTIONAL_SEX"));
    }

    @Test
    void a_sea_report_is_split_by_category_of_personnel_and_by_contributing_country() {
        List<Allegation> a = AllegationCounting.count(CaseKind.SEA, List.of(
                new Subject(0, PersonnelCategory.MILITARY, "BGD", List.of("SEA_RAPE")),
                new Subject(1, PersonnelCategory.MILITARY, "NPL", List.of("SEA_RAPE")),
                new Subject(2, PersonnelCategory.POLICE, "BGD", List.of("SEA_RAPE")),
                new Subject(3, PersonnelCategory.CIVILIAN, "FRA", List.of("SEA_SEXUAL_ASSAULT")),
                new Subject(4, PersonnelCategory.CIVILIAN, "USA", List.of("SEA_RAPE"))));
        assertThat(a).hasSize(4);
        assertThat(a).extracting(Allegation::contributingCountry).containsExactly("BGD", "NPL", "BGD", null);
        assertThat(a.get(3).type()).isEqualTo("SEA_SEXUAL_ASSAULT");
    }

    @Test
    void other_misconduct_is_one_allegation_per_type_per_subject() {
        List<Allegation> a = AllegationCounting.count(CaseKind.OTHER, List.of(
                new Subject(0, PersonnelCategory.CIVILIAN, null, List.of("FRAUD", "THEFT", "FRAUD")),
                new Subject(1, PersonnelCategory.CIVILIAN, null, List.of("FRAUD")),
                new Subject(2, PersonnelCategory.POLICE, "SEN", List.of())));
        assertThat(a).containsExactly(
                new Allegation(0, PersonnelCategory.CIVILIAN, null, "FRAUD"),
                new Allegation(0, PersonnelCategory.CIVILIAN, null, "THEFT"),
                new Allegation(1, PersonnelCategory.CIVILIAN, null, "FRAUD"));
    }

    @Test
    void nationality_is_kept_for_uniformed_personnel_only() {
        assertThat(new Subject(0, PersonnelCategory.CIVILIAN, "FRA", List.of()).contributingCountry()).isNull();
        assertThat(new Subject(0, PersonnelCategory.POLICE, "SEN", List.of()).contributingCountry()).isEqualTo("SEN");
    }

    @Test
    void no_subject_no_allegation() {
        assertThat(AllegationCounting.count(CaseKind.SEA, List.of())).isEmpty();
        assertThat(AllegationCounting.count(CaseKind.OTHER, List.of())).isEmpty();
    }
}
