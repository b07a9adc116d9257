package org.fieldsupport.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.ops.RequestIds;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details the platform's way: a {@code type} URI from {@link ProblemType},
 * {@code title} and {@code detail} from the bundles in the request's language, {@code instance} (the
 * request path) and the {@code requestId}. The API exception handler uses it; so can filters that
 * answer before any controller runs (401/403 from the security chain) through {@link #write}.
 */
@Component
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final JsonMapper jsonMapper;

    public Problems(MessageSource messages, JsonMapper jsonMapper) {
        this.messages = messages;
        this.jsonMapper = jsonMapper;
    }

    /** A problem of a known type; {@code detailArgs} fill {@code problem.<slug>.detail}. */
    public ProblemDetail create(ProblemType type, HttpServletRequest request, Object... detailArgs) {
        return create(HttpStatusCode.valueOf(type.status()), type.uri(), message(type.titleKey()),
                message(type.detailKey(), detailArgs), request);
    }

    public ProblemDetail create(HttpStatusCode status, URI type, String title, String detail,
                                HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        requestId(request).ifPresent(id -> problem.setProperty("requestId", id));
        return problem;
    }

    /** Resolves a bundle key in the current request's language; the key itself when missing or unformattable. */
    public String message(String key, Object... args) {
        try {
            return messages.getMessage(key, args, key, locale());
        } catch (IllegalArgumentException unformattable) {
            return key;
        }
    }

    public Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** Writes {@code problem} as {@code application/problem+json}, for code running outside Spring MVC. */
    public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(asMap(problem)));
    }

    /** The problem as the JSON object the API shows (extension properties at the top level). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        map.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            map.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }

    private static java.util.Optional<String> requestId(HttpServletRequest request) {
        if (request != null && request.getAttribute(RequestIds.ATTRIBUTE) instanceof String id) {
            return java.util.Optional.of(id);
        }
        return RequestIds.current();
    }
}
