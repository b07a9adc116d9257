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
 * The what-if calculator screen for officers (and Member States): the API's inputs as a form, the
 * month/line table with explanations as the answer. Same engine as the API; stores nothing.
 */
@Controller
@RequestMapping("/claims/calculator")
class CalculatorPageController {

    private final WhatIfCalculator calculator;
    private final MessageSource messages;

    CalculatorPageController(WhatIfCalculator calculator, MessageSource messages) {
        this.calculator = calculator;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", new CalculatorForm());
        return page(model);
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
                    errors.add(error.field() + ": " + messages.getMessage(error.messageKey(), error.args(), locale));
                }
            }
        }
        model.addAttribute("errors", errors);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("ruleSets", calculator.ruleSetIds());
        model.addAttribute("currentRuleSet", calculator.currentRuleSetId());
        return "claims/calculator";
    }

    // ------------------------------------------------------------------ form text → request

    private CalculationRequest toRequest(CalculatorForm f, List<String> errors, Locale locale) {
        Parser p = new Parser(errors, locale);
        List<CalculationRequest.TroopCostRate> troopCostRates = p.lines("troopCostRates", f.getTroopCostRates(), 2,
                c -> new CalculationRequest.TroopCostRate(LocalDate.parse(c[0]), new BigDecimal(c[1])));
        List<CalculationRequest.StrengthReturn> strengthReturns = p.lines("strengthReturns", f.getStrengthReturns(), 2,
                c -> new CalculationRequest.StrengthReturn(YearMonth.parse(c[0]), new BigDecimal(c[1])));
        List<CalculationRequest.MajorEquipment> equipment = p.lines("majorEquipment", f.getMajorEquipment(), 5,
                c -> new CalculationRequest.MajorEquipment(c[0], c[1], c[2], Integer.valueOf(c[3]), new BigDecimal(c[4])));
        List<CalculationRequest.SelfSustainment> categories = p.lines("selfSustainment", f.getSelfSustainment(), 3,
                c -> new CalculationRequest.SelfSustainment(c[0], c[1], c[2].isEmpty() ? null : new BigDecimal(c[2])));
        // verifications: "date; reference; serviceable quantity or rating", grouped by date
        Map<LocalDate, List<String[]>> byDate = new LinkedHashMap<>();
        p.lines("verifications", f.getVerifications(), 3, c -> {
            byDate.computeIfAbsent(LocalDate.parse(c[0]), d -> new ArrayList<>()).add(c);
            return c;
        });
        List<CalculationRequest.Verification> verifications = new ArrayList<>();
        byDate.forEach((date, findings) -> {
            List<CalculationRequest.EquipmentFinding> me = new ArrayList<>();
            List<CalculationRequest.CategoryFinding> ss = new ArrayList<>();
            for (String[] c : findings) {
                if (c[2].matches("-?\\d+")) {
                    me.add(new CalculationRequest.EquipmentFinding(c[1], Integer.valueOf(c[2])));
                } else {
                    ss.add(new CalculationRequest.CategoryFinding(c[1], c[2]));
                }
            }
            verifications.add(new CalculationRequest.Verification(date, me, ss));
        });
        return new CalculationRequest(f.getRuleSet(), p.date("from", f.getFrom()), p.date("to", f.getTo()),
                p.date("deployedOn", f.getDeployedOn()), p.date("repatriatedOn", f.getRepatriatedOn()),
                p.integer("authorisedStrength", f.getAuthorisedStrength()),
                new CalculationRequest.Factors(p.decimal("missionFactors.environmental", f.getEnvironmental()),
                        p.decimal("missionFactors.intensifiedOperational", f.getIntensifiedOperational()),
                        p.decimal("missionFactors.hostileAction", f.getHostileAction()),
                        p.decimal("missionFactors.transport", f.getTransport())),
                troopCostRates, strengthReturns, equipment, categories, verifications);
    }

    /** Reads the form's text, noting what cannot be read instead of failing on the first. */
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

        Integer integer(String field, String text) {
            return read(field, text, Integer::valueOf);
        }

        BigDecimal decimal(String field, String text) {
            return read(field, text, t -> new BigDecimal(t.replace(',', '.')));
        }

        private <T> T read(String field, String text, Function<String, T> parser) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parser.apply(text.trim());
            } catch (RuntimeException e) {
                errors.add(field + ": " + messages.getMessage("claims.calculator.unreadable", new Object[] {text}, locale));
                return null;
            }
        }

        <T> List<T> lines(String field, String text, int columns, Function<String[], T> parser) {
            List<T> out = new ArrayList<>();
            if (text == null) {
                return out;
            }
            String[] lines = text.split("\\R");
            for (int n = 0; n < lines.length; n++) {
                if (lines[n].isBlank()) {
                    continue;
                }
                String[] cells = lines[n].split(";", -1);
                try {
                    if (cells.length != columns) {
                        throw new IllegalArgumentException(cells.length + " ≠ " + columns);
                    }
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cells[i].trim();
                    }
                    out.add(parser.apply(cells));
                } catch (RuntimeException e) {
                    errors.add(field + ": " + messages.getMessage("claims.calculator.parse",
                            new Object[] {String.valueOf(n + 1), lines[n]}, locale));
                }
            }
            return out;
        }
    }
}
