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
     * @param area     area key, one of {@link Areas}
     * @param labelKey message key of the link text
     * @param path     the link target, e.g. {@code /organization/units}
     * @param order    order within the area
     */
    record NavigationItem(String area, String labelKey, String path, String permission, int order) { }

    /** Department areas in the order of the organisation chart; labels are {@code nav.area.<key>}. */
    final class Areas {
        public static final String DEPARTMENT = "department";          // OUSG, front office, organisation
        public static final String FIELD_BUDGET_FINANCE = "budget";    // FBFD
        public static final String FIELD_PERSONNEL = "personnel";      // FPD
        public static final String LOGISTICS = "logistics";            // LSD
        public static final String ICT = "ict";                        // ICTD
        public static final String ADMINISTRATION = "admin";           // platform administration
        private Areas() { }
    }
}
