package org.fieldsupport.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users' preferred languages, put back after a test that switched them: a page asked for with {@code ?lang=fr} saves
 * the signed-in user's preference, and every later test of the shared context (and the browser tests' context, on
 * the same database) would then read that user's pages in French.
 */
public final class UserLanguages {

    private final JdbcTemplate jdbc;
    private final org.fieldsupport.platform.security.UserDirectory directory;
    private final Map<String, String> before = new HashMap<>();

    private UserLanguages(JdbcTemplate jdbc, org.fieldsupport.platform.security.UserDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
        jdbc.query("SELECT username, preferred_language FROM app_user",
                (java.sql.ResultSet rs) -> { before.put(rs.getString(1), rs.getString(2)); });
    }

    /** Remembers every user's language now. */
    public static UserLanguages remember(org.springframework.context.ApplicationContext context) {
        return new UserLanguages(context.getBean(JdbcTemplate.class),
                context.getBean(org.fieldsupport.platform.security.UserDirectory.class));
    }

    /**
     * Puts back the languages remembered, for the users whose language changed since, through the user directory
     * (which also refreshes the access cache the pages read the preference from).
     */
    public void restore() {
        Map<String, String> now = new HashMap<>();
        jdbc.query("SELECT username, preferred_language FROM app_user",
                (java.sql.ResultSet rs) -> { now.put(rs.getString(1), rs.getString(2)); });
        before.forEach((user, language) -> {
            if (language != null && !language.equals(now.get(user))) {
                directory.savePreferredLanguage(user, language);
            }
        });
    }
}
