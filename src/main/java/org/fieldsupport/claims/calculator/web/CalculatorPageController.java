package org.fieldsupport.claims.calculator.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The what-if calculator screen for officers (and Member States): the API's inputs as a form (one row of fields per
 * list item, the period as months, mission factors in percent like the MOU page; the API takes fractions), the
 * month/line table with explanations as the answer. Same engine as the API; stores nothing.
 */
@Controller
@RequestMapping("/claims/calculator")
class CalculatorPageController {

    private final WhatIfCalculator calculator;
    private final MessageSource messages;
    private final org.fieldsupport.claims.contingent.internal.ReportInputHelp help;

    CalculatorPageController(WhatIfCalculator calculator, MessageSource messages,
                             org.fieldsupport.claims.contingent.internal.ReportInputHelp help) {
        this.calculator = calculator;
        this.messages = messages;
        this.help = help;
    }

    @GetMapping
    String show(Model model) {
        CalculatorForm form = CalculatorForm.example(calculator.currentRuleSetId());
        model.addAttribute("form", form);
        return page(form, model);
    }

    @PostMapping
    String calculate(@ModelAttribute("form") CalculatorForm form, Model model, Locale locale) {
        List<String> errors = new ArrayList<>();
        CalculationRequest request = toRequest(form, errors, locale);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("result", calculator.calculate(request, locale));
            } catch (InvalidInputException e) {
                for (FieldErrors.FieldError error : e.errors()) {
                    errors.add(inWords(error, locale));
                }
            }
        }
        model.addAttribute("errors", errors);
        return page(form, model);
    }

    private String page(CalculatorForm form, Model model) {
        form.withSpareRows();
        model.addAttribute("ruleSets", calculator.ruleSetIds());
        model.addAttribute("currentRuleSet", calculator.currentRuleSetId());
        model.addAttribute("ratings", org.fieldsupport.claims.rules.domain.Rating.values());
        return "claims/calculator";
    }

    /**
     * A refusal of the rule set in the page's words: the field's label (row number for lists) and the message;
     * a mission factor's range in percent, as the form asks it.
     */
    private String inWords(FieldErrors.FieldError error, Locale locale) {
        String field = error.field() == null ? "" : error.field();
        if (field.startsWith("missionFactors.") && "claims.input.factor.range".equals(error.messageKey())) {
            Object max = error.args().length == 0 ? "" : error.args()[0];
            String percent = max instanceof BigDecimal d ? d.movePointRight(2).stripTrailingZeros().toPlainString()
                    : new BigDecimal(String.valueOf(max)).movePointRight(2).stripTrailingZeros().toPlainString();
            return label(field, locale) + " " + messages.getMessage("claims.calc.factor.range", new Object[] {percent},
                    locale);
        }
        if (field.equals("strengthReturns") || field.equals("troopCostRates")) {
            return help.words(org.fieldsupport.claims.rules.domain.InputProblem.of(field, error.messageKey(),
                    error.args()), locale);
        }
        return label(field, locale) + " " + messages.getMessage(error.messageKey(), error.args(), locale);
    }

    /** "Strength returns, row 2 (month):" for strengthReturns[1].month; the form's label for a plain field. */
    private String label(String field, Locale locale) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-zA-Z]+)(?:\\[(\\d+)\\])?(?:\\.([a-zA-Z]+))?")
                .matcher(field);
        if (!m.matches()) {
            return field + ":";
        }
        String list = m.group(1);
        String key = list.equals("missionFactors") && m.group(3) != null ? "claims.calculator.factor." + m.group(3)
                : "claims.calc.label." + list;
        String name = messages.getMessage(key, null, list, locale);
        if (m.group(2) != null) {
            name = messages.getMessage("claims.calc.row", new Object[] {name, Integer.parseInt(m.group(2)) + 1}, locale);
        }
        return name + ":";
    }

    // ------------------------------------------------------------------ form fields → request

    private CalculationRequest toRequest(CalculatorForm f, List<String> errors, Locale locale) {
        Parser p = new Parser(errors, locale);
        List<CalculationRequest.TroopCostRate> troopCostRates = new ArrayList<>();
        rows(f.getTroopCostRates(), (r, n) -> troopCostRates.add(new CalculationRequest.TroopCostRate(
                p.date(row("troopCostRates", n), r.getFrom()), p.decimal(row("troopCostRates", n), r.getRate()))),
                CalculatorForm.Rate::blank);
        List<CalculationRequest.StrengthReturn> strengthReturns = new ArrayList<>();
        rows(f.getStrengthReturns(), (r, n) -> strengthReturns.add(new CalculationRequest.StrengthReturn(
                p.month(row("strengthReturns", n), r.getMonth()), p.decimal(row("strengthReturns", n), r.getAverage()))),
                CalculatorForm.Strength::blank);
        List<CalculationRequest.MajorEquipment> equipment = new ArrayList<>();
        rows(f.getMajorEquipment(), (r, n) -> equipment.add(new CalculationRequest.MajorEquipment(blankToNull(r.getLine()),
                blankToNull(r.getDescription()), blankToNull(r.getLeaseType()),
                p.integer(row("majorEquipment", n), r.getQuantity()), p.decimal(row("majorEquipment", n), r.getRate()))),
                CalculatorForm.Equipment::blank);
        List<CalculationRequest.SelfSustainment> categories = new ArrayList<>();
        rows(f.getSelfSustainment(), (r, n) -> categories.add(new CalculationRequest.SelfSustainment(
                blankToNull(r.getCategory()), blankToNull(r.getProvidedBy()),
                p.decimal(row("selfSustainment", n), r.getRate()))), CalculatorForm.Category::blank);
        // inspections' findings, grouped by date as the API takes them
        Map<LocalDate, List<CalculationRequest.EquipmentFinding>> me = new LinkedHashMap<>();
        Map<LocalDate, List<CalculationRequest.CategoryFinding>> ss = new LinkedHashMap<>();
        rows(f.getEquipmentFindings(), (r, n) -> {
            LocalDate date = p.date(row("equipmentFindings", n), r.getDate());
            Integer serviceable = p.integer(row("equipmentFindings", n), r.getServiceable());
            if (date != null) {
                me.computeIfAbsent(date, d -> new ArrayList<>()).add(new CalculationRequest.EquipmentFinding(
                        blankToNull(r.getLine()), serviceable));
            }
        }, CalculatorForm.EquipmentFinding::blank);
        rows(f.getCategoryFindings(), (r, n) -> {
            LocalDate date = p.date(row("categoryFindings", n), r.getDate());
            if (date != null) {
                ss.computeIfAbsent(date, d -> new ArrayList<>()).add(new CalculationRequest.CategoryFinding(
                        blankToNull(r.getCategory()), blankToNull(r.getRating())));
            }
        }, CalculatorForm.CategoryFinding::blank);
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>(me.keySet());
        dates.addAll(ss.keySet());
        List<CalculationRequest.Verification> verifications = new ArrayList<>();
        for (LocalDate date : dates) {
            verifications.add(new CalculationRequest.Verification(date, me.getOrDefault(date, List.of()),
                    ss.getOrDefault(date, List.of())));
        }
        YearMonth from = p.month("from", f.getFrom());
        YearMonth to = p.month("to", f.getTo());
        return new CalculationRequest(blankToNull(f.getRuleSet()), from == null ? null : from.atDay(1),
                to == null ? null : to.atEndOfMonth(),
                p.date("deployedOn", f.getDeployedOn()), p.date("repatriatedOn", f.getRepatriatedOn()),
                p.integer("authorisedStrength", f.getAuthorisedStrength()),
                new CalculationRequest.Factors(p.percent("missionFactors.environmental", f.getEnvironmental()),
                        p.percent("missionFactors.intensifiedOperational", f.getIntensifiedOperational()),
                        p.percent("missionFactors.hostileAction", f.getHostileAction()),
                        p.percent("missionFactors.transport", f.getTransport())),
                troopCostRates, strengthReturns, equipment, categories, verifications);
    }

    private static String row(String list, int index) {
        return list + "[" + index + "]";
    }

    private static <T> void rows(List<T> rows, java.util.function.ObjIntConsumer<T> each,
                                 java.util.function.Predicate<T> blank) {
        int n = 0;
        for (T r : rows == null ? List.<T>of() : rows) {
            if (r != null && !blank.test(r)) {
                each.accept(r, n++);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Reads the form's fields, noting what cannot be read instead of failing on the first. */
    private final class Parser {
        private final List<String> errors;
        private final Locale locale;

        Parser(List<String> errors, Locale locale) {
            this.errors = errors;
            this.locale = locale;
        }

        LocalDate date(String field, String text) {
            return read(field, text, LocalDate::parse);
        }

        YearMonth month(String field, String text) {
            return read(field, text, YearMonth::parse);
        }

        Integer integer(String field, String text) {
            return read(field, text, Integer::valueOf);
        }

        BigDecimal decimal(String field, String text) {
            return read(field, text, t -> new BigDecimal(t.replace(',', '.').replace(" ", "").replace("\u202f", "")
                    .replace("\u00a0", "")));
        }

        /** Percent on the form (2 = 2 %), a fraction for the engine (0.02). */
        BigDecimal percent(String field, String text) {
            BigDecimal percent = decimal(field, text == null ? null : text.replace("%", ""));
            return percent == null ? null : percent.movePointLeft(2);
        }

        private <T> T read(String field, String text, Function<String, T> parser) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parser.apply(text.trim());
            } catch (RuntimeException e) {
                errors.add(label(field, locale) + " " + messages.getMessage("claims.calculator.unreadable",
                        new Object[] {text}, locale));
                return null;
            }
        }
    }
}
