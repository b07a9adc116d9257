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
    /** French-speaking twins (screens follow the user's stored language before the browser's). */
    public static final String MINUSCA_FR = "t.budget.minusca.fr";
    public static final String HQ_FR = "t.budget.hq.fr";
    public static final String CONTROLLER_FR = "t.controller.fr";
    public static final String PROCUREMENT_FR = "t.procurement.fr";

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
        french(directory, MINUSCA_FR, "BUDGET_MISSION", Scope.mission("MINUSCA"));
        french(directory, HQ_FR, "BUDGET_HQ", Scope.department());
        french(directory, CONTROLLER_FR, "CONTROLLER", Scope.department());
        french(directory, PROCUREMENT_FR, "PROCUREMENT_OFFICER", Scope.department());
    }

    private static void french(UserDirectory directory, String name, String role, Scope scope) {
        directory.ensureUser(name, name, null, "fr", name + "-password-1");
        directory.ensureRoleAssignment(name, role, scope);
    }

    private static void user(UserDirectory directory, String name, String role, Scope scope) {
        directory.ensureUser(name, name, null, "en", name + "-password-1");
        directory.ensureRoleAssignment(name, role, scope);
    }
}
