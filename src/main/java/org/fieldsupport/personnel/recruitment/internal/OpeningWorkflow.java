package org.fieldsupport.personnel.recruitment.internal;

import static org.fieldsupport.platform.workflow.Workflow.anyOf;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.personnel.recruitment.domain.OpeningStatus;
import org.fieldsupport.personnel.recruitment.domain.OpeningType;
import org.fieldsupport.personnel.recruitment.internal.OpeningService.Opening;
import org.fieldsupport.personnel.shared.Authorities;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.AuthorityRequirement;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Transitioned;
import org.fieldsupport.platform.workflow.Workflow;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.stereotype.Component;

/**
 * A job opening's lifecycle on the platform's workflow kit ({@code personnel.recruitment.opening}): every move is
 * checked (permission in the opening's mission, or the department for a generic opening), compare-and-set on
 * {@code rec_opening.status/version}, logged in the kit's transition log, audited and published; the selections
 * need a live delegation of {@code RECRUITMENT_APPOINTMENT} reaching the opening's grade, checked and logged by the
 * organisation's register (the delegation used is in the transition log, its chain on the opening).
 *
 * <p>After each move the next actor gets a work item in "My work" (the kit closes the record's earlier items on every
 * move): the named assessors while the opening is posted or closed, the recruiter once it closes (the transmittal
 * memo) or when the memo is returned, the central review body (or the Senior Review Group for D-2) when the memo is
 * submitted, the selecting official (hiring head of the mission) once endorsed, or at posting for a recruit-from-roster
 * opening.
 */
@Component
public class OpeningWorkflow {

    public static final String RECORD_TYPE = "personnel.recruitment.opening";

    private final Workflows workflows;
    private final WorkItems workItems;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Workflow<Opening, OpeningStatus> crb;
    private final Workflow<Opening, OpeningStatus> srg;

    OpeningWorkflow(Workflows workflows, WorkItems workItems, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.workflows = workflows;
        this.workItems = workItems;
        this.jdbc = jdbc;
        this.crb = flow(RecruitmentPermissions.ENDORSE);
        this.srg = flow(RecruitmentPermissions.ENDORSE_SENIOR);
    }

    static Scope scope(String mission) {
        return mission == null ? Scope.department() : Scope.mission(mission);
    }

    private static AuthorityRequirement.Subject grade(Opening o, TransitionInput in) {
        return AuthorityRequirement.Subject.grade(o.gradeCode(), o.missionCode());
    }

    static Workflow<Opening, OpeningStatus> flow(String endorse) {
        String manage = RecruitmentPermissions.MANAGE;
        String select = RecruitmentPermissions.SELECT;
        return Workflow.define(RECORD_TYPE, Opening.class, OpeningStatus.class)
                .id(Opening::id).state(o -> OpeningStatus.valueOf(o.status())).version(Opening::version)
                .reference(Opening::reference).scope(o -> scope(o.missionCode()))
                .storedIn("rec_opening", "id", "status", "version")
                .stateLabels("recruitment.status.")
                .refusedKey("recruitment.refused.transition")
                .transition("post", OpeningStatus.DRAFT, OpeningStatus.POSTED, manage,
                        t -> t.label("recruitment.action.post"))
                .transition("close", OpeningStatus.POSTED, OpeningStatus.CLOSED, manage,
                        t -> t.label("recruitment.action.close"))
                .transition("submit-memo", anyOf(OpeningStatus.POSTED, OpeningStatus.CLOSED), OpeningStatus.MEMO_SUBMITTED,
                        manage, t -> t.label("recruitment.action.memo"))
                .transition("return-memo", OpeningStatus.MEMO_SUBMITTED, OpeningStatus.CLOSED, endorse,
                        t -> t.label("recruitment.action.return").requires(TransitionInput.NOTE))
                .transition("endorse", OpeningStatus.MEMO_SUBMITTED, OpeningStatus.ENDORSED, endorse,
                        t -> t.label("recruitment.action.endorse"))
                .transition("roster-endorsed", OpeningStatus.ENDORSED, OpeningStatus.COMPLETED, endorse,
                        t -> t.label("recruitment.action.rosterEndorsed"))
                .transition("select", OpeningStatus.ENDORSED, OpeningStatus.COMPLETED, select,
                        t -> t.label("recruitment.action.select")
                                .authority(Authorities.RECRUITMENT_APPOINTMENT, OpeningWorkflow::grade))
                .transition("select-from-roster", anyOf(OpeningStatus.POSTED, OpeningStatus.CLOSED, OpeningStatus.ENDORSED),
                        OpeningStatus.COMPLETED, select, t -> t.label("recruitment.action.selectFromRoster")
                                .authority(Authorities.RECRUITMENT_APPOINTMENT, OpeningWorkflow::grade))
                .transition("cancel", anyOf(OpeningStatus.DRAFT, OpeningStatus.POSTED, OpeningStatus.CLOSED,
                                OpeningStatus.MEMO_SUBMITTED, OpeningStatus.ENDORSED), OpeningStatus.CANCELLED, manage,
                        t -> t.label("recruitment.action.cancel").requires(TransitionInput.REASON))
                .build();
    }

