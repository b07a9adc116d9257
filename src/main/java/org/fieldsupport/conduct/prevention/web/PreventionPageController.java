package org.fieldsupport.conduct.prevention.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldsupport.conduct.prevention.domain.ActivityKind;
import org.fieldsupport.conduct.prevention.domain.Prong;
import org.fieldsupport.conduct.prevention.internal.PreventionService;
import org.fieldsupport.conduct.statistics.internal.StatisticsService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the strategy per mission (objectives, activities, training completion) and of conduct policies. */
@Controller
@RequestMapping("/conduct")
class PreventionPageController {

    private final PreventionService prevention;
    private final MessageSource messages;

    PreventionPageController(PreventionService prevention, MessageSource messages) {
        this.prevention = prevention;
        this.messages = messages;
    }

    @GetMapping("/strategy")
    String strategy(@RequestParam(required = false) String mission, @RequestParam(required = false) Integer year,
                    Model model, Locale locale) {
        List<String> missions = prevention.followedMissions();
        String chosen = mission == null || mission.isBlank() ? (missions.isEmpty() ? null : missions.get(0)) : mission;
        int y = year == null ? LocalDate.now().getYear() : StatisticsService.checkYear(year);
        model.addAttribute("missions", missions);
        model.addAttribute("year", y);
        model.addAttribute("prongs", Prong.values());
        model.addAttribute("activityKinds", ActivityKind.values());
        model.addAttribute("strategy", chosen == null ? null : prevention.strategy(chosen, y, locale));
        return "conduct/strategy";
    }

    @PostMapping("/strategy/objectives")
    String objective(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        try {
            prevention.addObjective(new PreventionService.NewObjective(f.get("missionCode"), f.get("prong"),
                    integer(f.get("year"), "year"), f.get("objective"), f.get("indicator"), integer(f.get("target"), "target"),
                    integer(f.get("actual"), "actual")));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", message(e, locale));
        }
        return "redirect:/conduct/strategy?mission=" + f.getOrDefault("missionCode", "") + "&year=" + f.getOrDefault("year", "");
    }

    @PostMapping("/strategy/activities")
    String activity(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        try {
            prevention.addActivity(new PreventionService.NewActivity(f.get("missionCode"), f.get("kind"), f.get("title"),
                    date(f.get("heldOn"), "heldOn"), integer(f.get("participants"), "participants"),
                    integer(f.get("completionPercent"), "completionPercent")));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", message(e, locale));
        }
        return "redirect:/conduct/strategy?mission=" + f.getOrDefault("missionCode", "");
    }

    @GetMapping("/policies")
    String policies(@RequestParam(required = false) String kind, Model model) {
        model.addAttribute("policies", prevention.policies(kind));
        model.addAttribute("kinds", PreventionService.PolicyKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("library", prevention.libraryPolicies());
        return "conduct/policies";
    }

    @PostMapping("/policies")
    String issue(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        try {
            prevention.issuePolicy(new PreventionService.NewPolicy(f.get("kind"), f.get("reference"), f.get("titleEn"),
                    f.get("titleFr"), date(f.get("issuedOn"), "issuedOn"), f.get("audience")));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", message(e, locale));
        }
        return "redirect:/conduct/policies";
    }

    @PostMapping("/policies/library")
    String link(@RequestParam(required = false) String code, Locale locale, RedirectAttributes redirect) {
        try {
            prevention.linkLibraryPolicy(code);
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", message(e, locale));
        }
        return "redirect:/conduct/policies";
    }

    private String message(RuntimeException e, Locale locale) {
        if (e instanceof BusinessRuleException b) {
            return messages.getMessage(b.messageKey(), b.args(), b.messageKey(), locale);
        }
        return ((InvalidInputException) e).errors().stream().map(f -> messages.getMessage("conduct.field." + f.field(), null,
                f.field(), locale) + ": " + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale))
                .collect(Collectors.joining("; "));
    }

    private static Integer integer(String s, String field) {
        if (s == null || s.isBlank()) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Number", "conduct.input.number");
        }
    }

    private static LocalDate date(String s, String field) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldErrors.FieldError(field, "Date", "conduct.input.date", null)));
        }
    }
}
