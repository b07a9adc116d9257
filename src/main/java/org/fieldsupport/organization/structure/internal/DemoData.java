package org.fieldsupport.organization.structure.internal;

import org.springframework.core.env.Environment;

/** Whether demo data is wanted: {@code fsp.demo-data} true/false, or auto = only on an embedded H2 database. */
public final class DemoData {

    private DemoData() { }

    public static boolean enabled(Environment env) {
        String flag = env.getProperty("fsp.demo-data", "auto").trim().toLowerCase(java.util.Locale.ROOT);
        return switch (flag) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        };
    }
}
