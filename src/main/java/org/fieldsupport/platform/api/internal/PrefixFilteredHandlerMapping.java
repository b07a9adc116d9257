package org.fieldsupport.platform.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's own request mapping, with one shortcut: a mapping whose path patterns all begin with literal text the
 * request's path does not begin with is passed over without evaluating its conditions.
 *
 * <p>Why (issue 20, profiled with JFR on a node under load): for a path with a variable ({@code /units/DFS-SUPS})
 * Spring MVC evaluates every one of the application's ≈ 1,400 mappings in turn, and that lookup took about two thirds
 * of the CPU of the rich unit read. The result is the same: a pattern can only match a path that starts with the
 * pattern's literal beginning (up to its first variable or wildcard). The shortcut stands aside — full evaluation —
 * whenever it could be wrong: a path with percent-encoded characters or matrix parameters (patterns match decoded
 * segments), a mapping without parsed path patterns, or a request whose path was not parsed.
 * {@code PrefixFilteredHandlerMappingTests} checks every mapping of the application is still found.
 */
class PrefixFilteredHandlerMapping extends RequestMappingHandlerMapping {

    private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        if (cannotMatch(info, request)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    boolean cannotMatch(RequestMappingInfo info, HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return false;
        }
        String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
        if (path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
            return false;
        }
        String[] literal = prefixes.computeIfAbsent(info, PrefixFilteredHandlerMapping::literalPrefixes);
        if (literal.length == 0) {
            return false;
        }
        for (String prefix : literal) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /** The literal beginnings of the mapping's patterns; none (so: evaluate) when a pattern has none. */
    static String[] literalPrefixes(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (PathPattern pattern : condition.getPatterns()) {
            String prefix = literalPrefix(pattern.getPatternString());
            if (prefix.isEmpty() || prefix.equals("/")) {
                return new String[0];
            }
            out.add(prefix);
        }
        return out.toArray(String[]::new);
    }

    /**
     * The pattern up to its first variable or wildcard, cut back to the last whole segment ({@code /a/b{x}} gives
     * {@code /a/}); the whole pattern when it has neither.
     */
    static String literalPrefix(String pattern) {
        int special = -1;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?' || c == '\\') {
                special = i;
                break;
            }
        }
        if (special < 0) {
            return pattern;
        }
        int slash = pattern.lastIndexOf('/', special);
        return slash < 0 ? "" : pattern.substring(0, slash + 1);
    }
}