    /** The opening's workflow: the review permission depends on its review body (CRB, or SRG for D-2). */
    public Workflow<Opening, OpeningStatus> of(Opening o) {
        return "SRG".equals(o.reviewBody()) ? srg : crb;
    }

    /** Moves the opening as the signed-in user, then opens the next actor's work items. */
    Transitioned<OpeningStatus> perform(Opening o, String action, TransitionInput input) {
        Transitioned<OpeningStatus> done = workflows.perform(of(o), o, action, input);
        openNext(o, done.to());
        return done;
    }

    /** The same as {@code username} without the permission check (the closing job); still logged and audited. */
    Transitioned<OpeningStatus> performAs(String username, Opening o, String action, TransitionInput input) {
        Transitioned<OpeningStatus> done = workflows.performAs(username, of(o), o, action, input);
        openNext(o, done.to());
        return done;
    }

    /** The moves the workflow kit offers the signed-in user from the opening's state (permission in its scope). */
    public List<org.fieldsupport.platform.workflow.AvailableAction> actions(Opening o) {
        return workflows.actions(of(o), o);
    }

    public List<Workflows.TransitionRecord> history(long openingId) {
        return workflows.history(RECORD_TYPE, openingId);
    }

    /** Work items for whoever acts next on the opening now in {@code state}. */
    void openNext(Opening o, OpeningStatus state) {
        String link = "/personnel/recruitment/openings/" + o.id();
        Scope scope = scope(o.missionCode());
        OpeningType type = OpeningType.valueOf(o.type());
        switch (state) {
            case POSTED -> {
                assessors(o, link, o.deadlineDate());
                if (type.rosterOnly()) {
                    workItems.open(NewWorkItem.of(RECORD_TYPE, o.id(), o.reference(), link,
                            Assignee.role(RecruitmentPermissions.ROLE_HIRING_HEAD, scope), o.deadlineDate(),
                            "recruitment.work.selectFromRoster", o.reference()));
                }
            }
            case CLOSED -> {
                assessors(o, link, null);
                workItems.open(NewWorkItem.of(RECORD_TYPE, o.id(), o.reference(), link,
                        Assignee.role(type.rosterOnly() ? RecruitmentPermissions.ROLE_HIRING_HEAD
                                : RecruitmentPermissions.ROLE_RECRUITER, scope), null,
                        type.rosterOnly() ? "recruitment.work.selectFromRoster" : "recruitment.work.memo", o.reference()));
            }
            case MEMO_SUBMITTED -> workItems.open(NewWorkItem.of(RECORD_TYPE, o.id(), o.reference(), link,
                    Assignee.role("SRG".equals(o.reviewBody()) ? RecruitmentPermissions.ROLE_SRG
                            : RecruitmentPermissions.ROLE_CRB, scope), null, "recruitment.work.review", o.reference()));
            case ENDORSED -> {
                if (type.endsWithSelection()) {
                    workItems.open(NewWorkItem.of(RECORD_TYPE, o.id(), o.reference(), link,
                            Assignee.role(RecruitmentPermissions.ROLE_HIRING_HEAD, scope), null,
                            "recruitment.work.select", o.reference()));
                }
            }
            default -> { }
        }
    }

    private void assessors(Opening o, String link, LocalDate due) {
        for (String a : jdbc.sql("SELECT username FROM rec_opening_assessor WHERE opening_id = ? ORDER BY username")
                .param(o.id()).query(String.class).list()) {
            assessor(o, a, link, due);
        }
    }

    void assessor(Opening o, String username, String link, LocalDate due) {
        workItems.open(NewWorkItem.of(RECORD_TYPE, o.id(), o.reference(), link, Assignee.user(username), due,
                "recruitment.work.assess", o.reference()));
    }
}
