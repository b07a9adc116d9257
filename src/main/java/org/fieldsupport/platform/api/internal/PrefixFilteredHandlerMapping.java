package org.fieldsupport.platform.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
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
 *
 * <p>The shortcut itself must cost next to nothing, as it runs once per mapping: the request's path is read once per
 * lookup (not from the request, whose attributes sit behind a dozen filter wrappers, for each mapping — session 6's
 * profile found that read and {@code RequestMappingInfo.hashCode} in 30 % of the unit read's samples), and a
 * mapping's literal beginnings are found by identity, not by hashing the mapping.
 */
class PrefixFilteredHandlerMapping extends RequestMappingHandlerMapping {

    /** The path of the lookup running on this thread, when it may be filtered; null outside a lookup. */
    private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

    /** Copy-on-write: read without a lock by every lookup, written once per mapping. */
    private volatile Map<RequestMappingInfo, String[]> prefixes = new IdentityHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = LOOKUP_PATH.get();
        LOOKUP_PATH.set(filterablePath(request));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer == null) LOOKUP_PATH.remove();
            else LOOKUP_PATH.set(outer);
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = LOOKUP_PATH.get();
        if (path != null && cannotMatch(info, path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /** The request's path when the shortcut may be used for it; null (evaluate every mapping) otherwise. */
    static String filterablePath(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return null;
        }
        String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
        if (path.isEmpty() || path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
            return null;
        }
        return path;
    }

    boolean cannotMatch(RequestMappingInfo info, HttpServletRequest request) {
        String path = filterablePath(request);
        return path != null && cannotMatch(info, path);
    }

    private boolean cannotMatch(RequestMappingInfo info, String path) {
        String[] literal = prefixesOf(info);
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

    private String[] prefixesOf(RequestMappingInfo info) {
        String[] known = prefixes.get(info);
        if (known != null) {
            return known;
        }
        String[] computed = literalPrefixes(info);
        synchronized (this) {
            Map<RequestMappingInfo, String[]> copy = new IdentityHashMap<>(prefixes);
            copy.put(info, computed);
            prefixes = copy;
        }
        return computed;
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
