package org.fieldsupport.organization.structure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldsupport.organization.attribution.domain.HolderDerivation;
import org.fieldsupport.organization.attribution.domain.TextMatch;
import org.junit.jupiter.api.Test;

class StructureRulesTests {

    @Test
    void a_unit_cannot_be_moved_under_its_own_descendant() {
        Hierarchy h = new Hierarchy(Map.of("SECTION", "SERVICE", "SERVICE", "DIVISION", "DIVISION", "DEPT"));
        assertThat(h.wouldCreateCycle("DIVISION", "SECTION")).isTrue();
        assertThat(h.wouldCreateCycle("DIVISION", "DIVISION")).isTrue();
        assertThat(h.wouldCreateCycle("SECTION", "DIVISION")).isFalse();
        assertThat(h.ancestors("SECTION")).containsExactly("SERVICE", "DIVISION", "DEPT");
    }

    @Test
    void every_cycle_in_a_structure_is_reported_once() {
        Hierarchy h = new Hierarchy(Map.of("A", "B", "B", "C", "C", "A", "X", "Y", "D", "D"));
        assertThat(h.cycles()).hasSize(2);
        assertThat(h.cycles()).anySatisfy(c -> assertThat(c).containsExactlyInAnyOrder("A", "B", "C"));
        assertThat(h.cycles()).anySatisfy(c -> assertThat(c).containsExactly("D"));
        assertThat(h.ancestors("A")).containsExactly("B", "C");
    }

    @Test
    void a_record_is_in_force_from_its_first_to_its_last_day() {
        EffectivePeriod p = new EffectivePeriod(LocalDate.of(2010, 2, 1), LocalDate.of(2019, 12, 31));
        assertThat(p.contains(LocalDate.of(2010, 2, 1))).isTrue();
        assertThat(p.contains(LocalDate.of(2019, 12, 31))).isTrue();
        assertThat(p.contains(LocalDate.of(2020, 1, 1))).isFalse();
        assertThat(p.contains(LocalDate.of(2010, 1, 31))).isFalse();
        assertThat(EffectivePeriod.from(LocalDate.of(2020, 1, 1)).overlaps(p)).isFalse();
        assertThat(EffectivePeriod.from(LocalDate.of(2019, 12, 31)).overlaps(p)).isTrue();
        assertThat(p.closedBefore(LocalDate.of(2015, 1, 1)).validTo()).isEqualTo(LocalDate.of(2014, 12, 31));
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new EffectivePeriod(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EffectivePeriod.consistent(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1))).isTrue();
    }

    @Test
    void an_attribution_belongs_to_the_unit_citing_its_paragraph_or_else_the_shallowest_of_its_section() {
        List<HolderDerivation.UnitRef> units = List.of(
                HolderDerivation.UnitRef.of("DFS", null, "2.3 3.1 3.2"),
                HolderDerivation.UnitRef.of("DFS-FBFD", "DFS", "7.1 3.4"),
                HolderDerivation.UnitRef.of("DFS-MCMS", "DFS-FBFD", "7.4 7.5"),
                HolderDerivation.UnitRef.of("DFS-CDU", "DFS", "5.6 5.7 2.4.h"));
        assertThat(HolderDerivation.holders("7.5.b", units)).containsExactly("DFS-MCMS");
        assertThat(HolderDerivation.holders("2.4.h", units)).containsExactly("DFS");
        assertThat(HolderDerivation.holders("3.3.a", units)).containsExactly("DFS");
    }

    @Test
    void search_text_ignores_accents_case_and_plurals() {
        assertThat(TextMatch.normalize("Déontologie ÉTATS Membres")).isEqualTo("deontologie etats membres");
        assertThat(TextMatch.terms("Les demandes de remboursements")).containsExactly("demande", "remboursement");
    }
}
