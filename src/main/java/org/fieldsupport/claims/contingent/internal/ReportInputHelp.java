package org.fieldsupport.claims.contingent.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.rules.domain.InputProblem;
import org.fieldsupport.claims.rules.domain.RuleSets;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsMessages;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What stops a verification report being computed, in words for the officer (issue 12.6): "The strength return for
 * 2026-12 has not been recorded" with a link to the page that records it, instead of the rule set's field path
 * ("strengthReturns: no strength return for 2026-12"). Used by the report service's refusal message and, as
 * {@code @claimsComputeHelp}, by the compute form, which lists each missing item with its link. The JSON API keeps
 * its field paths (the problem's {@code errors[].field}).
 */
@Component("claimsComputeHelp")
public class ReportInputHelp {

    /** One thing missing: the sentence, and the page that fixes it with its link text (both null when none). */
    public record Item(String text, String href, String linkText) { }

    private final MessageSource messages;
    private final ClaimsMessages claimsMessages;
    private final ContingentData contingents;
    private final RuleSets ruleSets;
    private final ClaimsAccess access;

    ReportInputHelp(MessageSource messages, ClaimsMessages claimsMessages, ContingentData contingents,
                    RuleSets ruleSets, ClaimsAccess access) {
        this.messages = messages;
        this.claimsMessages = claimsMessages;
        this.contingents = contingents;
        this.ruleSets = ruleSets;
        this.access = access;
    }

    /** The problem as a sentence in the reader's language. */
    public String words(InputProblem problem, Locale locale) {
        return item(problem, null, locale).text();
    }

    /** The problems as sentences, one after the other (the refusal message of the service and the API). */
    public String words(List<InputProblem> problems, Locale locale) {
        Set<String> sentences = new LinkedHashSet<>();
        problems.forEach(p -> sentences.add(words(p, locale)));
        return String.join(" ", sentences);
    }

    /**
     * For the compute form after a refusal: what is missing for {@code contingent} over {@code from}–{@code to}
     * (the form's texts), each with the page that fixes it; empty when the form's values do not read or the user
     * may not compute reports for the contingent's mission.
     */
    @Transactional(readOnly = true)
    public List<Item> missing(String contingent, String from, String to, Locale locale) {
        long id;
        YearMonth first;
        YearMonth last;
        try {
            id = Long.parseLong(contingent == null ? "" : contingent.strip());
            first = YearMonth.parse(from == null ? "" : from.strip());
            last = YearMonth.parse(to == null ? "" : to.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            return List.of();
        }
        var record = contingents.find(id).orElse(null);
        if (record == null || last.isBefore(first)
                || !access.may(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(record.missionCode()))) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (InputProblem p : contingents.input(id).check(ruleSets.current(), first, last)) {
            Item item = item(p, id, locale);
            if (seen.add(item.text())) {
                items.add(item);
            }
        }
        return items;
    }

    Item item(InputProblem p, Long contingentId, Locale locale) {
        Object arg = p.args().isEmpty() ? "" : p.args().get(0);
        String base = contingentId == null ? null : "/claims/contingents/" + contingentId;
        String key = p.messageKey();
        return switch (key) {
            case "claims.input.strengthReturn.missing" -> new Item(msg("claims.help.strengthReturn.missing", locale, arg),
                    base == null ? null : base + "/strength-returns?month=" + arg,
                    msg("claims.help.strengthReturn.fix", locale));
            case "claims.input.troopCostRate.missing", "claims.input.rate.missing" -> new Item(
                    msg(key.replace("claims.input.", "claims.help."), locale, arg),
                    base == null ? null : "/claims/rates", msg("claims.help.rates.fix", locale));
            case "claims.input.serviceable.missing", "claims.input.serviceable.negative", "claims.input.rating.missing",
                 "claims.input.line.unknown", "claims.input.category.unknown" -> new Item(
                    msg(key.replace("claims.input.", "claims.help."), locale, arg),
                    base == null ? null : base + "/inspections", msg("claims.help.inspections.fix", locale));
            default -> new Item(label(p.field(), locale) + " " + claimsMessages.message(key, p.args(), locale) + ".",
                    base, base == null ? null : msg("claims.help.mou.fix", locale));
        };
    }

    /** "The deployment date", "A major equipment line" … from the first segment of the rule set's field path. */
    private String label(String field, Locale locale) {
        String first = field == null ? "" : field.split("[.\\[]", 2)[0];
        String label = messages.getMessage("claims.help.field." + first, null, "", locale);
        return label.isEmpty() ? messages.getMessage("claims.help.field.other", null, locale) : label;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, claimsMessages.formatAll(List.of(args), locale), locale);
    }
}
