package org.fieldsupport.procurement.shared.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/** The procurement module's permissions and roles. */
@Component
public class ProcurementPermissions implements PermissionContributor {

    public static final String READ = "procurement.record.read";
    public static final String PLAN = "procurement.plan.manage";
    public static final String CONTRACT = "procurement.contract.manage";
    public static final String CALL_OFF = "procurement.calloff.create";
    public static final String EVALUATE = "procurement.vendor.evaluate";
    public static final String AWARD = "procurement.award.create";
    public static final String PROCEDURE = "procurement.procedure.manage";
    public static final String ADVICE = "procurement.advice.manage";
    /** The local award limit (effective-dated reference data): headquarters' procurement officers. */
    public static final String THRESHOLD = "procurement.threshold.manage";

    public static final String ROLE_OFFICER = "PROCUREMENT_OFFICER";
    public static final String ROLE_MISSION = "PROCUREMENT_MISSION";

    @Override
    public String module() { return "procurement"; }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(READ, PLAN, CONTRACT, CALL_OFF, EVALUATE, AWARD, PROCEDURE, ADVICE, THRESHOLD).stream()
                .map(p -> new PermissionDefinition(p, "procurement.permission." + p.substring("procurement.".length())))
                .toList();
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition(ROLE_OFFICER, "procurement.role.PROCUREMENT_OFFICER",
                        Set.of(READ, PLAN, CONTRACT, CALL_OFF, EVALUATE, AWARD, PROCEDURE, ADVICE, THRESHOLD)),
                new RoleDefinition(ROLE_MISSION, "procurement.role.PROCUREMENT_MISSION",
                        Set.of(READ, PLAN, CALL_OFF, EVALUATE, AWARD)));
    }
}
