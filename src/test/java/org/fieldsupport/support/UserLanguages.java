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
    private final Map<String, String> before = new HashMap<>();

    private UserLanguages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.query("SELECT username, preferred_language FROM app_user",
                (java.sql.ResultSet rs) -> { before.put(rs.getString(1), rs.getString(2)); });
    }

    /** Remembers every user's language now. */
    public static UserLanguages remember(JdbcTemplate jdbc) {
        return new UserLanguages(jdbc);
    }

    /** Puts back the languages remembered, for the users whose language changed since. */
    public void restore() {
        before.forEach((user, language) -> jdbc.update(
                "UPDATE app_user SET preferred_language = ? WHERE username = ? AND "
                        + "COALESCE(preferred_language, '') <> COALESCE(?, '')", language, user, language));
    }
}
