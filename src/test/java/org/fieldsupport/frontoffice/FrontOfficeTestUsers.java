package org.fieldsupport.frontoffice;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test users with front-office roles (names unique per test class instance: tables are shared). */
public final class FrontOfficeTestUsers {

    public final String principal;
    public final String officer;
    public final String clerk;
    public final String mcms;
    public final String lsd;
    public final String admin;

    public FrontOfficeTestUsers(UserDirectory directory) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        principal = make(directory, "fo.principal." + s, "FRONT_OFFICE_PRINCIPAL", Scope.department());
        officer = make(directory, "fo.officer." + s, "FRONT_OFFICE_OFFICER", Scope.department());
        clerk = make(directory, "fo.clerk." + s, "REGISTRY_CLERK", Scope.department());
        mcms = make(directory, "fo.mcms." + s, "UNIT_ACTION_OFFICER", Scope.unit("DFS-MCMS"));
        lsd = make(directory, "fo.lsd." + s, "UNIT_ACTION_OFFICER", Scope.unit("DFS-LSD"));
        admin = make(directory, "fo.admin." + s, "ADMINISTRATOR", Scope.department());
    }

    private static String make(UserDirectory directory, String name, String role, Scope scope) {
        directory.ensureUser(name, name, name + "@fieldsupport.example", "en", name + "-Secret-1");
        directory.ensureRoleAssignment(name, role, scope);
        return name;
    }

    public static RequestPostProcessor as(String username) {
        return user(username);
    }
}
