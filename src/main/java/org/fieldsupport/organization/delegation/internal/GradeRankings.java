package org.fieldsupport.organization.delegation.internal;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.fieldsupport.organization.delegation.domain.GradeRanks;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Grade seniority from the platform's reference data ({@link ReferenceData#grades()} rank). Until the
 * reference data is present (or when it does not know a grade), a fallback order of the UN common
 * system grades is used so that grade limits still compare sensibly.
 */
@Component
class GradeRankings implements GradeRanks {

    /** Most senior first; the fallback only. */
    private static final List<String> FALLBACK = List.of(
            "USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "P-1",
            "FS-7", "FS-6", "FS-5", "FS-4", "FS-3", "FS-2", "FS-1",
            "NO-D", "NO-C", "NO-B", "NO-A",
            "G-7", "G-6", "G-5", "G-4", "G-3", "G-2", "G-1");

    private final ObjectProvider<ReferenceData> referenceData;

    GradeRankings(ObjectProvider<ReferenceData> referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public OptionalInt rankOf(String grade) {
        if (grade == null || grade.isBlank()) {
            return OptionalInt.empty();
        }
        String code = grade.strip().toUpperCase(Locale.ROOT);
        ReferenceData data = referenceData.getIfAvailable();
        if (data != null) {
            try {
                var found = data.grade(code);
                if (found.isPresent()) {
                    return OptionalInt.of(found.get().rank());
                }
                if (!data.grades().isEmpty()) {
                    return OptionalInt.empty();
                }
            } catch (RuntimeException notReadyYet) {
                // reference tables not loaded: fall back below
            }
        }
        int index = FALLBACK.indexOf(code);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(1000 - index);
    }

    /** Grade codes for pick lists, most senior first. */
    List<String> gradeCodes() {
        ReferenceData data = referenceData.getIfAvailable();
        if (data != null) {
            try {
                List<String> codes = data.grades().stream().map(ReferenceData.Grade::code).toList();
                if (!codes.isEmpty()) {
                    return codes;
                }
            } catch (RuntimeException notReadyYet) {
                // fall back
            }
        }
        return FALLBACK;
    }
}
