package org.fieldsupport.conduct.cases.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/**
 * The conduct module's permissions and roles. The permissions open menus and forms; whether a <i>case</i> is
 * visible is decided by need-to-know on the conduct roles themselves ({@link ConductAccess}): a conduct officer
 * (mission scope = that mission's cases, department scope = headquarters), the headquarters conduct unit and its
 * head, and users given a case explicitly.
 */
@Component
public class ConductPermissions implements PermissionContributor {

    public static final String CASE_READ = "conduct.case.read";
    public static final String CASE_MANAGE = "conduct.case.manage";
    public static final String VICTIM_IDENTITY = "conduct.victim.identity";
    public static final String READ_LOG_REVIEW = "conduct.readlog.review";
    public static final String RECONCILE = "conduct.statistics.reconcile";
    public static final String DISCIPLINE_REVIEW = "conduct.discipline.review";
    public static final String PREVENTION_MANAGE = "conduct.prevention.manage";
    public static final String PREVENTION_READ = "conduct.prevention.read";

    public static final String OFFICER = "CONDUCT_OFFICER";
    public static final String HQ = "CONDUCT_HQ";
    public static final String HEAD = "CONDUCT_HEAD";
    public static final String VICTIMS_ASSISTANCE = "VICTIMS_ASSISTANCE";

    @Override
    public String module() {
        return "conduct";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(CASE_READ, "conduct.permission.case.read"),
                new PermissionDefinition(CASE_MANAGE, "conduct.permission.case.manage"),
                new PermissionDefinition(VICTIM_IDENTITY, "conduct.permission.victim.identity"),
                new PermissionDefinition(READ_LOG_REVIEW, "conduct.permission.readlog.review"),
                new PermissionDefinition(RECONCILE, "conduct.permission.statistics.reconcile"),
                new PermissionDefinition(DISCIPLINE_REVIEW, "conduct.permission.discipline.review"),
                new PermissionDefinition(PREVENTION_MANAGE, "conduct.permission.prevention.manage"),
                new PermissionDefinition(PREVENTION_READ, "conduct.permission.prevention.read"));
    }

    @Override
    public List<RoleDefinition> roles() {
        Set<String> officer = Set.of(CASE_READ, CASE_MANAGE, PREVENTION_MANAGE, PREVENTION_READ);
        Set<String> hq = Set.of(CASE_READ, CASE_MANAGE, PREVENTION_MANAGE, PREVENTION_READ, RECONCILE, DISCIPLINE_REVIEW);
        Set<String> head = Set.of(CASE_READ, CASE_MANAGE, PREVENTION_MANAGE, PREVENTION_READ, RECONCILE,
                DISCIPLINE_REVIEW, READ_LOG_REVIEW);
        return List.of(new RoleDefinition(OFFICER, "conduct.role.CONDUCT_OFFICER", officer),
                new RoleDefinition(HQ, "conduct.role.CONDUCT_HQ", hq),
                new RoleDefinition(HEAD, "conduct.role.CONDUCT_HEAD", head),
                new RoleDefinition(VICTIMS_ASSISTANCE, "conduct.role.VICTIMS_ASSISTANCE",
                        Set.of(CASE_READ, VICTIM_IDENTITY, PREVENTION_READ)));
    }
}
