package org.fieldsupport.platform.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>Buckets (session 6: the scan of every mapping was still a quarter of a simple read's CPU): once the mappings are
 * known, they are also sorted into buckets by the beginning of their literal text — the first three segments under
 * {@code /api/} ({@code /api/v1/claims}), the first segment elsewhere ({@code /claims}) — and a request whose path can
 * be filtered is looked up by Spring's own code in its bucket alone. A mapping whose literal text is shorter than its
 * bucket key (a variable early in the path, no path at all) is put in every bucket, so a bucket holds every mapping
 * that can match a path with its key, and the lookup (best match, 405/415 answers, ambiguity) is Spring's, on fewer
 * mappings. A path with no bucket is looked up among those mappings only; a mapping added at run time drops the
 * buckets (every mapping evaluated, as before).
 *
 * <p>Two levels (session 7: the claims API alone is some 300 mappings, and the Member State portal's summary spent a
 * fifth of its CPU finding its handler among them): a mapping whose literal text reaches one segment further
 * ({@code /api/v1/claims/portal}, {@code /claims/mou}) is put in that deeper bucket only; one whose literal stops at
 * the shallow key ({@code /api/v1/claims/{id}}) in its shallow bucket and in every deeper bucket under it. A path is
 * looked up in its deep bucket when there is one, else its shallow bucket, else among the mappings that can match
 * anything.
 */
class PrefixFilteredHandlerMapping extends RequestMappingHandlerMapping {

    /** The path of the lookup running on this thread, when it may be filtered; null outside a lookup. */
    private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

    /** Copy-on-write: read without a lock by every lookup, written once per mapping. */
    private volatile Map<RequestMappingInfo, String[]> prefixes = new IdentityHashMap<>();

    /**
     * Mappings by deep key (with those of a shorter literal under the same shallow key); null until the mappings are
     * known or after one changed at run time.
     */
    private volatile Map<String, Bucket> buckets;
    /** Mappings whose literal reaches a shallow key but no deep one, by shallow key (with the everywhere ones). */
    private volatile Map<String, Bucket> shallowBuckets;
    /** The mappings a path of any bucket may match (the ones with too short a literal beginning). */
    private volatile Bucket everywhere;

    @Override
    protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        super.handlerMethodsInitialized(handlerMethods);
        sortIntoBuckets(handlerMethods);
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        buckets = null;
        super.registerMapping(mapping, handler, method);
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        buckets = null;
        super.unregisterMapping(mapping);
    }

    void sortIntoBuckets(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        Map<String, Set<RequestMappingInfo>> byDeepKey = new HashMap<>();
        Map<String, Set<RequestMappingInfo>> shallowOnly = new HashMap<>();
        Set<RequestMappingInfo> anywhere = new LinkedHashSet<>();
        for (RequestMappingInfo info : handlerMethods.keySet()) {
            String[] literal = literalPrefixes(info);
            boolean everyBucket = literal.length == 0;
            for (String prefix : literal) {
                everyBucket |= bucketKey(prefix) == null;
            }
            if (everyBucket) {
                anywhere.add(info);
                continue;
            }
            for (String prefix : literal) {
                String deep = deepKey(prefix);
                if (deep != null) {
                    byDeepKey.computeIfAbsent(deep, x -> new LinkedHashSet<>()).add(info);
                } else {
                    shallowOnly.computeIfAbsent(bucketKey(prefix), x -> new LinkedHashSet<>()).add(info);
                }
            }
        }
        Map<String, Bucket> deepBuilt = new HashMap<>();
        byDeepKey.forEach((key, infos) -> {
            Set<RequestMappingInfo> all = new LinkedHashSet<>(infos);
            all.addAll(shallowOnly.getOrDefault(bucketKey(key), Set.of()));
            all.addAll(anywhere);
            deepBuilt.put(key, bucket(all, handlerMethods));
        });
        Map<String, Bucket> shallowBuilt = new HashMap<>();
        shallowOnly.forEach((key, infos) -> {
            Set<RequestMappingInfo> all = new LinkedHashSet<>(infos);
            all.addAll(anywhere);
            shallowBuilt.put(key, bucket(all, handlerMethods));
        });
        everywhere = bucket(anywhere, handlerMethods);
        shallowBuckets = shallowBuilt;
        buckets = deepBuilt;
    }

    private Bucket bucket(Set<RequestMappingInfo> infos, Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        Bucket b = new Bucket(this);
        infos.forEach(i -> b.add(i, handlerMethods.get(i)));
        return b;
    }

    /**
     * The bucket key of a request path, or of a literal beginning (a whole pattern, or one cut after a {@code /}):
     * its first three segments under {@code /api/}, its first segment elsewhere; null when it has fewer.
     */
    static String bucketKey(String literal) {
        return key(literal, literal.startsWith("/api/") ? 3 : 1);
    }

    /** The deeper key: one segment more than {@link #bucketKey} ({@code /api/v1/claims/portal}, {@code /claims/mou}). */
    static String deepKey(String literal) {
        return key(literal, literal.startsWith("/api/") ? 4 : 2);
    }

    private static String key(String literal, int wanted) {
        int end = 0;
        for (int n = 0; n < wanted; n++) {
            if (end >= literal.length() || literal.charAt(end) != '/') return null;
            int next = literal.indexOf('/', end + 1);
            int segmentEnd = next < 0 ? literal.length() : next;
            if (segmentEnd == end + 1) return null; // an empty segment
            end = segmentEnd;
        }
        return literal.substring(0, end);
    }

    /** The buckets' sizes, deep and shallow keys alike (tests and the start-up log). */
    Map<String, Integer> bucketSizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Map<String, Bucket> shallow = shallowBuckets;
        if (shallow != null) shallow.forEach((k, v) -> sizes.put(k, v.size()));
        Map<String, Bucket> b = buckets;
        if (b != null) b.forEach((k, v) -> sizes.put(k, v.size()));
        return sizes;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String path = filterablePath(request);
        Map<String, Bucket> b = buckets;
        Map<String, Bucket> shallow = shallowBuckets;
        if (path != null && b != null && shallow != null) {
            String deep = deepKey(path);
            Bucket bucket = deep == null ? null : b.get(deep);
            if (bucket == null) {
                String key = bucketKey(path);
                bucket = key == null ? null : shallow.get(key);
            }
            return (bucket != null ? bucket : everywhere).find(lookupPath, request);
        }
        String outer = LOOKUP_PATH.get();
        LOOKUP_PATH.set(path);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer == null) LOOKUP_PATH.remove();
            else LOOKUP_PATH.set(outer);
        }
    }

    /** Spring's own lookup over every mapping, without buckets or shortcut (what tests compare the lookup with). */
    HandlerMethod lookupEveryMapping(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = LOOKUP_PATH.get();
        LOOKUP_PATH.remove();
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer != null) LOOKUP_PATH.set(outer);
        }
    }

    HandlerMethod lookup(String lookupPath, HttpServletRequest request) throws Exception {
        return lookupHandlerMethod(lookupPath, request);
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

    /**
     * Spring's lookup over some of the mappings: the same {@link HandlerMethod}s (bean resolved by the caller as
     * before), the same request attributes, 405/415 answers and ambiguity checks, on fewer mappings.
     */
    static final class Bucket extends RequestMappingHandlerMapping {

        private int size;

        Bucket(PrefixFilteredHandlerMapping of) {
            if (of.getPatternParser() != null) setPatternParser(of.getPatternParser());
            setUrlPathHelper(of.getUrlPathHelper());
            setContentNegotiationManager(of.getContentNegotiationManager());
        }

        void add(RequestMappingInfo info, HandlerMethod handlerMethod) {
            registerMapping(info, handlerMethod, handlerMethod.getMethod());
            size++;
        }

        int size() {
            return size;
        }

        /** The handler kept for the mapping is the outer mapping's own. */
        @Override
        protected HandlerMethod createHandlerMethod(Object handler, Method method) {
            return handler instanceof HandlerMethod hm ? hm : super.createHandlerMethod(handler, method);
        }

        HandlerMethod find(String lookupPath, HttpServletRequest request) throws Exception {
            return lookupHandlerMethod(lookupPath, request);
        }
    }
}
