package org.fieldsupport.platform.api.internal;

import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.StaleVersionException;
import org.fieldsupport.platform.api.VersionRequiredException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link IfMatch} parameters: the version in {@code If-Match: "7"} (or {@code W/"7"}), null for {@code *}. */
class IfMatchArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(IfMatch.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        String header = request.getHeader(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) throw new VersionRequiredException();
        return parse(header);
    }

    static Long parse(String header) {
        String value = header.trim();
        if (value.equals("*")) return null;
        if (value.startsWith("W/")) value = value.substring(2);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            // no version of any record has that ETag (several ETags, or a foreign one): the precondition fails
            throw new StaleVersionException(-1, null, null);
        }
    }
}
