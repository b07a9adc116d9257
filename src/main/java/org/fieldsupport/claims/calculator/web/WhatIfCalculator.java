package org.fieldsupport.claims.calculator.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldsupport.claims.rules.domain.ClaimLine;
import org.fieldsupport.claims.rules.domain.ContingentInput;
import org.fieldsupport.claims.rules.domain.DatedRate;
import org.fieldsupport.claims.rules.domain.Flag;
import org.fieldsupport.claims.rules.domain.InputProblem;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.LineKind;
import org.fieldsupport.claims.rules.domain.MajorEquipmentLine;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.MonthStatement;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.rules.domain.RuleSet;
import org.fieldsupport.claims.rules.domain.RuleSets;
import org.fieldsupport.claims.rules.domain.SelfSustainmentCategory;
import org.fieldsupport.claims.rules.domain.Statement;
import org.fieldsupport.claims.rules.domain.StrengthReturn;
import org.fieldsupport.claims.rules.domain.Verification;
import org.fieldsupport.claims.shared.internal.ClaimsMessages;
import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The what-if calculation behind the API and the calculator screen: maps a {@link CalculationRequest} to the
 * rule set's input, collects every problem (the request's own, such as misaligned periods or an unknown rule
 * set, and everything the rule set's check finds) into one {@link org.fieldsupport.platform.api.InvalidInputException},
 * or computes and renders the lines with their explanations in the caller's language. Stores nothing.
 */
@Component
public class WhatIfCalculator {

    private static final String INPUT = "claims.input.";

    private final RuleSets ruleSets;
    private final ClaimsMessages messages;

    public WhatIfCalculator(RuleSets ruleSets, ClaimsMessages messages) {
        this.ruleSets = ruleSets;
        this.messages = messages;
    }

    public List<String> ruleSetIds() {
        return ruleSets.ids();
    }

    public String currentRuleSetId() {
        return ruleSets.current().id();
    }

    /** @throws org.fieldsupport.platform.api.InvalidInputException listing every offending field */
    public CalculationResponse calculate(CalculationRequest request, Locale locale) {
        FieldErrors errors = new FieldErrors();
        RuleSet ruleSet = ruleSet(request.ruleSet(), errors, locale);
        if (request.from() != null && request.from().getDayOfMonth() != 1) {
            errors.add("from", "FirstDayOfMonth", INPUT + "period.firstDay");
        }
        if (request.to() != null && !request.to().equals(YearMonth.from(request.to()).atEndOfMonth())) {
            errors.add("to", "LastDayOfMonth", INPUT + "period.lastDay");
        }
        YearMonth from = request.from() == null ? null : YearMonth.from(request.from());
        YearMonth to = request.to() == null ? null : YearMonth.from(request.to());
        ContingentInput input = toInput(request, errors, locale);
        Set<String> reported = errors.list().stream().map(FieldErrors.FieldError::field).collect(Collectors.toSet());
        for (InputProblem problem : ruleSet.check(input, from, to)) {
            String field = field(problem, request);
            if (!reported.contains(field)) {   // e.g. an unreadable lease type is not also "required"
                errors.add(field, rule(problem.messageKey()), problem.messageKey(),
                        messages.formatAll(problem.args(), locale));
            }
        }
        errors.throwIfAny();
        return toResponse(ruleSet.calculate(input, from, to), locale);
    }

    private RuleSet ruleSet(String id, FieldErrors errors, Locale locale) {
        if (id == null || id.isBlank()) {
            errors.add("ruleSet", "Required", INPUT + "required");
        } else {
            Optional<RuleSet> found = ruleSets.find(id);
            if (found.isPresent()) {
                return found.get();
            }
            errors.add("ruleSet", "UnknownRuleSet", INPUT + "ruleSet.unknown", id);
        }
        // check the rest of the request with the current edition, so that every field is reported at once
        return ruleSets.current();
    }

    // ------------------------------------------------------------------ request → rule set input

    private ContingentInput toInput(CalculationRequest r, FieldErrors errors, Locale locale) {
        CalculationRequest.Factors f = r.missionFactors();
        MissionFactors factors = f == null ? MissionFactors.NONE
                : new MissionFactors(f.environmental(), f.intensifiedOperational(), f.hostileAction(), f.transport());
        List<DatedRate> troopCostRates = map(r.troopCostRates(), t -> new DatedRate(t.from(), t.perPersonPerMonth()));
        List<StrengthReturn> strengthReturns = map(r.strengthReturns(),
                s -> new StrengthReturn(s.month(), s.averageStrength()));
        List<MajorEquipmentLine> equipment = new ArrayList<>();
        List<CalculationRequest.MajorEquipment> requestedEquipment = orEmpty(r.majorEquipment());
        for (int i = 0; i < requestedEquipment.size(); i++) {
            CalculationRequest.MajorEquipment m = requestedEquipment.get(i);
            equipment.add(m == null ? null : new MajorEquipmentLine(m.line(), m.description(),
                    parse(LeaseType.class, m.leaseType(), "majorEquipment[" + i + "].leaseType", errors, locale),
                    m.mouQuantity(), m.monthlyRate()));
        }
        List<SelfSustainmentCategory> categories = new ArrayList<>();
        List<CalculationRequest.SelfSustainment> requestedCategories = orEmpty(r.selfSustainment());
        for (int i = 0; i < requestedCategories.size(); i++) {
            CalculationRequest.SelfSustainment s = requestedCategories.get(i);
            categories.add(s == null ? null : new SelfSustainmentCategory(s.category(),
                    parse(Provider.class, s.providedBy(), "selfSustainment[" + i + "].providedBy", errors, locale),
                    s.ratePerPersonPerMonth()));
        }
        List<Verification> verifications = new ArrayList<>();
        List<CalculationRequest.Verification> requestedVerifications = orEmpty(r.verifications());
        for (int i = 0; i < requestedVerifications.size(); i++) {
            verifications.add(toVerification(requestedVerifications.get(i), "verifications[" + i + "]", errors, locale));
        }
        return new ContingentInput(r.deployedOn(), r.repatriatedOn(), r.authorisedStrength(), factors,
                troopCostRates, strengthReturns, equipment, categories, verifications);
    }

