package org.fieldsupport.personnel.recruitment.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/**
 * Permissions and roles of recruitment, rosters and outreach (issue 14). Scoped by mission (an opening of a
 * mission) or the department (generic openings, rosters, campaigns). Assessors also need to be named on the
 * opening; selection also needs a live delegation of {@code RECRUITMENT_APPOINTMENT}.
 */
@Component
public class RecruitmentPermissions implements PermissionContributor {

    public static final String READ = "recruitment.openings.read";
    public static final String MANAGE = "recruitment.openings.manage";
    public static final String UNBLIND = "recruitment.unblind";
    public static final String ASSESS = "recruitment.assess";
    public static final String ENDORSE = "recruitment.endorse";
    public static final String ENDORSE_SENIOR = "recruitment.endorse.senior";
    public static final String SELECT = "recruitment.select";
    public static final String ROSTER_READ = "recruitment.roster.read";
    public static final String ROSTER_MANAGE = "recruitment.roster.manage";
    public static final String OUTREACH = "recruitment.outreach.manage";
    public static final String DASHBOARD = "recruitment.dashboard.read";
    public static final String CAREERS = "recruitment.careers.manage";
    public static final String APPLY = "recruitment.apply";

    public static final String ROLE_RECRUITER = "RECRUITER";
    public static final String ROLE_ASSESSOR = "RECRUITMENT_ASSESSOR";
    public static final String ROLE_CRB = "CENTRAL_REVIEW_BODY";
    public static final String ROLE_SRG = "SENIOR_REVIEW_GROUP";
    public static final String ROLE_HIRING_HEAD = "HIRING_HEAD";
    public static final String ROLE_APPLICANT = "APPLICANT";
    public static final String ROLE_CAREER_ADVISER = "CAREER_ADVISER";

    @Override
    public String module() {
        return "personnel";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(READ, "recruitment.permission.read"),
                new PermissionDefinition(MANAGE, "recruitment.permission.manage"),
                new PermissionDefinition(UNBLIND, "recruitment.permission.unblind"),
                new PermissionDefinition(ASSESS, "recruitment.permission.assess"),
                new PermissionDefinition(ENDORSE, "recruitment.permission.endorse"),
                new PermissionDefinition(ENDORSE_SENIOR, "recruitment.permission.endorseSenior"),
                new PermissionDefinition(SELECT, "recruitment.permission.select"),
                new PermissionDefinition(ROSTER_READ, "recruitment.permission.rosterRead"),
                new PermissionDefinition(ROSTER_MANAGE, "recruitment.permission.rosterManage"),
                new PermissionDefinition(OUTREACH, "recruitment.permission.outreach"),
                new PermissionDefinition(DASHBOARD, "recruitment.permission.dashboard"),
                new PermissionDefinition(CAREERS, "recruitment.permission.careers"),
                new PermissionDefinition(APPLY, "recruitment.permission.apply"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition(ROLE_RECRUITER, "recruitment.role.RECRUITER",
                        Set.of(READ, MANAGE, UNBLIND, ROSTER_READ, ROSTER_MANAGE, OUTREACH, DASHBOARD, CAREERS)),
                new RoleDefinition(ROLE_ASSESSOR, "recruitment.role.RECRUITMENT_ASSESSOR", Set.of(READ, ASSESS)),
                new RoleDefinition(ROLE_CRB, "recruitment.role.CENTRAL_REVIEW_BODY", Set.of(READ, ENDORSE)),
                new RoleDefinition(ROLE_SRG, "recruitment.role.SENIOR_REVIEW_GROUP", Set.of(READ, ENDORSE_SENIOR)),
                new RoleDefinition(ROLE_HIRING_HEAD, "recruitment.role.HIRING_HEAD",
                        Set.of(READ, SELECT, ROSTER_READ, DASHBOARD)),
                new RoleDefinition(ROLE_APPLICANT, "recruitment.role.APPLICANT", Set.of(APPLY)),
                new RoleDefinition(ROLE_CAREER_ADVISER, "recruitment.role.CAREER_ADVISER", Set.of(CAREERS, ROSTER_READ)));
    }
}
