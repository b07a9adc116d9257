package org.fieldsupport.frontoffice;

import java.time.LocalDate;
import java.util.List;

/**
 * How another module hands the front office a question from a Member State or a partner (claims' portal
 * questions, for example): it lands in the liaison query register with a deadline and a lead unit, is shown to the
 * liaison officers and answered there; the asking module reads its questions and their answers back
 * ({@link #questions}) and hears of each answer ({@link LiaisonQueryAnswered}).
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

    /**
     * A Member State's own question asked on another module's portal. The caller has checked that the signed-in user
     * may ask for that Member State (the front office asks no liaison permission of a delegate); the question is
     * registered for the State's permanent mission (the partner register's mission whose country is the State,
     * created when the register has none), kind MEMBER_STATE, with its origin and asker.
     *
     * @param origin       the asking channel, e.g. {@code claims.portal} (questions are read back per origin)
     * @param memberState  ISO alpha-3 code of the Member State
     * @param subject      the question (at most 1,000 characters)
     * @param missionCode  the mission it concerns, or null
     * @param askedBy      the username of the delegate who asked
     * @param deadline     when the answer is due
     * @param leadUnit     the unit that answers (organisation unit code)
     * @return the question as registered
     */
    MemberStateQuestion ask(String origin, String memberState, String subject, String missionCode, String askedBy,
                            LocalDate deadline, String leadUnit);

    /** The questions of {@code origin} asked for {@code memberState}, newest first, with their answers once given. */
    List<MemberStateQuestion> questions(String origin, String memberState);

    /** A question as the asking Member State sees it: no internal notes, the answer and its date once answered. */
    record MemberStateQuestion(String reference, String memberState, String subject, String missionCode,
                               String askedBy, LocalDate receivedOn, LocalDate deadline, String answer,
                               LocalDate answeredOn) { }
}