    private Verification toVerification(CalculationRequest.Verification v, String path, FieldErrors errors,
                                        Locale locale) {
        if (v == null) {
            return null;
        }
        Map<String, Integer> serviceable = new LinkedHashMap<>();
        List<CalculationRequest.EquipmentFinding> equipment = orEmpty(v.majorEquipment());
        for (int j = 0; j < equipment.size(); j++) {
            CalculationRequest.EquipmentFinding finding = equipment.get(j);
            String at = path + ".majorEquipment[" + j + "]";
            if (finding == null || finding.line() == null || finding.line().isBlank()) {
                errors.add(at + ".line", "Required", INPUT + "required");
            } else if (serviceable.containsKey(finding.line())) {
                errors.add(at + ".line", "Duplicate", INPUT + "duplicate", finding.line());
            } else {
                serviceable.put(finding.line(), finding.serviceable());
            }
        }
        Map<String, Rating> ratings = new LinkedHashMap<>();
        List<CalculationRequest.CategoryFinding> categories = orEmpty(v.selfSustainment());
        for (int j = 0; j < categories.size(); j++) {
            CalculationRequest.CategoryFinding finding = categories.get(j);
            String at = path + ".selfSustainment[" + j + "]";
            if (finding == null || finding.category() == null || finding.category().isBlank()) {
                errors.add(at + ".category", "Required", INPUT + "required");
            } else if (ratings.containsKey(finding.category())) {
                errors.add(at + ".category", "Duplicate", INPUT + "duplicate", finding.category());
            } else {
                ratings.put(finding.category(), parse(Rating.class, finding.rating(), at + ".rating", errors, locale));
            }
        }
        return new Verification(v.date(), serviceable, ratings);
    }

    /** An enum given as text; unknown text is a field error (a missing value is left to the rule set's check). */
    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, FieldErrors errors,
                                               Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "OneOf", INPUT + "oneOf",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    /**
     * The rule set names verification findings by verification and line; the request knows their index, so
     * the field is made precise ({@code verifications[0].majorEquipment[1].serviceable}).
     */
    private static String field(InputProblem problem, CalculationRequest request) {
        String field = problem.field();
        if (!field.startsWith("verifications[") || problem.args().isEmpty()) {
            return field;
        }
        int i = Integer.parseInt(field.substring("verifications[".length(), field.indexOf(']')));
        CalculationRequest.Verification v = orEmpty(request.verifications()).get(i);
        Object key = problem.args().get(0);
        if (field.endsWith(".majorEquipment")) {
            List<CalculationRequest.EquipmentFinding> findings = orEmpty(v.majorEquipment());
            for (int j = 0; j < findings.size(); j++) {
                if (findings.get(j) != null && Objects.equals(findings.get(j).line(), key)) {
                    return field + "[" + j + "]" + (problem.messageKey().endsWith("line.unknown") ? ".line" : ".serviceable");
                }
            }
        } else if (field.endsWith(".selfSustainment")) {
            List<CalculationRequest.CategoryFinding> findings = orEmpty(v.selfSustainment());
            for (int j = 0; j < findings.size(); j++) {
                if (findings.get(j) != null && Objects.equals(findings.get(j).category(), key)) {
                    return field + "[" + j + "]" + (problem.messageKey().endsWith("category.unknown") ? ".category" : ".rating");
                }
            }
        }
        return field;
    }

    /** A short rule code from the message key: {@code claims.input.strengthReturn.missing} → {@code strengthReturn.missing}. */
    private static String rule(String messageKey) {
        return messageKey.startsWith(INPUT) ? messageKey.substring(INPUT.length()) : messageKey;
    }

    // ------------------------------------------------------------------ statement → response

    private CalculationResponse toResponse(Statement statement, Locale locale) {
        List<CalculationResponse.Month> months = new ArrayList<>();
        for (MonthStatement month : statement.months()) {
            List<CalculationResponse.Line> lines = month.lines().stream().map(l -> toLine(l, locale)).toList();
            months.add(new CalculationResponse.Month(month.month().toString(), money(month.total()), lines));
        }
        return new CalculationResponse(statement.ruleSetId(), statement.currency(), money(statement.total()), months);
    }

    private CalculationResponse.Line toLine(ClaimLine line, Locale locale) {
        List<String> flags = Arrays.stream(Flag.values()).filter(line.flags()::contains).map(Enum::name).toList();
        return new CalculationResponse.Line(line.kind().name(),
                line.kind() == LineKind.MAJOR_EQUIPMENT ? line.reference() : null,
                line.kind() == LineKind.SELF_SUSTAINMENT ? line.reference() : null,
                money(line.amount()), flags, messages.render(line.explanation(), locale));
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> mapper) {
        List<R> out = new ArrayList<>();
        for (T t : orEmpty(list)) {
            out.add(t == null ? null : mapper.apply(t));
        }
        return out;
    }
}
