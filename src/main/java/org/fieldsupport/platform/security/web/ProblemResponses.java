package org.fieldsupport.platform.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details for the security layer (401/403 on /api/**), in the caller's
 * language: the signed-in user's preference, else Accept-Language, else English.
 */
@Component
public class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final MessageSource messages;
    private final UserDirectory users;
    private final JsonMapper json = JsonMapper.builder().build();

    public ProblemResponses(MessageSource messages, UserDirectory users) {
        this.messages = messages;
        this.users = users;
    }

    /** Writes a problem whose title and detail are {@code <key>.title} and {@code <key>.detail}. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        Locale locale = locale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage(key + ".title", null, locale));
        body.put("status", status);
        body.put("detail", messages.getMessage(key + ".detail", null, locale));
        body.put("instance", request.getRequestURI());
        String requestId = MDC.get("requestId");
        if (requestId == null) {
            requestId = response.getHeader("X-Request-Id");
        }
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Content-Language", locale.getLanguage());
        response.getWriter().write(json.writeValueAsString(body));
        response.getWriter().flush();
    }

    Locale locale(HttpServletRequest request) {
        String preferred = CurrentUser.username().flatMap(users::find)
                .map(UserDirectory.UserProfile::preferredLanguage).orElse(null);
        if (preferred != null) {
            return Locale.forLanguageTag(preferred);
        }
        var requested = request.getLocales();
        while (requested.hasMoreElements()) {
            String language = requested.nextElement().getLanguage();
            if (language.equals("fr") || language.equals("en")) {
                return Locale.forLanguageTag(language);
            }
        }
        return Locale.ENGLISH;
    }
}
