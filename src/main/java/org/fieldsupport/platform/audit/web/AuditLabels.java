package org.fieldsupport.platform.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fieldsupport.platform.audit.internal.AuditView;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail in the reader's words (issue 12.7): a field's label from {@code audit.field.<name>} (any bundle may
 * add its own fields), else its name spelled out ("closedOn" → "Closed on"); a code value ({@code ENGINEERING_COMPANY})
 * from {@code audit.value.<CODE>}, else spelled out; an empty value, booleans, dates and instants in the reader's
 * format. The stored record (and the JSON API) keep the raw values: only the page changes.
 */
@Component
class AuditLabels {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})");

    private final MessageSource messages;
    private final Formats formats;

    AuditLabels(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** One field of a change as the page shows it. */
    record Change(String field, String label, String before, String after, boolean changed) { }

    /** A record as the page shows it. */
    record Row(org.fieldsupport.platform.audit.internal.AuditRecord record, String entityLabel, List<Change> changes) { }

    Row row(AuditView.RecordRow row, Locale locale) {
        return new Row(row.record(), entity(row.record().entityType(), locale), row.changes().stream()
                .map(c -> new Change(c.field(), field(c.field(), locale), value(c.before(), locale),
                        value(c.after(), locale), c.changed()))
                .toList());
    }

    String entity(String type, Locale locale) {
        return messages.getMessage("audit.entity." + type, null, type, locale);
    }

    String field(String name, Locale locale) {
        if (name == null || name.isEmpty()) {
            return messages.getMessage("audit.field.value", null, "Value", locale);
        }
        String label = messages.getMessage("audit.field." + name, null, null, locale);
        return label != null ? label : spelledOut(name);
    }

    String value(String raw, Locale locale) {
        if (raw == null) {
            return null;
        }
        if (raw.isEmpty() || "null".equals(raw)) {
            return messages.getMessage("audit.value.empty", null, "(empty)", locale);
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return messages.getMessage("audit.value." + raw, null, raw, locale);
        }
        try {
            if (DATE.matcher(raw).matches()) {
                return formats.date(LocalDate.parse(raw), locale);
            }
            if (INSTANT.matcher(raw).matches()) {
                return formats.dateTime(Instant.parse(raw), locale);
            }
        } catch (DateTimeParseException | IllegalArgumentException ignored) {
            // not a date after all: shown as stored
        }
        if (CODE.matcher(raw).matches() && raw.contains("_")) {
            String label = messages.getMessage("audit.value." + raw, null, null, locale);
            return label != null ? label : capitalised(raw.replace('_', ' ').toLowerCase(Locale.ROOT));
        }
        if (CODE.matcher(raw).matches()) {
            String label = messages.getMessage("audit.value." + raw, null, null, locale);
            return label != null ? label : raw;
        }
        return raw;
    }

    /** "closedOn" → "Closed on", "member_state" → "Member state". */
    static String spelledOut(String name) {
        String words = name.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).trim();
        return capitalised(words);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
