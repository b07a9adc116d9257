package org.fieldsupport.claims.portal.internal;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.frontoffice.LiaisonInbox;
import org.fieldsupport.frontoffice.LiaisonQueryAnswered;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.notice.Notices;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member State delegates' questions on the claims portal. A question is asked for one Member State by a user holding
 * {@code claims.portal.ask} in that State's scope and is handed to the front office through its root API
 * ({@link LiaisonInbox#ask}, origin {@value #ORIGIN}): it lands in the liaison query register for the State's
 * permanent mission, lead unit {@code fsp.claims.portal.question-unit} (default {@code DFS-MCMS}, the MOU and
 * claims section), due in {@code fsp.claims.portal.question-days} days (default 10), where the liaison officers
 * see it and the unit answers it. The portal reads the State's questions and answers back from the front office
 * (one source of truth); the asker is told in "Notices" when the answer is given ({@link LiaisonQueryAnswered}).
 * One State never sees another's questions: every read and write checks the State's scope first (403).
 */
@Component
public class PortalQuestions {

    public static final String ORIGIN = "claims.portal";
    static final int MAX_SUBJECT = 1000;

    private final PortalQueries portal;
    private final ClaimsAccess access;
    private final LiaisonInbox inbox;
    private final Notices notices;
    private final String leadUnit;
    private final int days;

    PortalQuestions(PortalQueries portal, ClaimsAccess access, LiaisonInbox inbox, Notices notices,
                    @Value("${fsp.claims.portal.question-unit:DFS-MCMS}") String leadUnit,
                    @Value("${fsp.claims.portal.question-days:10}") int days) {
        this.portal = portal;
        this.access = access;
        this.inbox = inbox;
        this.notices = notices;
        this.leadUnit = leadUnit;
        this.days = days;
    }

    /** The State's questions, newest first, with the answers given (403 for another State). */
    @Transactional(readOnly = true)
    public List<LiaisonInbox.MemberStateQuestion> questions(String iso3) {
        String state = portal.requireState(iso3);
        return inbox.questions(ORIGIN, state);
    }

    /** Whether the signed-in user may ask for the State (the form is shown only then). */
    public boolean mayAsk(String iso3) {
        return access.may(ClaimsPermissions.PORTAL_ASK, Scope.memberState(iso3));
    }

    /** Asks the department a question for the State: 403 for another State, 400 for an empty or too long question. */
    @Transactional
    public LiaisonInbox.MemberStateQuestion ask(String iso3, String subject, String missionCode) {
        String state = portal.requireState(iso3);
        String user = access.require(ClaimsPermissions.PORTAL_ASK, Scope.memberState(state));
        FieldErrors errors = new FieldErrors();
        String text = subject == null ? "" : subject.strip();
        if (text.isEmpty()) {
            errors.add("subject", "NotBlank", "claims.portal.question.input.required");
        } else if (text.length() > MAX_SUBJECT) {
            errors.add("subject", "Size", "claims.portal.question.input.size", MAX_SUBJECT);
        }
        String mission = missionCode == null || missionCode.isBlank() ? null : missionCode.strip();
        if (mission != null && portal.contingents(state).stream().noneMatch(c -> c.missionCode().equalsIgnoreCase(mission))) {
            errors.add("missionCode", "OwnMission", "claims.portal.question.input.mission", mission);
        }
        errors.throwIfAny();
        return inbox.ask(ORIGIN, state, text, mission == null ? null : mission.toUpperCase(java.util.Locale.ROOT),
                user, LocalDate.now().plusDays(days), leadUnit);
    }

    /** The asker hears of the answer (the notice names the reference only; the answer is on the portal page). */
    @EventListener
    void answered(LiaisonQueryAnswered e) {
        if (ORIGIN.equals(e.origin()) && e.askedBy() != null && e.memberState() != null) {
            notices.inform(e.askedBy(), "claims.portal.question.answered", List.of(e.reference()),
                    "/claims/portal/" + e.memberState() + "/questions");
        }
    }
}
