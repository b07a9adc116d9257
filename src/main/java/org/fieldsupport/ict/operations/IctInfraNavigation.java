package org.fieldsupport.ict.operations;

import static org.fieldsupport.ict.operations.IctInfraPermissions.BCDR_READ;
import static org.fieldsupport.ict.operations.IctInfraPermissions.BUDGET_READ;
import static org.fieldsupport.ict.operations.IctInfraPermissions.INFRA_READ;
import static org.fieldsupport.ict.operations.IctInfraPermissions.PROJECTS_READ;
import static org.fieldsupport.ict.operations.IctInfraPermissions.SECURITY_READ;
import static org.fieldsupport.ict.operations.IctInfraPermissions.STANDARDS_READ;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Infrastructure, continuity, projects, standards, security and budget review in the ICT Division's area. */
@Component
class IctInfraNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.ICT, "ictinfra.nav.sites", "/ict/infrastructure", INFRA_READ, 140),
                new NavigationItem(Areas.ICT, "ictinfra.nav.links", "/ict/infrastructure/links", INFRA_READ, 141),
                new NavigationItem(Areas.ICT, "ictinfra.nav.c4", "/ict/infrastructure/c4", INFRA_READ, 142),
                new NavigationItem(Areas.ICT, "ictinfra.nav.continuity", "/ict/continuity", BCDR_READ, 150),
                new NavigationItem(Areas.ICT, "ictinfra.nav.exercises", "/ict/continuity/exercises", BCDR_READ, 151),
                new NavigationItem(Areas.ICT, "ictinfra.nav.projects", "/ict/projects", PROJECTS_READ, 160),
                new NavigationItem(Areas.ICT, "ictinfra.nav.roadmap", "/ict/projects/roadmap", PROJECTS_READ, 161),
                new NavigationItem(Areas.ICT, "ictinfra.nav.standards", "/ict/standards", STANDARDS_READ, 170),
                new NavigationItem(Areas.ICT, "ictinfra.nav.exceptions", "/ict/standards/exceptions", STANDARDS_READ, 171),
                new NavigationItem(Areas.ICT, "ictinfra.nav.security", "/ict/security", SECURITY_READ, 180),
                new NavigationItem(Areas.ICT, "ictinfra.nav.budget", "/ict/budget-review", BUDGET_READ, 190));
    }
}
