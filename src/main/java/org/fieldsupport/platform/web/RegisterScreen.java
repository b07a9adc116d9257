package org.fieldsupport.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A register screen as the shared template {@code platform/register} shows it (one helper for every module; before
 * session 4 lsd and ict each kept a copy; lsd's went in session 5): a table of rows (cells already formatted; a cell starting with {@code #} is a message key), row actions, and a form whose fields are bound
 * to the same request record as the API (so the screen and the API check the same way).
 */
public record RegisterScreen(String titleKey, String introKey, List<String> columns, List<Row> rows, String formTitleKey,
                     String formAction, List<Field> fields, List<Link> links, String svg) {

    public record Row(String link, List<String> cells, boolean flagged, List<Action> actions) { }

    /**
     * A row's button: posts to {@code path}, with one text input when {@code inputName} is set, the record's
     * {@code version} as a hidden field when known (a stale move is refused), disabled with {@code refusal} as its
     * title when only the delegation of authority is missing.
     */
    public record Action(String path, String labelKey, String inputName, String inputLabelKey, Long version,
                         boolean enabled, String refusal) {

        public Action(String path, String labelKey, String inputName, String inputLabelKey) {
            this(path, labelKey, inputName, inputLabelKey, null, true, null);
        }

        public static Action of(String path, String labelKey) {
            return new Action(path, labelKey, null, null);
        }

        /**
         * The buttons of the workflow kit's available actions ({@code Workflows.actions}): {@code base/<action>}, the
         * first required field as the input (labelled {@code inputLabelPrefix + field}), the record's version.
         */
        public static List<Action> of(String base, List<AvailableAction> available, long version,
                                      String inputLabelPrefix) {
            List<Action> actions = new ArrayList<>();
            for (AvailableAction a : available) {
                String input = a.requiredFields().isEmpty() ? null : a.requiredFields().get(0);
                actions.add(new Action(base + "/" + a.action(), a.labelKey(), input,
                        input == null ? null : inputLabelPrefix + input, version, a.allowed(), a.refusal()));
            }
            return actions;
        }
    }

    public record Field(String name, String labelKey, String type, List<Option> options, boolean required) { }

    public record Option(String value, String labelKey) { }

    public record Link(String path, String labelKey) { }

    /** Whether the form uploads a file (sent as multipart/form-data). */
    public boolean hasFile() {
        return fields.stream().anyMatch(f -> "file".equals(f.type()));
    }

    public boolean hasActions() {
        return rows.stream().anyMatch(r -> !r.actions().isEmpty());
    }

    public static RegisterScreen of(String titleKey, String introKey, List<String> columns, List<Row> rows) {
        return new RegisterScreen(titleKey, introKey, columns, rows, null, null, List.of(), List.of(), null);
    }

    public RegisterScreen form(String formTitleKey, String formAction, List<Field> fields) {
        return new RegisterScreen(titleKey, introKey, columns, rows, formTitleKey, formAction, fields, links, svg);
    }

    public RegisterScreen links(List<Link> links) {
        return new RegisterScreen(titleKey, introKey, columns, rows, formTitleKey, formAction, fields, links, svg);
    }

    public RegisterScreen svg(String svg) {
        return new RegisterScreen(titleKey, introKey, columns, rows, formTitleKey, formAction, fields, links, svg);
    }

    public static Row row(String link, boolean flagged, List<Action> actions, String... cells) {
        List<String> list = new ArrayList<>();
        for (String cell : cells) {
            list.add(cell == null ? "—" : cell);
        }
        return new Row(link, list, flagged, actions);
    }

    public static Field field(String name, String labelKey, String type, boolean required) {
        return new Field(name, labelKey, type, List.of(), required);
    }

    /** A select whose options are enum-like values labelled {@code prefix + value}. */
    public static Field choice(String name, String labelKey, String prefix, boolean required, String... values) {
        List<Option> options = new ArrayList<>();
        for (String v : values) {
            options.add(new Option(v, prefix == null ? v : "#" + prefix + v));
        }
        return new Field(name, labelKey, "select", options, required);
    }

    /** The attachment kit's files panel of one record, loaded by the page ({@code back}: the page to return to). */
    public record Files(String recordType, String recordId, String back) { }

    /**
     * Shows one record's page: this screen (its row and moves), the record's history from the workflow kit (oldest
     * first) and, when {@code recordType} is given, its files panel (the attachment kit's
     * {@code /records/{type}/{id}/files}, read and write rights decided by the module's {@code AttachableRecords}).
     */
    public String showRecord(Model model, String recordType, Object recordId, String back,
                             List<org.fieldsupport.platform.workflow.Workflows.TransitionRecord> history) {
        if (recordType != null) {
            model.addAttribute("recordFiles", new Files(recordType, String.valueOf(recordId), back));
        }
        model.addAttribute("history", history == null ? List.of() : history);
        return show(model, null, null);
    }

    /** Shows the screen (with the form as typed and its errors, if any). */
    public String show(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("screen", this);
        model.addAttribute("form", form == null ? Map.of() : form);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        return "platform/register";
    }

    /** Binds a submitted form to a request record like the API's JSON: blank fields are absent, dates ISO. */
    public static <T> T bind(JsonMapper json, Map<String, String> form, Class<T> type) {
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (v != null && !v.isBlank() && !k.startsWith("_")) {
                String value = v.strip();
                // datetime-local inputs send 2026-12-07T08:00 (UTC on these screens)
                if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
                    value = value + ":00Z";
                }
                values.put(k, value);
            }
        });
        try {
            return json.convertValue(values, type);
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() ? "form" : e.getPath().get(0).getPropertyName();
            throw InvalidInputException.of(field, "Type", "platform.input.invalid");
        }
    }

    /**
     * Runs a form submission: on success the redirect; on bad input the screen again with the fields marked; on a
     * rule refusal the screen again with the reason, all in the reader's language.
     */
    public static String submit(Model model, MessageSource messages, Locale locale, Map<String, String> form,
                                Function<Map<String, String>, String> action,
                                java.util.function.BiFunction<Map<String, String>, Map<String, String>, String> again) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            return action.apply(form);
        } catch (InvalidInputException e) {
            for (FieldErrors.FieldError error : e.errors()) {
                errors.put(error.field(), messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale));
            }
        } catch (BusinessRuleException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return again.apply(form, errors);
    }

    /** The message of a refusal, for a redirect's flash attribute. */
    public static String reason(MessageSource messages, Locale locale, RuntimeException e) {
        if (e instanceof BusinessRuleException b) {
            return messages.getMessage(b.messageKey(), b.args(), b.messageKey(), locale);
        }
        if (e instanceof InvalidInputException i && !i.errors().isEmpty()) {
            FieldErrors.FieldError error = i.errors().get(0);
            return error.field() + ": " + messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale);
        }
        throw e;
    }
}
