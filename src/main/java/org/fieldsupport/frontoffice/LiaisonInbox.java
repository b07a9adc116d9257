package org.fieldsupport.frontoffice;

import java.time.LocalDate;

/**
 * How another module hands the front office a question from a Member State or a partner (claims' portal
 * questions, for example): it lands in the liaison query register with a deadline and a lead unit, and is
 * answered there.
 */
public interface LiaisonInbox {

    /**
     * @param partnerCode  the partner register's code (e.g. {@code PM-BGD} for Bangladesh's permanent mission)
     * @param subject      the question
     * @param missionCode  the mission it concerns, or null
     * @param deadline     when the answer is due
     * @param leadUnit     the unit that answers (organisation unit code)
     * @return the query's reference, e.g. {@code FO/Q/2026/00012}
     */
    String registerQuery(String partnerCode, String subject, String missionCode, LocalDate deadline, String leadUnit);
}
