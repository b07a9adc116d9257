package org.fieldsupport.movements.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MovementRulesTests {

    static final Instant SUBMITTED = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void exactly_48_hours_before_is_on_time_without_flags() {
        assertThat(MovementRules.decide(SUBMITTED, Instant.parse("2026-12-07T08:00:00Z"), false, null, 48)).isEmpty();
    }

    @Test
    void one_minute_short_of_48_hours_is_refused_unless_urgent_and_justified() {
        Instant departure = Instant.parse("2026-12-07T07:59:00Z");
        assertThatThrownBy(() -> MovementRules.decide(SUBMITTED, departure, false, null, 48))
                .isInstanceOf(MovementRules.LateRequest.class)
                .satisfies(e -> assertThat(((MovementRules.LateRequest) e).hoursBefore()).isEqualTo(47));
        assertThatThrownBy(() -> MovementRules.decide(SUBMITTED, departure, true, "  ", 48))
                .isInstanceOf(MovementRules.LateRequest.class);
        assertThatThrownBy(() -> MovementRules.decide(SUBMITTED, departure, false, "why", 48))
                .isInstanceOf(MovementRules.LateRequest.class);
        assertThat(MovementRules.decide(SUBMITTED, departure, true, "Medical escort", 48))
                .containsExactly(MovementRules.LATE_URGENT);
    }

    @Test
    void the_cutoff_is_configuration() {
        assertThat(MovementRules.decide(SUBMITTED, Instant.parse("2026-12-06T09:00:00Z"), false, null, 24)).isEmpty();
    }

    @Test
    void the_manifest_of_a_day_is_frozen_at_noon_the_day_before() {
        LocalDate day = LocalDate.of(2026, 12, 8);
        assertThat(MovementRules.manifestFrozenAt(day, 12)).isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
        assertThat(MovementRules.onManifest(Instant.parse("2026-12-07T11:59:59Z"), day, 12)).isTrue();
        assertThat(MovementRules.onManifest(Instant.parse("2026-12-07T12:00:00Z"), day, 12)).isFalse();
        assertThat(MovementRules.frozen(day, Instant.parse("2026-12-07T11:00:00Z"), 12)).isFalse();
        assertThat(MovementRules.frozen(day, Instant.parse("2026-12-07T12:00:00Z"), 12)).isTrue();
        // another freeze hour in force (rule parameter movements.manifest.freeze-hour)
        assertThat(MovementRules.onManifest(Instant.parse("2026-12-07T12:00:00Z"), day, 18)).isTrue();
        assertThat(MovementRules.frozen(day, Instant.parse("2026-12-07T17:59:59Z"), 18)).isFalse();
    }
}
