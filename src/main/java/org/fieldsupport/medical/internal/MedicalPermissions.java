package org.fieldsupport.medical.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The module's permissions and roles, its menu entries, and the attributions it serves (with their tests). */
@Component
public class MedicalPermissions implements PermissionContributor, NavigationContributor, AttributionFeatureContributor,
        org.fieldsupport.lsd.SearchSource.Provider {

    public static final String READ = "medical.read";
    public static final String MANAGE = "medical.manage";

    @Override
    public String module() {
        return "medical";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(READ, "medical.permission.read"),
                new PermissionDefinition(MANAGE, "medical.permission.manage"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(new RoleDefinition("MEDICAL_OFFICER", "medical.role.MEDICAL_OFFICER", Set.of(READ, MANAGE)));
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.LOGISTICS, "medical.nav.facilities", "/medical/facilities", READ, 500),
                new NavigationItem(Areas.LOGISTICS, "medical.nav.evacuations", "/medical/evacuations", READ, 501));
    }

    @Override
    public List<ServedAttribution> servedAttributions() {
        String test = "org.fieldsupport.medical.MedicalTests";
        return List.of(
                new ServedAttribution("8.7.g", "medical.feature.facilities", "/medical/facilities", ServedAttribution.Kind.SCREEN, test),
                new ServedAttribution("8.7.g", "medical.feature.facilities", "/api/v1/medical/facilities", ServedAttribution.Kind.API, test),
                new ServedAttribution("8.7.g", "medical.feature.evacuations", "/medical/evacuations", ServedAttribution.Kind.SCREEN, test),
                new ServedAttribution("8.7.g", "medical.feature.evacuations", "/api/v1/medical/evacuations", ServedAttribution.Kind.API, test));
    }

    /** The module's records in the global search (re-indexed at start-up and on every recorded change). */
    @Override
    public List<org.fieldsupport.lsd.SearchSource> searchSources() {
        return List.of(new org.fieldsupport.lsd.SearchSource("medical.evacuation", "SELECT e.id, e.reference, CONCAT_WS(' - ', e.pickup, f.name) AS title, "
                + "CONCAT_WS(' ', e.kind, e.priority, e.outcome, e.mission_code) AS text, e.mission_code "
                + "FROM med_evacuation e JOIN med_facility f ON f.id = e.facility_id", "/medical/evacuations", READ));
    }
}
