package org.fieldsupport.personnel.recruitment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An application as every assessment view shows it (blind review, rules-wave2): the candidate reference, total
 * years of experience, languages, education, roster status, UN status and gender, the screening result, the panel
 * scores and the pipeline status. It has no field for a name, nationality, date of birth, e-mail, address or
 * photograph: a view built from it cannot show them.
 */
public record BlindCandidate(long id, String candidateRef, long openingId, String gender, BigDecimal totalExperience,
                             String educationLevel, List<Language> languages, boolean onRoster, String unStatus,
                             boolean screeningPassed, String status, BigDecimal testScore, BigDecimal interviewScore,
                             Instant submittedAt, List<Answer> answers) {

    public record Language(String language, String level) { }

    public record Answer(long questionId, String question, boolean answer) { }
}
