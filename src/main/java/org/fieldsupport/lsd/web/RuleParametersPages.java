package org.fieldsupport.lsd.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.lsd.RuleParameter;
import org.fieldsupport.lsd.RuleParameters;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.platform.web.RegisterScreen;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screen {@code /logistics/parameters}: every dated value of the rule parameters the user may read (in force, scheduled,
 * past, or the rule set's default when none is recorded) and, for holders of {@code lsd.parameters.manage}, the form
 * that sets a value from a date (the same service and checks as {@code PUT /api/v1/lsd/parameters/{name}}).
 */
@Controller
class RuleParametersPages {

    private final RuleParameters parameters;
    private final MessageSource messages;
    private final Formats formats;

    RuleParametersPages(RuleParameters parameters, MessageSource messages, Formats formats) {
        this.parameters = parameters;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/logistics/parameters")
    String show(Model model, Locale locale) {
        return screen(locale).show(model, Map.of("effectiveFrom", LocalDate.now(ZoneOffset.UTC).toString()), null);
    }

    @PostMapping("/logistics/parameters")
    String set(@RequestParam Map<String, String> form, Model model, Locale locale, RedirectAttributes redirect) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            RuleParameters.Value v = parameters.set(f.get("name"), f.get("effectiveFrom"), f.get("value"));
            RuleParameter p = parameters.readable(v.name());
            redirect.addFlashAttribute("done", messages.getMessage("lsd.parameters.saved", new Object[] {
                    messages.getMessage(p.labelKey(), null, locale), value(p, v.value(), locale),
                    formats.date(v.effectiveFrom())}, locale));
            return "redirect:/logistics/parameters";
        }, (f, errors) -> screen(locale).show(model, f, errors));
    }

    private RegisterScreen screen(Locale locale) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<RuleParameter> readable = parameters.readable();
        List<RegisterScreen.Row> rows = new ArrayList<>();
        for (RuleParameter p : readable) {
            List<RuleParameters.Value> values = parameters.values(p);
            String range = value(p, p.minimum(), locale) + " – " + value(p, p.maximum(), locale);
            if (values.isEmpty()) {
                rows.add(RegisterScreen.row(null, false, List.of(), "#" + p.labelKey(), p.ruleSet(), null,
                        value(p, p.defaultValue(), locale), "#lsd.parameters.status.DEFAULT", range, null));
            }
            LocalDate inForce = values.stream().map(RuleParameters.Value::effectiveFrom).filter(d -> !d.isAfter(today))
                    .findFirst().orElse(null);
            for (RuleParameters.Value v : values) {
                String status = v.effectiveFrom().isAfter(today) ? "SCHEDULED"
                        : v.effectiveFrom().equals(inForce) ? "IN_FORCE" : "PAST";
                rows.add(RegisterScreen.row(null, false, List.of(), "#" + p.labelKey(), p.ruleSet(),
                        formats.date(v.effectiveFrom()), value(p, v.value(), locale), "#lsd.parameters.status." + status,
                        range, v.changedBy()));
            }
        }
        RegisterScreen screen = RegisterScreen.of("lsd.parameters.title", "lsd.parameters.intro", List.of(
                "lsd.parameters.field.parameter", "lsd.parameters.field.ruleSet", "lsd.parameters.field.effectiveFrom",
                "lsd.parameters.field.value", "lsd.parameters.field.status", "lsd.parameters.field.range",
                "lsd.parameters.field.changedBy"), rows);
        if (!parameters.mayManage()) {
            return screen;
        }
        return screen.form("lsd.parameters.new", "/logistics/parameters", List.of(
                RegisterScreen.choice("name", "lsd.parameters.field.parameter", "lsd.parameter.", true,
                        readable.stream().map(RuleParameter::name).toArray(String[]::new)),
                RegisterScreen.field("effectiveFrom", "lsd.parameters.field.effectiveFrom", "date", true),
                RegisterScreen.field("value", "lsd.parameters.field.value", "number", true)));
    }

    /** A value in its unit, in the reader's language (e.g. "48 h", "50 000,00 USD", "12:00 UTC"). */
    private String value(RuleParameter p, java.math.BigDecimal v, Locale locale) {
        String number = "hourOfDay".equals(p.unit()) ? String.format("%02d", v.intValue()) : formats.number(v);
        return messages.getMessage("lsd.parameter.unit." + p.unit(), new Object[] {number}, locale);
    }
}
