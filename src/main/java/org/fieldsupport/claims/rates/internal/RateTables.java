package org.fieldsupport.claims.rates.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The COE rates in force on a date: the edition in force is the latest one whose effective date is on or before
 * that date; its major-equipment (dry and wet monthly) and self-sustainment (per person per month) rates apply.
 * No edition in force, or a code the edition does not list → empty. Reading rates needs no permission here:
 * callers (MOU lines, screens, API) check their own.
 */
@Service
@Transactional(readOnly = true)
public class RateTables {

    private final RateStore store;

    RateTables(RateStore store) {
        this.store = store;
    }

    /**
     * A major-equipment rate of an edition: dry and wet monthly rates, USD; French category and description when
     * the edition gives them (else null).
     */
    public record EquipmentRate(String edition, String code, String category, String description,
                                BigDecimal dryMonthly, BigDecimal wetMonthly, boolean illustrative, String categoryFr,
                                String descriptionFr) { }

    /** A self-sustainment rate of an edition, USD per person per month. */
    public record SelfSustainmentRate(String edition, String category, BigDecimal perPersonPerMonth,
                                      boolean illustrative) { }

    public Optional<EquipmentRate> equipmentRate(String equipmentCode, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (equipmentCode == null || equipmentCode.isBlank()) {
            return Optional.empty();
        }
        String code = equipmentCode.trim();
        return store.editionInForce(on).flatMap(e -> store.equipment(e.id(), code).map(r -> equipment(e, r)));
    }

    /** All major-equipment rates of the edition in force, ordered by category, then code. */
    public List<EquipmentRate> equipmentRates(LocalDate on) {
        Objects.requireNonNull(on, "on");
        return store.editionInForce(on)
                .map(e -> store.equipment(e.id()).stream().map(r -> equipment(e, r)).toList())
                .orElse(List.of());
    }

    public Optional<SelfSustainmentRate> selfSustainmentRate(String category, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (category == null || category.isBlank()) {
            return Optional.empty();
        }
        String code = category.trim();
        return selfSustainmentRates(on).stream().filter(r -> r.category().equals(code)).findFirst();
    }

    /** All self-sustainment rates of the edition in force, ordered by category. */
    public List<SelfSustainmentRate> selfSustainmentRates(LocalDate on) {
        Objects.requireNonNull(on, "on");
        return store.editionInForce(on)
                .map(e -> store.selfSustainment(e.id()).stream()
                        .map(r -> new SelfSustainmentRate(e.code(), r.category(), r.perPersonPerMonth(),
                                e.illustrative()))
                        .toList())
                .orElse(List.of());
    }

    private static EquipmentRate equipment(RateStore.Edition e, RateStore.EquipmentRow r) {
        return new EquipmentRate(e.code(), r.code(), r.category(), r.description(), r.dryMonthly(), r.wetMonthly(),
                e.illustrative(), r.categoryFr(), r.descriptionFr());
    }
}
