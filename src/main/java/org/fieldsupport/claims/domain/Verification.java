package org.fieldsupport.claims.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * What one inspection found: per major-equipment line the serviceable quantity, per self-sustainment
 * category the rating. A verification covers only the lines and categories it names.
 */
public record Verification(LocalDate date, Map<String, Integer> serviceable, Map<String, Rating> ratings) {

    public Verification {
        serviceable = serviceable == null ? Map.of() : Map.copyOf(serviceable);
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }
}
