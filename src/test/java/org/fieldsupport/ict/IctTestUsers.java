package org.fieldsupport.ict;

import java.util.UUID;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;

/** Test users of the ICT catalogue and service desk (unique names: tables are shared between test classes). */
public final class IctTestUsers {

    public final String hq;
    public final String secondLine;
    public final String deskMinusca;
    public final String deskUnmiss;
    public final String requesterMinusca;
    public final String requesterFr;
    public final String nobody;
    public final String suffix;

    public IctTestUsers(UserDirectory d) {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        hq = make(d, "ict.t.hq." + suffix, "ICT_HQ_OFFICER", Scope.department(), "en");
        secondLine = make(d, "ict.t.l2." + suffix, "ICT_SECOND_LINE", Scope.department(), "en");
        deskMinusca = make(d, "ict.t.desk.minusca." + suffix, "ICT_SERVICE_DESK", Scope.mission("MINUSCA"), "en");
        deskUnmiss = make(d, "ict.t.desk.unmiss." + suffix, "ICT_SERVICE_DESK", Scope.mission("UNMISS"), "en");
        requesterMinusca = make(d, "ict.t.req.minusca." + suffix, "ICT_REQUESTER", Scope.mission("MINUSCA"), "en");
        requesterFr = make(d, "ict.t.req.fr." + suffix, "ICT_REQUESTER", Scope.mission("MINUSCA"), "fr");
        nobody = "ict.t.nobody." + suffix;
        d.ensureUser(nobody, nobody, nobody + "@fieldsupport.example", "en", nobody + "-Secret-1");
    }

    private static String make(UserDirectory d, String name, String role, Scope scope, String lang) {
        d.ensureUser(name, name, name + "@fieldsupport.example", lang, name + "-Secret-1");
        d.ensureRoleAssignment(name, role, scope);
        return name;
    }
}
