package org.fieldsupport.personnel.leadership.internal;

import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Field errors that name the field in the reader's language ({@code leadership.field.<name>}). */
public final class Inputs {

    private Inputs() { }

    public static DefaultMessageSourceResolvable label(String field) {
        String base = field.replaceAll("\\[\\d+]", "");
        int dot = base.lastIndexOf('.');
        return new DefaultMessageSourceResolvable(new String[] {"leadership.field." + base.substring(dot + 1)},
                base.substring(dot + 1));
    }

    public static void required(FieldErrors errors, String field) {
        errors.add(field, "Required", "leadership.input.required", label(field));
    }

    public static void invalid(FieldErrors errors, String field, String rule, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = label(field);
        System.arraycopy(args, 0, all, 1, args.length);
        errors.add(field, rule, key, all);
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
