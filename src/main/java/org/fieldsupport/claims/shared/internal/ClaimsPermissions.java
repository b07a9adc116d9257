package org.fieldsupport.claims.shared.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/** The claims module's permissions and the roles that bundle them (assigned with a mission or Member State scope). */
@Component
public class ClaimsPermissions implements PermissionContributor {

    public static final String CALCULATE = "claims.calculate";
    public static final String MOU_MANAGE = "claims.mou.manage";
    public static final String VERIFICATION_SUBMIT = "claims.verification.submit";
    public static final String REVIEW_TECHNICAL = "claims.review.technical";
    public static final String CERTIFY = "claims.certify";
    public static final String PAYMENTS_RECORD = "claims.payments.record";
    public static final String PORTAL_READ = "claims.portal.read";
    public static final String DND_MANAGE = "claims.dnd.manage";
    /** A Member State delegate asks the department a question on the portal (it lands in the front office's liaison inbox). */
    public static final String PORTAL_ASK = "claims.portal.ask";
    /** Reading the HQ / mission lists of verification reports (the staff roles; Member States use the portal). */
    public static final String VERIFICATION_READ = "claims.verification.read";
    /** Reports across Member States (financial status, shortfalls, COE Working Group summary); never for Member State users. */
    public static final String REPORTS_READ = "claims.reports.read";

    @Override
    public String module() {
        return "claims";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(CALCULATE, "claims.permission.calculate"),
                new PermissionDefinition(MOU_MANAGE, "claims.permission.mou.manage"),
                new PermissionDefinition(VERIFICATION_SUBMIT, "claims.permission.verification.submit"),
                new PermissionDefinition(REVIEW_TECHNICAL, "claims.permission.review.technical"),
                new PermissionDefinition(CERTIFY, "claims.permission.certify"),
                new PermissionDefinition(PAYMENTS_RECORD, "claims.permission.payments.record"),
                new PermissionDefinition(PORTAL_READ, "claims.permission.portal.read"),
                new PermissionDefinition(PORTAL_ASK, "claims.permission.portal.ask"),
                new PermissionDefinition(DND_MANAGE, "claims.permission.dnd.manage"),
                new PermissionDefinition(VERIFICATION_READ, "claims.permission.verification.read"),
                new PermissionDefinition(REPORTS_READ, "claims.permission.reports.read"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition("COE_UNIT_MISSION", "claims.role.COE_UNIT_MISSION",
                        Set.of(CALCULATE, VERIFICATION_SUBMIT, VERIFICATION_READ)),
                new RoleDefinition("COE_REVIEWER", "claims.role.COE_REVIEWER",
                        Set.of(CALCULATE, REVIEW_TECHNICAL, VERIFICATION_READ, REPORTS_READ)),
                // certifies; never records payments (segregation of duties, session 3): that is treasury's
                new RoleDefinition("CLAIMS_OFFICER", "claims.role.CLAIMS_OFFICER",
                        Set.of(CALCULATE, MOU_MANAGE, CERTIFY, DND_MANAGE, VERIFICATION_READ, REPORTS_READ)),
                // records the payments of certified reports and claims; certifies nothing
                new RoleDefinition("TREASURY_OFFICER", "claims.role.TREASURY_OFFICER",
                        Set.of(PAYMENTS_RECORD, VERIFICATION_READ, REPORTS_READ)),
                // read-only, department-wide: auditors and oversight staff who follow liabilities and shortfalls
                new RoleDefinition("CLAIMS_REPORTS_READER", "claims.role.CLAIMS_REPORTS_READER",
                        Set.of(REPORTS_READ)),
                new RoleDefinition("MEMBER_STATE_VIEWER", "claims.role.MEMBER_STATE_VIEWER",
                        Set.of(CALCULATE, PORTAL_READ, PORTAL_ASK)));
    }
}
