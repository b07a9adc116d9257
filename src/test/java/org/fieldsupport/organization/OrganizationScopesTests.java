package org.fieldsupport.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.ScopeHierarchy;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrganizationScopesTests {

    @Autowired ScopeHierarchy hierarchy;
    @Autowired org.fieldsupport.organization.structure.internal.OrganizationScopes options; // one of two providers since the role screens

    @Test
    void a_division_scope_covers_its_sections_but_not_another_division() {
        assertThat(hierarchy.covers(Scope.unit("DFS-LSD"), Scope.unit("DFS-SUPS"))).isTrue();
        assertThat(hierarchy.covers(Scope.unit("DFS-LSD"), Scope.unit("DFS-MCMS"))).isFalse();
        assertThat(hierarchy.covers(Scope.unit("DFS-SUPS"), Scope.unit("DFS-LSD"))).isFalse();
        assertThat(hierarchy.covers(Scope.department(), Scope.mission("MINUSCA"))).isTrue();
    }

    @Test
    void a_unit_covers_the_missions_its_hr_section_serves() {
        assertThat(hierarchy.covers(Scope.unit("DFS-FPOS-RHR1"), Scope.mission("MINUSCA"))).isTrue();
        assertThat(hierarchy.covers(Scope.unit("DFS-FPD"), Scope.mission("UNAMA"))).isTrue();
        assertThat(hierarchy.covers(Scope.unit("DFS-FPOS-RHR1"), Scope.mission("UNAMA"))).isFalse();
        assertThat(hierarchy.covers(Scope.mission("MINUSCA"), Scope.mission("UNMISS"))).isFalse();
    }

    @Test
    void the_shell_offers_missions_under_mandate_and_the_divisions() {
        var offered = options.scopeOptions("admin", Locale.FRENCH); // department-wide (demo ADMINISTRATOR)
        assertThat(offered).extracting(o -> o.scope().toString()).contains("MISSION:MINUSCA", "UNIT:DFS-LSD");
        assertThat(offered).extracting(o -> o.scope().toString()).doesNotContain("MISSION:UNSOM");
        // a mission by its code (the selector is on every page: issue 12.10, page weight)
        assertThat(offered).anySatisfy(o -> assertThat(o.label()).isEqualTo("MINUSCA"));
    }
}
