package org.fieldsupport.guidance;

import java.util.UUID;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;

/** Test users of guidance and training (unique names: tables are shared between test classes). */
public final class GuidanceTestUsers {

    public final String officer;
    public final String coordinator;
    public final String focalMinusca;
    public final String focalUnmiss;
    public final String reader;
    public final String suffix;

    public GuidanceTestUsers(UserDirectory d) {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        officer = make(d, "gd.officer." + suffix, "POLICY_OFFICER", Scope.department());
        coordinator = make(d, "gd.coord." + suffix, "TRAINING_COORDINATOR", Scope.department());
        focalMinusca = make(d, "gd.focal.minusca." + suffix, "GUIDANCE_FOCAL_POINT", Scope.mission("MINUSCA"));
        focalUnmiss = make(d, "gd.focal.unmiss." + suffix, "GUIDANCE_FOCAL_POINT", Scope.mission("UNMISS"));
        reader = make(d, "gd.reader." + suffix, "GUIDANCE_READER", Scope.department());
    }

    private static String make(UserDirectory d, String name, String role, Scope scope) {
        d.ensureUser(name, name, name + "@fieldsupport.example", "en", name + "-Secret-1");
        d.ensureRoleAssignment(name, role, scope);
        return name;
    }
}
