package org.fieldsupport.claims.rules.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A death-and-disability case to compute: the incident date, death or disability, and for a disability
 * the assessed permanent impairment as a whole percentage (1–100).
 */
public record DeathAndDisability(LocalDate incidentDate, Kind kind, Integer impairmentPercent,
                                 List<DatedRate> standardAmounts) {

    public enum Kind { DEATH, DISABILITY }

    public DeathAndDisability {
        standardAmounts = standardAmounts == null ? List.of() : List.copyOf(standardAmounts);
    }
}
