package org.fieldsupport.personnel.leadership.internal;

import org.fieldsupport.personnel.leadership.domain.SeniorParity;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.stereotype.Component;

/**
 * Alerts in "My work" of the Senior Leadership Appointments Section (role {@code SENIOR_LEADERSHIP_OFFICER}, department
 * scope) when a shortlist breaks the parity rule, or a selection is made from such a shortlist or leaves the mission's
 * leadership team below parity. A compliant shortlist closes the call's open shortlist alert.
 */
@Component
public class ParityAlerts {

    public static final String SHORTLIST = "personnel.leadership-parity-shortlist";
    public static final String SELECTION = "personnel.leadership-parity-selection";

    private final WorkItems workItems;

    ParityAlerts(WorkItems workItems) {
        this.workItems = workItems;
    }

    private static Assignee section() {
        return Assignee.role(LeadershipPermissions.ROLE_OFFICER, Scope.department());
    }

    void shortlist(CallService.Call c, SeniorParity.Result parity) {
        workItems.open(NewWorkItem.of(SHORTLIST, c.id(), c.reference(), "/personnel/leadership/calls/" + c.id(), section(),
                StaffService.today().plusDays(7), "leadership.alert.shortlist", c.reference(), parity.women(),
                parity.womenRequired()));
    }

    void resolveShortlist(CallService.Call c) {
        workItems.closeFor(SHORTLIST, String.valueOf(c.id()));
    }

    void selection(CallService.Call c, String why) {
        workItems.open(NewWorkItem.of(SELECTION, c.id() + ":" + why, c.reference(), "/personnel/leadership/calls/" + c.id(),
                section(), StaffService.today().plusDays(7), "leadership.alert.selection." + why, c.reference(),
                c.missionCode()));
    }
}
