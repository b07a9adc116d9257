package org.fieldsupport.platform.web;

import java.util.List;

/**
 * A module adds its screens to the shell's navigation by registering a bean of this type. Items are
 * grouped by department area (the organisation chart's divisions) and shown only to users holding
 * {@code permission} in some scope ({@code null} = any signed-in user).
 */
public interface NavigationContributor {

    List<NavigationItem> navigationItems();

    /**
     * Whether {@code item} (one of this contributor's) is offered to {@code username}, beyond its permission: for a
     * page whose own rule is narrower than the platform's permissions (conduct's need-to-know is decided on the
     * roles actually assigned, so the administrator, who holds every permission, is refused). Called only for items
     * whose permission the user holds; the default offers them all.
     */
    default boolean offers(NavigationItem item, String username) {
        return true;
    }

    /**
     * @param area       area key, one of {@link Areas}
     * @param labelKey   message key of the link text
     * @param path       the link target, e.g. {@code /organization/units}
     * @param permission {@code null}: every member of the staff (not Member State portal users, who see only what
     *                   their permissions name); {@link #EVERY_USER}: everyone signed in, portal users included;
     *                   otherwise shown to users holding it in some scope
     * @param order      order within the area
     * @param scope      when not null, the permission must be held in this scope (e.g. the department for a page
     *                   that checks it there), so nobody is offered a link that answers "access denied"
     */
    record NavigationItem(String area, String labelKey, String path, String permission, int order,
                          org.fieldsupport.platform.security.Scope scope) {

        /** An item whose permission may be held in any scope. */
        public NavigationItem(String area, String labelKey, String path, String permission, int order) {
            this(area, labelKey, path, permission, order, null);
        }
    }

    /** The permission of items every signed-in user sees, Member State portal users included (home, my work). */
    String EVERY_USER = "*";

    /** Department areas in the order of the organisation chart; labels are {@code nav.area.<key>}. */
    final class Areas {
        public static final String DEPARTMENT = "department";          // OUSG, front office, organisation
        public static final String FIELD_BUDGET_FINANCE = "budget";    // FBFD
        public static final String FIELD_PERSONNEL = "personnel";      // FPD
        public static final String LOGISTICS = "logistics";            // LSD
        public static final String ICT = "ict";                        // ICTD
        public static final String ADMINISTRATION = "admin";           // platform administration
        /** A Member State portal user's own screens, shown first to them (the items they hold in their state). */
        public static final String MEMBER_STATE = "memberState";
        private Areas() { }
    }
}
