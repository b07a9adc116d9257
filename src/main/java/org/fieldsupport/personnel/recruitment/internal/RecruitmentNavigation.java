package org.fieldsupport.personnel.recruitment.internal;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Recruitment, rosters, outreach and careers in the Field Personnel Division's area. */
@Component
class RecruitmentNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        String area = Areas.FIELD_PERSONNEL;
        return List.of(
                new NavigationItem(area, "recruitment.nav.openings", "/personnel/recruitment/openings",
                        RecruitmentPermissions.READ, 100),
                new NavigationItem(area, "recruitment.nav.rosters", "/personnel/rosters", RecruitmentPermissions.ROSTER_READ, 110,
                        org.fieldsupport.platform.security.Scope.department()),
                new NavigationItem(area, "recruitment.nav.campaigns", "/personnel/outreach/campaigns",
                        RecruitmentPermissions.OUTREACH, 120),
                new NavigationItem(area, "recruitment.nav.dashboard", "/personnel/recruitment/dashboard",
                        RecruitmentPermissions.DASHBOARD, 130),
                new NavigationItem(area, "recruitment.nav.careerPlans", "/personnel/careers/plans", null, 140),
                new NavigationItem(area, "recruitment.nav.applicant", "/careers/my", RecruitmentPermissions.APPLY, 150));
    }
}
