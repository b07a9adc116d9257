package org.fieldsupport.reporting;

import java.util.UUID;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;

/** Test users of reporting. */
public final class ReportingTestUsers {

    public final String officer;
    public final String mcms;
    public final String lsd;
    public final String reader;
    public final String minusca;
    public final String suffix;

    public ReportingTestUsers(UserDirectory d) {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        officer = make(d, "rp.officer." + suffix, "REPORTING_OFFICER", Scope.department());
        mcms = make(d, "rp.mcms." + suffix, "REPORTING_CONTRIBUTOR", Scope.unit("DFS-MCMS"));
        lsd = make(d, "rp.lsd." + suffix, "REPORTING_CONTRIBUTOR", Scope.unit("DFS-LSD"));
        reader = make(d, "rp.reader." + suffix, "DASHBOARD_READER", Scope.department());
        minusca = make(d, "rp.minusca." + suffix, "DASHBOARD_READER", Scope.mission("MINUSCA"));
    }

    private static String make(UserDirectory d, String name, String role, Scope scope) {
        d.ensureUser(name, name, name + "@fieldsupport.example", "en", name + "-Secret-1");
        d.ensureRoleAssignment(name, role, scope);
        return name;
    }
}
