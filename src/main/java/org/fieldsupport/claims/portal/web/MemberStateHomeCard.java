package org.fieldsupport.claims.portal.web;

import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.claims.MemberStatePositions;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A Member State user's home (issue 12.3): for each state the user acts for, what it is owed (certified, paid,
 * outstanding), the reports in the pipeline, its open claims and the questions waiting for its answer, each one click
 * from the portal page that shows it. Read through the claims API {@link MemberStatePositions}.
 */
@Controller
class MemberStateHomeCard implements DashboardCardContributor {

    private final MemberStatePositions positions;
    private final AccessPolicy access;

    MemberStateHomeCard(MemberStatePositions positions, AccessPolicy access) {
        this.positions = positions;
        this.access = access;
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("claims-member-state", "screens.home.memberState.title",
                "/claims/portal/home-card", ClaimsPermissions.PORTAL_READ, 5, Scope.ScopeType.MEMBER_STATE));
    }

    @GetMapping("/claims/portal/home-card")
    String card(Model model) {
        String user = CurrentUser.username().orElseThrow();
        List<MemberStatePositions.Position> list = new ArrayList<>();
        access.scopesOf(user, ClaimsPermissions.PORTAL_READ).stream()
                .filter(s -> s.type() == Scope.ScopeType.MEMBER_STATE).map(Scope::key).sorted()
                .forEach(state -> list.add(positions.position(state)));
        model.addAttribute("positions", list);
        return "claims/portal/home-card :: card";
    }
}
