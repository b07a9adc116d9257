package org.fieldsupport.platform.api.internal;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * No NUL character in any text of a JSON request body (issue 9 item 4): PostgreSQL refuses it in text columns
 * (a 500), and it is never meaningful. Every string of the bound request (records, lists, maps, nested) is
 * checked once after reading; each offending field is named in a 400.
 */
@RestControllerAdvice
class NulCharacterCheck extends RequestBodyAdviceAdapter {

    private static final int MAX_DEPTH = 8;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        FieldErrors errors = new FieldErrors();
        walk(body, "", errors, 0);
        errors.throwIfAny();
        return body;
    }

    private static void walk(Object value, String path, FieldErrors errors, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (text.toString().indexOf('\u0000') >= 0) {
                errors.add(path.isEmpty() ? "body" : path, "NoNul", "platform.input.nul");
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", errors, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                walk(e.getKey(), join(path, key), errors, depth + 1);
                walk(e.getValue(), join(path, key), errors, depth + 1);
            }
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) {
                walk(array[i], path + "[" + i + "]", errors, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    walk(component.getAccessor().invoke(value), join(path, component.getName()), errors, depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not readable: nothing to check
                }
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
