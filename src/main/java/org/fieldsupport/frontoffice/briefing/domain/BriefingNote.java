package org.fieldsupport.frontoffice.briefing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A briefing note or talking points for a meeting (4.3.j): the front office asks units for sections and assembles
 * one document in English or French once every section is in. Each assembly is a new version.
 */
public record BriefingNote(String reference, String meeting, String counterpart, LocalDate meetingDate,
                           String principal, String language, List<Section> sections) {

    public record Section(long id, int position, String heading, String unitCode, String text) {
        public boolean submitted() {
            return text != null && !text.isBlank();
        }
    }

    /** Units whose sections are still missing (empty when the note can be assembled). */
    public List<String> missingUnits() {
        return sections.stream().filter(s -> !s.submitted()).map(Section::unitCode).distinct().sorted().toList();
    }

    /** Why the note cannot be assembled, if it cannot. */
    public Optional<String> refusalToAssemble() {
        if (sections.isEmpty()) return Optional.of("frontoffice.briefing.noSections");
        if (!missingUnits().isEmpty()) return Optional.of("frontoffice.briefing.sectionsMissing");
        return Optional.empty();
    }
}
