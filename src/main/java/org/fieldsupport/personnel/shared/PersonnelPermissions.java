package org.fieldsupport.personnel.shared;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/** The personnel module's permissions and roles (assigned with a mission scope, or the department for HQ). */
@Component
public class PersonnelPermissions implements PermissionContributor {

    public static final String POSTS_READ = "personnel.posts.read";
    public static final String POSTS_MANAGE = "personnel.posts.manage";
    public static final String POSTS_DECIDE = "personnel.posts.decide";
    public static final String STAFF_READ = "personnel.staff.read";
    /** Personal data (date of birth, nationality, dependants, medical status): the HR role in scope only. */
    public static final String STAFF_PERSONAL = "personnel.staff.personal";
    public static final String STAFF_MANAGE = "personnel.staff.manage";
    public static final String STAFF_DECIDE = "personnel.staff.decide";
    public static final String HRDATA_READ = "personnel.hrdata.read";
    public static final String QA_MANAGE = "personnel.qa.manage";
    public static final String FILES_MANAGE = "personnel.files.manage";
    public static final String GUIDANCE_PUBLISH = "personnel.guidance.publish";

    public static final String ROLE_HR_OFFICER = "HR_OFFICER";
    public static final String ROLE_READER = "PERSONNEL_READER";

    @Override
    public String module() {
        return "personnel";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(POSTS_READ, "personnel.permission.posts.read"),
                new PermissionDefinition(POSTS_MANAGE, "personnel.permission.posts.manage"),
                new PermissionDefinition(POSTS_DECIDE, "personnel.permission.posts.decide"),
                new PermissionDefinition(STAFF_READ, "personnel.permission.staff.read"),
                new PermissionDefinition(STAFF_PERSONAL, "personnel.permission.staff.personal"),
                new PermissionDefinition(STAFF_MANAGE, "personnel.permission.staff.manage"),
                new PermissionDefinition(STAFF_DECIDE, "personnel.permission.staff.decide"),
                new PermissionDefinition(HRDATA_READ, "personnel.permission.hrdata.read"),
                new PermissionDefinition(QA_MANAGE, "personnel.permission.qa.manage"),
                new PermissionDefinition(FILES_MANAGE, "personnel.permission.files.manage"),
                new PermissionDefinition(GUIDANCE_PUBLISH, "personnel.permission.guidance.publish"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition(ROLE_HR_OFFICER, "personnel.role.HR_OFFICER",
                        Set.of(POSTS_READ, POSTS_MANAGE, POSTS_DECIDE, STAFF_READ, STAFF_PERSONAL, STAFF_MANAGE,
                                STAFF_DECIDE, HRDATA_READ, QA_MANAGE, FILES_MANAGE, GUIDANCE_PUBLISH)),
                // planners, budget and oversight staff: staffing tables, staff lists and indicators, no personal data
                new RoleDefinition(ROLE_READER, "personnel.role.PERSONNEL_READER",
                        Set.of(POSTS_READ, STAFF_READ, HRDATA_READ)));
    }
}
