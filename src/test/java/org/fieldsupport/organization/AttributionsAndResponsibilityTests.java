package org.fieldsupport.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AttributionsAndResponsibilityTests {

    @Autowired Attributions attributions;
    @Autowired Responsibility responsibility;

    @Test
    void all_138_attributions_are_catalogued_with_french_text_english_summary_and_a_holder() {
        List<AttributionSummary> all = attributions.all();
        assertThat(all).hasSize(138);
        assertThat(all).allSatisfy(a -> {
            assertThat(a.textFr()).isNotBlank();
            assertThat(a.summaryEn()).isNotBlank();
            assertThat(a.holderUnits()).isNotEmpty();
        });
        assertThat(all.get(0).id()).isEqualTo("2.1.a");
        assertThat(all.get(all.size() - 1).id()).isEqualTo("9.4.f");
    }

    @Test
    void claims_certification_is_held_by_the_mou_and_claims_management_section() {
        assertThat(attributions.find("7.5.b")).get().satisfies(a -> {
            assertThat(a.holderUnits()).containsExactly("DFS-MCMS");
            assertThat(a.ownerModule()).isEqualTo("claims");
            assertThat(a.summaryEn()).contains("verification reports");
        });
        assertThat(attributions.find("6.3.c").orElseThrow().holderUnits())
                .containsExactlyInAnyOrder("DFS-FPOS-RHR1", "DFS-FPOS-RHR2", "DFS-FPOS-RHR3", "DFS-FPOS-RHR4");
        assertThat(attributions.find("2.4.h").orElseThrow().holderUnits()).containsExactly("DFS");
        assertThat(attributions.find("8.7.h").orElseThrow().holderUnits()).containsExactly("DFS-CARTO");
    }

    @Test
    void free_text_finds_attributions_in_either_language_without_accents() {
        assertThat(attributions.search("remboursement des pays contributeurs")).extracting(AttributionSummary::id)
                .contains("7.5.e");
        assertThat(attributions.search("deontologie")).extracting(AttributionSummary::id).contains("5.7.a");
        assertThat(attributions.search("map clearance").get(0).id()).isEqualTo("8.7.h");
        assertThat(attributions.search("death and disability claims").get(0).id()).isEqualTo("7.5.b");
    }

    @Test
    void for_a_peacekeeping_mission_the_instruction_line_comes_from_dpko() {
        Responsibility.Answer answer = responsibility.forAttribution("7.5.b", "MINUSCA", null).orElseThrow();
        assertThat(answer.unit().code()).isEqualTo("DFS-MCMS");
        assertThat(answer.head().code()).isEqualTo("DFS-MCMS-HEAD");
        assertThat(answer.head().incumbent()).isNotNull();
        assertThat(answer.chain()).extracting(PositionSummary::code)
                .containsExactly("DFS-MCMS-HEAD", "DFS-FBFD-HEAD", "DFS-HEAD");
        assertThat(answer.instructionLine().toCode()).isEqualTo("EXT-DPKO");
        assertThat(answer.instructionLine().paragraph()).isEqualTo("2.4.a");
    }

    @Test
    void for_a_special_political_mission_the_instruction_line_comes_from_dpa() {
        Responsibility.Answer answer = responsibility.forAttribution("9.3.a", "UNAMA", null).orElseThrow();
        assertThat(answer.instructionLine().toCode()).isEqualTo("EXT-DPA");
        assertThat(answer.instructionLine().paragraph()).isEqualTo("2.4.b");
    }

    @Test
    void hr_administration_is_answered_by_the_regional_section_serving_the_mission() {
        assertThat(responsibility.forAttribution("6.3.a", "UNMISS", null).orElseThrow().unit().code())
                .isEqualTo("DFS-FPOS-RHR2");
        assertThat(responsibility.forAttribution("6.3.a", "UNIFIL", null).orElseThrow().unit().code())
                .isEqualTo("DFS-FPOS-RHR3");
    }

    @Test
    void a_free_text_need_is_answered_with_the_responsible_unit() {
        List<Responsibility.Answer> answers = responsibility.forText("fuel and rations supplies", "MONUSCO", null);
        assertThat(answers).isNotEmpty();
        assertThat(answers.get(0).unit().code()).isEqualTo("DFS-SUPS");
        assertThat(answers.get(0).chain()).extracting(PositionSummary::code)
                .containsExactly("DFS-SUPS-HEAD", "DFS-SSS-HEAD", "DFS-LSD-HEAD", "DFS-HEAD");
    }
}
