package org.fieldsupport.procurement.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Call-offs against a systems contract (PROCUREMENT-2026-v1): {@code remaining = ceiling − Σ call-offs not
 * cancelled}. A call-off is refused {@code contract-not-valid} when its date is outside the validity period,
 * {@code mission-not-covered} when its mission may not call off, {@code ceiling-exceeded} when its amount is
 * above the remaining amount (equal is allowed).
 */
public final class CallOffRule {

    public static final String RULE_SET = "PROCUREMENT-2026-v1";

    private CallOffRule() { }

    /** The terms of a contract a call-off is checked against. */
    public record Terms(BigDecimal ceiling, LocalDate validFrom, LocalDate validTo, Set<String> missions) {
        public Terms {
            missions = Set.copyOf(missions);
        }
    }

    public enum Refusal {
        CONTRACT_NOT_VALID("contract-not-valid"),
        MISSION_NOT_COVERED("mission-not-covered"),
        CEILING_EXCEEDED("ceiling-exceeded");

        private final String type;

        Refusal(String type) {
            this.type = type;
        }

        /** The problem type's slug. */
        public String type() { return type; }

        public String messageKey() { return "procurement.refusal." + type; }
    }

    public static BigDecimal remaining(BigDecimal ceiling, BigDecimal calledOff) {
        return ceiling.subtract(calledOff);
    }

    /** Empty when the call-off may be made; {@code calledOff} is the sum of the call-offs not cancelled. */
    public static Optional<Refusal> check(Terms terms, BigDecimal calledOff, String mission, LocalDate date,
                                          BigDecimal amount) {
        if (date.isBefore(terms.validFrom()) || date.isAfter(terms.validTo())) {
            return Optional.of(Refusal.CONTRACT_NOT_VALID);
        }
        if (!terms.missions().contains(mission)) {
            return Optional.of(Refusal.MISSION_NOT_COVERED);
        }
        if (amount.compareTo(remaining(terms.ceiling(), calledOff)) > 0) {
            return Optional.of(Refusal.CEILING_EXCEEDED);
        }
        return Optional.empty();
    }
}
