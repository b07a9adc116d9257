package org.fieldsupport.guidance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How other modules use the guidance module's training catalogue (ICT's training plans first, issue 18 9.3.e): the
 * courses (optionally those of one owner unit, e.g. {@code DFS-ICTD}) and how many of a mission's trainees completed
 * them in a period — counts only, never names, so no training permission is asked of the caller's user (the caller
 * checks its own permission on the mission). Courses, sessions, nominations and certificates stay guidance's.
 *
 * <pre>{@code
 * catalogue.courses("DFS-ICTD");                                            // ICTD's courses
 * catalogue.completions("MINUSCA", List.of("SAT-EARTH-STATION"), from, to); // {SAT-EARTH-STATION=3}
 * }</pre>
 */
public interface TrainingCatalogue {

    /** Courses in code order; {@code ownerUnit} null = every course. */
    List<CourseInfo> courses(String ownerUnit);

    Optional<CourseInfo> course(String code);

    /**
     * Completions (status COMPLETED) by trainees of {@code missionCode} with a completion date in {@code [from, to]},
     * per course code; a course without completion is absent. {@code courseCodes} empty = every course.
     */
    Map<String, Long> completions(String missionCode, Collection<String> courseCodes, LocalDate from, LocalDate to);

    /** A course of the catalogue; {@code validityMonths} null = does not expire. */
    record CourseInfo(String code, String titleEn, String titleFr, String audience, String ownerUnit, int hours,
                      Integer validityMonths) {

        public String title(java.util.Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }
    }
}
