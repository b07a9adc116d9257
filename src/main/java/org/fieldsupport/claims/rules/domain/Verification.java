package org.fieldsupport.claims.rules.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one inspection found: per major-equipment line the serviceable quantity, per self-sustainment
 * category the rating. A verification covers only the lines and categories it names.
 */
public record Verification(LocalDate date, Map<String, Integer> serviceable, Map<String, Rating> ratings) {

    public Verification {
        // copies that tolerate null values: a finding without a value is reported by the rule set's check
        serviceable = serviceable == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(serviceable));
        ratings = ratings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }
}
