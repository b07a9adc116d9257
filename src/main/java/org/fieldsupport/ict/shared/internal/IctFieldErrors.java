package org.fieldsupport.ict.shared.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * {@link FieldErrors} whose messages name the field in the reader's language: the first message argument is the
 * field's label ({@code ict.field.<field>}, the field's own name when the bundles have none), so
 * {@code ict.error.required = {0} is required} reads "Name (French) is required" / "Nom (français) est obligatoire".
 */
public final class IctFieldErrors {

    private final FieldErrors errors = new FieldErrors();

    public IctFieldErrors add(String field, String rule, String messageKey, Object... args) {
        List<Object> all = new ArrayList<>();
        all.add(label(field));
        all.addAll(Arrays.asList(args));
        errors.add(field, rule, messageKey, all.toArray());
        return this;
    }

    public static DefaultMessageSourceResolvable label(String field) {
        String base = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        return new DefaultMessageSourceResolvable(new String[] {"ict.field." + field, "ict.field." + base}, null, field);
    }

    public boolean isEmpty() { return errors.isEmpty(); }

    public void throwIfAny() { errors.throwIfAny(); }
}
