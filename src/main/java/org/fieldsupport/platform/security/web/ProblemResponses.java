package org.fieldsupport.platform.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Writes RFC 9457 problem details for the security layer (401/403 on /api/**), in the caller's
 * language: Accept-Language, else the signed-in user's preference, else English.
 */
@Component
public class ProblemResponses {

    private final MessageSource messages;
    private final UserDirectory users;
    private final Problems problems;

    public ProblemResponses(MessageSource messages, UserDirectory users, Problems problems) {
        this.messages = messages;
        this.users = users;
        this.problems = problems;
    }

    /**
     * Writes a problem of {@code type} (the platform's type URI) whose title and detail are
     * {@code <key>.title} and {@code <key>.detail} in the caller's language.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String key)
            throws IOException {
        Locale locale = locale(request);
        ProblemDetail problem = problems.create(HttpStatusCode.valueOf(type.status()), type.uri(),
                messages.getMessage(key + ".title", null, locale), messages.getMessage(key + ".detail", null, locale),
                request);
        response.setHeader("Content-Language", locale.getLanguage());
        problems.write(problem, response);
    }

    /** Accept-Language first (an API client states it per request), then the user's preference, then English. */
    Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            var requested = request.getLocales();
            while (requested.hasMoreElements()) {
                String language = requested.nextElement().getLanguage();
                if (language.equals("fr") || language.equals("en")) {
                    return Locale.forLanguageTag(language);
                }
            }
        }
        return CurrentUser.username().flatMap(users::find)
                .map(UserDirectory.UserProfile::preferredLanguage).map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }
}
