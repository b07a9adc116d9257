package org.fieldsupport.platform.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.platform.web.DashboardCardContributor.DashboardCard;
import org.fieldsupport.platform.web.NavigationContributor;
import org.fieldsupport.platform.web.NavigationContributor.Areas;
import org.fieldsupport.platform.web.NavigationContributor.NavigationItem;
import org.fieldsupport.platform.web.shell.ShellView.NavigationArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The navigation rules, without Spring's web layer. */
class NavigationTests {

    private final NavigationContributor claims = () -> List.of(
            new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claims.nav.claims", "/claims", "claims.read", 1),
            new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "claims.nav.mous", "/claims/mous", null, 0));
    private final NavigationContributor platform = () -> List.of(
            new NavigationItem(Areas.ADMINISTRATION, "security.nav.users", "/admin/users", "security.users.manage", 0),
            new NavigationItem(Areas.DEPARTMENT, "nav.home", "/", null, 0),
            new NavigationItem("zzz-new-area", "x.nav", "/x", null, 0));
    private final DashboardCardContributor cards = () -> List.of(
            new DashboardCard("b", "b.title", "/b/card", null, 2),
            new DashboardCard("a", "a.title", "/a/card", "claims.read", 1));

    private Navigation navigation(AccessPolicy policy) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("claims", claims);
        beans.addBean("platform", platform);
        beans.addBean("cards", cards);
        if (policy != null) {
            beans.addBean("policy", policy);
        }
        return new Navigation(beans.getBeanProvider(NavigationContributor.class),
                beans.getBeanProvider(DashboardCardContributor.class), beans.getBeanProvider(AccessPolicy.class),
                beans.getBeanProvider(org.fieldsupport.platform.security.StaffOnlyPaths.class));
    }

    private static AccessPolicy holding(String... permissions) {
        return new AccessPolicy() {
            public boolean may(String username, String permission, Scope scope) { return false; }
            public boolean mayCurrentUser(String permission, Scope scope) { return false; }
            public void requireCurrentUser(String permission, Scope scope) { }
            public Set<Scope> scopesOf(String username, String permission) {
                return List.of(permissions).contains(permission) ? Set.of(Scope.mission("MINUSCA")) : Set.of();
            }
        };
    }

    @Test
    void areas_follow_the_organisation_chart_and_items_their_order() {
        List<NavigationArea> areas = navigation(null).areasFor("anyone", "/claims/mous/12");
        assertThat(areas).extracting(NavigationArea::key)
                .containsExactly("department", "budget", "admin", "zzz-new-area");
        assertThat(areas.get(1).links()).extracting(ShellView.NavigationLink::path)
                .containsExactly("/claims/mous", "/claims");
        assertThat(areas.get(1).links().get(0).current()).isTrue();
        assertThat(areas.get(0).links().get(0).current()).as("home is current only on /").isFalse();
        assertThat(areas.get(0).labelKey()).isEqualTo("nav.area.department");
    }

    @Test
    void without_an_access_policy_every_item_shows() {
        assertThat(navigation(null).areasFor("anyone", "/")).hasSize(4);
        assertThat(navigation(null).cardsFor("anyone")).extracting(DashboardCard::id).containsExactly("a", "b");
    }

    @Test
    void items_needing_a_permission_show_only_to_users_holding_it_somewhere() {
        Navigation nav = navigation(holding("claims.read"));
        assertThat(nav.areasFor("officer", "/")).extracting(NavigationArea::key)
                .containsExactly("department", "budget", "zzz-new-area");
        assertThat(nav.areasFor("officer", "/").get(1).links()).hasSize(2);

        Navigation none = navigation(holding());
        assertThat(none.areasFor("visitor", "/").get(1).links()).extracting(ShellView.NavigationLink::path)
                .containsExactly("/claims/mous");
        assertThat(none.cardsFor("visitor")).extracting(DashboardCard::id).containsExactly("b");
    }

    /** Issue 12.4: a contributor narrowing its items (and cards) below their permission, as the front office does. */
    private Navigation narrowing(AccessPolicy policy) {
        NavigationContributor narrow = new NavigationContributor() {
            public List<NavigationItem> navigationItems() {
                return List.of(new NavigationItem(Areas.DEPARTMENT, "fo.nav", "/fo", "claims.read", 1));
            }
            public boolean offers(NavigationItem item, String username) {
                return "unit.officer".equals(username);
            }
        };
        DashboardCardContributor narrowCards = new DashboardCardContributor() {
            public List<DashboardCard> dashboardCards() {
                return List.of(new DashboardCard("fo", "fo.card", "/fo/card", "claims.read", 3));
            }
            public boolean offers(DashboardCard card, String username) {
                return "unit.officer".equals(username);
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("claims", claims);
        beans.addBean("narrow", narrow);
        beans.addBean("narrowCards", narrowCards);
        beans.addBean("policy", policy);
        return new Navigation(beans.getBeanProvider(NavigationContributor.class),
                beans.getBeanProvider(DashboardCardContributor.class), beans.getBeanProvider(AccessPolicy.class),
                beans.getBeanProvider(org.fieldsupport.platform.security.StaffOnlyPaths.class));
    }

    @Test
    void a_link_inside_a_page_opens_by_the_menu_rules_and_a_path_outside_the_menu_is_left_to_its_page() {
        Navigation holder = narrowing(holding("claims.read"));
        assertThat(holder.opensFor("unit.officer", "/claims")).isTrue();
        assertThat(holder.opensFor("unit.officer", "/claims?status=OPEN")).as("query ignored").isTrue();
        assertThat(holder.opensFor("unit.officer", "/fo")).isTrue();
        assertThat(holder.opensFor("mission.officer", "/fo")).as("the contributor's offers() says no").isFalse();
        assertThat(holder.opensFor("mission.officer", "/claims/anything/12")).as("not a menu entry").isTrue();

        Navigation none = narrowing(holding());
        assertThat(none.opensFor("unit.officer", "/claims")).as("permission not held").isFalse();
        assertThat(none.opensFor("unit.officer", "/claims/mous")).as("staff entry").isTrue();
    }

    @Test
    void a_card_whose_contributor_does_not_offer_it_is_not_shown() {
        Navigation nav = narrowing(holding("claims.read"));
        assertThat(nav.cardsFor("unit.officer")).extracting(DashboardCard::id).containsExactly("fo");
        assertThat(nav.cardsFor("mission.officer")).isEmpty();
    }
}
