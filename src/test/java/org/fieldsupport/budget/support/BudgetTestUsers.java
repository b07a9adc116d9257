package org.fieldsupport.budget.support;

import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;

/** Users of the budget and procurement tests with their roles (created when absent). */
public final class BudgetTestUsers {

    public static final String MINUSCA = "t.budget.minusca";
    public static final String UNMISS = "t.budget.unmiss";
    public static final String HQ = "t.budget.hq";
    public static final String CONTROLLER = "t.controller";
    public static final String NOBODY = "t.nobody";
    public static final String PROCUREMENT = "t.procurement";
    public static final String PROCUREMENT_UNMISS = "t.procurement.unmiss";
    public static final String DOA_ADMIN = "t.doa.admin";

    private BudgetTestUsers() { }

    public static void ensure(UserDirectory directory) {
        user(directory, MINUSCA, "BUDGET_MISSION", Scope.mission("MINUSCA"));
        user(directory, UNMISS, "BUDGET_MISSION", Scope.mission("UNMISS"));
        user(directory, HQ, "BUDGET_HQ", Scope.department());
        user(directory, CONTROLLER, "CONTROLLER", Scope.department());
        directory.ensureUser(NOBODY, NOBODY, null, "en", NOBODY + "-password-1");
        user(directory, PROCUREMENT, "PROCUREMENT_OFFICER", Scope.department());
        user(directory, PROCUREMENT_UNMISS, "PROCUREMENT_MISSION", Scope.mission("UNMISS"));
        user(directory, DOA_ADMIN, "DELEGATION_ADMINISTRATOR", Scope.department());
    }

    private static void user(UserDirectory directory, String name, String role, Scope scope) {
        directory.ensureUser(name, name, null, "en", name + "-password-1");
        directory.ensureRoleAssignment(name, role, scope);
    }
}
