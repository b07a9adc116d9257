package org.fieldsupport.oversight.recommendations.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.PermissionContributor;
import org.springframework.stereotype.Component;

/** The oversight module's permissions and roles (mission or department scope). */
@Component
public class OversightPermissions implements PermissionContributor {

    public static final String READ = "oversight.read";
    public static final String RECOMMENDATION_MANAGE = "oversight.recommendation.manage";
    public static final String RECOMMENDATION_AUDIT = "oversight.recommendation.audit";
    public static final String BOARD_READ = "oversight.board.read";
    public static final String BOARD_MANAGE = "oversight.board.manage";
    public static final String ENGAGEMENT_MANAGE = "oversight.engagement.manage";
    public static final String GUIDANCE_PUBLISH = "oversight.guidance.publish";
    public static final String RISK_READ = "oversight.risk.read";
    public static final String RISK_MANAGE = "oversight.risk.manage";

    @Override
    public String module() {
        return "oversight";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(READ, "oversight.permission.read"),
                new PermissionDefinition(RECOMMENDATION_MANAGE, "oversight.permission.recommendation.manage"),
                new PermissionDefinition(RECOMMENDATION_AUDIT, "oversight.permission.recommendation.audit"),
                new PermissionDefinition(BOARD_READ, "oversight.permission.board.read"),
                new PermissionDefinition(BOARD_MANAGE, "oversight.permission.board.manage"),
                new PermissionDefinition(ENGAGEMENT_MANAGE, "oversight.permission.engagement.manage"),
                new PermissionDefinition(GUIDANCE_PUBLISH, "oversight.permission.guidance.publish"),
                new PermissionDefinition(RISK_READ, "oversight.permission.risk.read"),
                new PermissionDefinition(RISK_MANAGE, "oversight.permission.risk.manage"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition("OVERSIGHT_FOCAL", "oversight.role.OVERSIGHT_FOCAL", Set.of(READ, RECOMMENDATION_MANAGE,
                        BOARD_READ, BOARD_MANAGE, ENGAGEMENT_MANAGE, GUIDANCE_PUBLISH, RISK_READ)),
                new RoleDefinition("OVERSIGHT_AUDITOR", "oversight.role.OVERSIGHT_AUDITOR", Set.of(READ, RECOMMENDATION_AUDIT)),
                new RoleDefinition("RISK_OFFICER", "oversight.role.RISK_OFFICER", Set.of(READ, RISK_READ, RISK_MANAGE,
                        RECOMMENDATION_MANAGE)));
    }
}
