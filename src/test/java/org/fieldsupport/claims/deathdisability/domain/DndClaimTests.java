package org.fieldsupport.claims.deathdisability.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.claims.rules.domain.DatedRate;
import org.fieldsupport.claims.rules.domain.DeathAndDisability;
import org.fieldsupport.claims.rules.domain.RuleSet;
import org.fieldsupport.claims.rules.domain.RuleSets;
import org.junit.jupiter.api.Test;

/** The D&D claim workflow and its days-open clock, without Spring. */
class DndClaimTests {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static DndClaim received(LocalDate on) {
        return DndClaim.received("DND-BGD-2026-0001", "BGD", "MINUSCA", "A. Rahman", "BA-1234",
                on.minusDays(10), DeathAndDisability.Kind.DISABILITY, 35, "BOI-1", on, "officer", NOW);
    }

    @Test
    void days_open_run_from_receipt_to_today_while_open() {
        DndClaim claim = received(LocalDate.of(2026, 8, 1));

        assertThat(claim.daysOpen(LocalDate.of(2026, 10, 30))).isEqualTo(90);
        assertThat(claim.overdue(LocalDate.of(2026, 10, 30))).isFalse();
        assertThat(claim.daysOpen(LocalDate.of(2026, 10, 31))).isEqualTo(91);
        assertThat(claim.overdue(LocalDate.of(2026, 10, 31))).isTrue();
    }

    @Test
    void days_open_stop_at_payment_or_rejection() {
        DndClaim paid = received(LocalDate.of(2026, 8, 1));
        paid.certify(new BigDecimal("24500.00"), "officer", Instant.parse("2026-09-01T10:00:00Z"));
        paid.pay(new BigDecimal("24500.00"), LocalDate.of(2026, 9, 10), LocalDate.of(2026, 11, 27), "officer", NOW,
                null);
        DndClaim rejected = received(LocalDate.of(2026, 8, 1));
        rejected.reject("not service-related", LocalDate.of(2026, 8, 21), "officer", NOW);

        assertThat(paid.daysOpen(LocalDate.of(2027, 1, 1))).isEqualTo(40);
        assertThat(rejected.daysOpen(LocalDate.of(2027, 1, 1))).isEqualTo(20);
    }

    @Test
    void the_workflow_records_who_moved_it_and_why() {
        DndClaim claim = received(LocalDate.of(2026, 8, 1));
        claim.requestInformation("officer", NOW, "medical board report missing");
        claim.resume("officer", NOW, "received");
        claim.certify(new BigDecimal("24500.00"), "certifier", NOW);

        assertThat(claim.history()).extracting(DndClaim.Change::status).containsExactly(DndClaim.Status.RECEIVED,
                DndClaim.Status.INFORMATION_REQUESTED, DndClaim.Status.RECEIVED, DndClaim.Status.CERTIFIED);
        assertThat(claim.history().get(1).note()).isEqualTo("medical board report missing");
        assertThat(claim.amount()).isEqualByComparingTo("24500.00");
    }

    @Test
    void illegal_moves_and_reasonless_rejections_are_refused() {
        DndClaim claim = received(LocalDate.of(2026, 8, 1));

        assertThatThrownBy(() -> claim.pay(BigDecimal.ONE, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 27),
                "officer", NOW, null))
                .isInstanceOf(DndClaim.IllegalTransition.class).hasMessage("claims.dnd.refused.transition");
        assertThatThrownBy(() -> claim.reject(" ", LocalDate.of(2026, 9, 1), "officer", NOW))
                .isInstanceOf(DndClaim.IllegalTransition.class).hasMessage("claims.dnd.refused.reason");
        claim.requestInformation("officer", NOW, null);
        assertThatThrownBy(() -> claim.certify(BigDecimal.ONE, "officer", NOW))
                .isInstanceOf(DndClaim.IllegalTransition.class);
        assertThat(claim.status()).isEqualTo(DndClaim.Status.INFORMATION_REQUESTED);
    }

    @Test
    void a_payment_is_the_certified_amount_never_more_never_a_part_never_before_certification_or_in_the_future() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        DndClaim claim = received(LocalDate.of(2026, 8, 1));
        claim.certify(new BigDecimal("24500.00"), "certifier", Instant.parse("2026-09-01T10:00:00Z"));

        assertThatThrownBy(() -> claim.pay(new BigDecimal("24500.01"), today, today, "officer", NOW, null))
                .isInstanceOf(DndClaim.IllegalTransition.class).hasMessage("claims.dnd.refused.overpayment");
        assertThatThrownBy(() -> claim.pay(new BigDecimal("5000000"), today, today, "officer", NOW, null))
                .isInstanceOf(DndClaim.IllegalTransition.class).hasMessage("claims.dnd.refused.overpayment");
        assertThatThrownBy(() -> claim.pay(new BigDecimal("100.00"), today, today, "officer", NOW, null))
                .isInstanceOf(DndClaim.IllegalTransition.class).hasMessage("claims.dnd.refused.partialPayment");
        assertThatThrownBy(() -> claim.pay(new BigDecimal("24500"), LocalDate.of(2026, 8, 31), today, "officer", NOW,
                null)).isInstanceOf(DndClaim.IllegalTransition.class)
                .hasMessage("claims.dnd.refused.paidBeforeCertification");
        assertThatThrownBy(() -> claim.pay(new BigDecimal("24500"), today.plusDays(1), today, "officer", NOW, null))
                .isInstanceOf(DndClaim.IllegalTransition.class).hasMessage("claims.dnd.refused.paidInFuture");
        assertThat(claim.status()).isEqualTo(DndClaim.Status.CERTIFIED);

        claim.pay(new BigDecimal("24500"), LocalDate.of(2026, 9, 1), today, "officer", NOW, "PAY-1");
        assertThat(claim.paidAmount()).isEqualByComparingTo("24500.00");
        assertThat(claim.outstanding()).isZero();
        assertThatThrownBy(() -> claim.pay(new BigDecimal("1"), today, today, "officer", NOW, null))
                .isInstanceOf(DndClaim.IllegalTransition.class);
    }

    @Test
    void the_amount_is_the_standard_amount_times_the_impairment() {
        List<DatedRate> standard = List.of(new DatedRate(LocalDate.of(2009, 7, 1), new BigDecimal("70000.00")));
        RuleSet rules = RuleSets.builtIn().current();

        assertThat(rules.compensate(received(LocalDate.of(2026, 8, 1)).asCase(standard)).amount())
                .isEqualByComparingTo("24500.00");
    }
}
