package org.fieldsupport.organization.common.web;

import java.util.Locale;
import java.util.function.Supplier;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the organisation's screens run a change posted by a form: on success a "saved" flash and the target page;
 * on a refusal (rule 422, bad field 400, duplicate or stale record 409) nothing is written and the user goes
 * back with the reason in their language.
 */
@Component
public class FormChanges {

    private final MessageSource messages;
    private final org.fieldsupport.platform.web.VersionedForms versioned;

    FormChanges(MessageSource messages, org.fieldsupport.platform.web.VersionedForms versioned) {
        this.messages = messages;
        this.versioned = versioned;
    }

    /** Form parameters → label keys for the stale-edit panel (parameters not listed are shown by name). */
    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("nameFr", "org.name.fr"), java.util.Map.entry("nameEn", "org.name.en"),
            java.util.Map.entry("leadCode", "org.team.lead"), java.util.Map.entry("validTo", "org.valid.to"),
            java.util.Map.entry("validFrom", "org.valid.from"), java.util.Map.entry("fromCode", "org.from"),
            java.util.Map.entry("relation", "org.relation"), java.util.Map.entry("toCode", "org.to"),
            java.util.Map.entry("missionTypes", "org.relation.missionTypes"), java.util.Map.entry("scopeText", "org.scope"),
            java.util.Map.entry("availableTo", "org.shared.availableTo"), java.util.Map.entry("paragraph", "org.paragraph"),
            java.util.Map.entry("effectiveFrom", "org.relation.effectiveFrom"),
            java.util.Map.entry("titleEn", "org.agreement.titleEn"), java.util.Map.entry("titleFr", "org.agreement.titleFr"),
            java.util.Map.entry("providerCode", "org.agreement.provider"),
            java.util.Map.entry("partnerCode", "org.agreement.partner"),
            java.util.Map.entry("supportText", "org.agreement.support"), java.util.Map.entry("reviewOn", "org.agreement.reviewOn"),
            java.util.Map.entry("authorityTypes", "org.policy.authorityTypes"), java.util.Map.entry("body", "org.policy.body"));

    /**
     * A change of a versioned record posted by a form (concurrent edits, issue 10 item 2): written only on the version
     * the form was based on ({@code version}, the hidden field; null = an old form, written as before). On a stale
     * version nothing is written and the page the user goes back to shows the stale-edit panel ({@code stale}: who
     * changed the record, when, each field saved now next to what the user typed) and gets what the user typed as
     * {@code typed} (with the current version), for the form to show again.
     * @param saved the record now, as form parameters (read after the refusal)
     */
    public String attempt(Long version, org.fieldsupport.platform.api.VersionedRow row,
                          Supplier<java.util.Map<String, String>> saved, Supplier<String> change, String back,
                          Locale locale, RedirectAttributes redirect) {
        try {
            return attempt(() -> versioned.write(version, row, change), back, locale, redirect);
        } catch (org.fieldsupport.platform.api.StaleVersionException e) {
            org.fieldsupport.platform.web.VersionedForms.keep(redirect, e, saved.get(), typed(), name ->
                    messages.getMessage(LABELS.getOrDefault(name, name), null, name, locale));
            return back;
        }
    }

    /** What the user typed: the current request's parameters (several values joined by ", "). */
    private static java.util.Map<String, String> typed() {
        java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
            servlet.getRequest().getParameterMap().forEach((name, values) -> typed.put(name, String.join(", ", values)));
        }
        return typed;
    }

    /** A record's values as form parameters, for {@code saved}: null values as empty text, lists joined by ", ". */
    public static java.util.Map<String, String> values(Object... namesAndValues) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            values.put((String) namesAndValues[i], v == null ? ""
                    : v instanceof java.util.Collection<?> c ? String.join(", ", c.stream().map(String::valueOf).toList())
                    : v.toString());
        }
        return values;
    }

    /** @param change returns the redirect after success; {@code back} is where a refusal returns to */
    public String attempt(Supplier<String> change, String back, Locale locale, RedirectAttributes redirect) {
        try {
            String target = change.get();
            redirect.addFlashAttribute("saved", true);
            return target;
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", String.join(" ", e.errors().stream()
                    .map(fe -> fe.field() + ": " + messages.getMessage(fe.messageKey(), fe.args(), fe.messageKey(), locale))
                    .toList()));
        } catch (DuplicateKeyException e) {
            redirect.addFlashAttribute("error", messages.getMessage("org.duplicate", null, locale));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", messages.getMessage("org.edit.conflict", null, locale));
        }
        return back;
    }

    /** The same, with another message for a duplicate (e.g. an overlapping acting arrangement). */
    public String attempt(Supplier<String> change, String back, Locale locale, RedirectAttributes redirect,
                          String duplicateMessageKey) {
        return attempt(() -> {
            try {
                return change.get();
            } catch (DuplicateKeyException e) {
                throw new BusinessRuleException(duplicateMessageKey);
            }
        }, back, locale, redirect);
    }
}
