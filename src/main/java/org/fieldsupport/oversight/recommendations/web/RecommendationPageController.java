package org.fieldsupport.oversight.recommendations.web;

import java.util.Locale;
import java.util.Map;
import org.fieldsupport.oversight.recommendations.domain.FollowUp;
import org.fieldsupport.oversight.recommendations.domain.RecommendationStatus;
import org.fieldsupport.oversight.recommendations.internal.RecommendationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the recommendations register: list with ageing and critical past due, detail with the follow-up cycle, reports, guidance. */
@Controller
@RequestMapping("/oversight")
class RecommendationPageController {

    private final RecommendationService recommendations;
    private final OversightForms forms;

    RecommendationPageController(RecommendationService recommendations, OversightForms forms) {
        this.recommendations = recommendations;
        this.forms = forms;
    }

    @GetMapping("/recommendations")
    String list(@RequestParam(required = false) String source, @RequestParam(required = false) String status,
                @RequestParam(required = false) String mission, @RequestParam(required = false) Boolean pastDue,
                @RequestParam(required = false) String by, Model model) {
        var today = RecommendationService.today();
        model.addAttribute("recommendations", recommendations.list(
                new RecommendationService.Filter(source, status, mission, null, pastDue, null), today));
        model.addAttribute("ageing", recommendations.ageing(today, by));
        model.addAttribute("criticalPastDue", recommendations.list(
                new RecommendationService.Filter(null, null, null, "CRITICAL", true, null), today));
        model.addAttribute("followUpsDue", recommendations.followUpsDue(today).size());
        model.addAttribute("sources", RecommendationService.Source.values());
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("source", source);
        model.addAttribute("status", status);
        model.addAttribute("mission", mission);
        model.addAttribute("pastDue", pastDue);
        return "oversight/recommendations";
    }

    @GetMapping("/recommendations/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("d", recommendations.detail(id));
        model.addAttribute("actions", FollowUp.Action.values());
        return "oversight/recommendation";
    }

    @PostMapping("/recommendations/{id}/{step}")
    String act(@PathVariable long id, @PathVariable String step, @RequestParam Map<String, String> f, Locale locale,
               RedirectAttributes redirect) {
        recommendations.detail(id);
        forms.run(() -> switch (step) {
            case "response" -> recommendations.respond(id, new RecommendationService.Response(
                    f.get("accepted") == null ? null : Boolean.valueOf(f.get("accepted")), f.get("responsibleOfficial"),
                    OversightForms.date(f.get("targetDate"), "targetDate"), f.get("justification")));
            case "follow-ups" -> recommendations.followUp(id, f.get("note"));
            default -> recommendations.act(id, f.get("action"), f.get("note"), f.get("evidence"));
        }, locale, redirect);
        return "redirect:/oversight/recommendations/" + id;
    }

    @GetMapping("/reports")
    String reports(Model model) {
        model.addAttribute("reports", recommendations.reports());
        model.addAttribute("sources", RecommendationService.Source.values());
        return "oversight/reports";
    }

    @PostMapping("/reports")
    String createReport(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        forms.run(() -> recommendations.createReport(new RecommendationService.NewReport(f.get("source"), f.get("symbol"),
                f.get("title"), OversightForms.date(f.get("issuedOn"), "issuedOn"), f.get("missionCode"), f.get("overallRating"))),
                locale, redirect);
        return "redirect:/oversight/reports";
    }

    @PostMapping("/reports/recommendations")
    String addRecommendation(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        forms.run(() -> recommendations.addRecommendation(Long.parseLong(f.getOrDefault("reportId", "0")),
                new RecommendationService.NewRecommendation(f.get("paragraph"), f.get("text"), f.get("rating"),
                        f.get("responsibleUnit"), f.get("missionCode"), OversightForms.date(f.get("targetDate"), "targetDate"),
                        f.get("theme"))), locale, redirect);
        return "redirect:/oversight/reports";
    }

    @GetMapping("/guidance")
    String guidance(Model model) {
        model.addAttribute("guidance", recommendations.guidance(null));
        return "oversight/guidance";
    }

    @PostMapping("/guidance")
    String publish(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        forms.run(() -> recommendations.publish(new RecommendationService.NewGuidance(f.get("theme"), f.get("titleEn"),
                f.get("titleFr"), f.get("bodyEn"), f.get("bodyFr"), f.get("audience"))), locale, redirect);
        return "redirect:/oversight/guidance";
    }
}
