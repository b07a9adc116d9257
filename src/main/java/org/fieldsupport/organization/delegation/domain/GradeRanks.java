package org.fieldsupport.organization.delegation.domain;

import java.util.OptionalInt;

/**
 * The seniority rank of a grade code (higher = more senior), as given by the platform's reference
 * data; empty for an unknown grade. Passed in so the rules stay plain Java.
 */
@FunctionalInterface
public interface GradeRanks {

    OptionalInt rankOf(String grade);
}
