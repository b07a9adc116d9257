package org.fieldsupport.oversight.risk.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.oversight.recommendations.web.OversightForms;
import org.fieldsupport.oversight.risk.internal.RiskService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the mission risk register (with heat map and QA reviews) and of the support security requirements. */
@Controller
@RequestMapping("/oversight")
class RiskPageController {

    private final RiskService risks;
    private final OversightForms forms;

    RiskPageController(RiskService risks, OversightForms forms) {
        this.risks = risks;
        this.forms = forms;
    }

    @GetMapping("/risks")
    String register(@RequestParam(required = false) String mission, Model model) {
        return page(mission, RiskService.Kind.RISK, model);
    }

    @GetMapping("/security")
    String security(@RequestParam(required = false) String mission, Model model) {
        return page(mission, RiskService.Kind.SECURITY, model);
    }

    private String page(String mission, RiskService.Kind kind, Model model) {
        List<String> missions = risks.readableMissions();
        String chosen = mission == null || mission.isBlank() ? (missions.isEmpty() ? null : missions.get(0)) : mission;
        model.addAttribute("missions", missions);
        model.addAttribute("mission", chosen);
        model.addAttribute("kind", kind.name());
        model.addAttribute("risks", chosen == null ? List.of() : risks.list(chosen, kind));
        model.addAttribute("heat", chosen == null ? null : risks.heatMap(chosen, kind));
        model.addAttribute("reviews", chosen == null || kind == RiskService.Kind.SECURITY ? List.of() : risks.reviews(chosen));
        model.addAttribute("scale", List.of(5, 4, 3, 2, 1));
        return "oversight/risks";
    }

    @PostMapping({"/risks", "/security"})
    String record(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        RiskService.Kind kind = "SECURITY".equals(f.get("kind")) ? RiskService.Kind.SECURITY : RiskService.Kind.RISK;
        forms.run(() -> risks.record(new RiskService.NewRisk(f.get("missionCode"), kind.name(), f.get("title"), f.get("cause"),
                f.get("event"), f.get("consequence"), OversightForms.integer(f.get("likelihood"), "likelihood"),
                OversightForms.integer(f.get("impact"), "impact"), f.get("owner"), f.get("treatments"),
                OversightForms.integer(f.get("residualLikelihood"), "residualLikelihood"),
                OversightForms.integer(f.get("residualImpact"), "residualImpact"),
                OversightForms.date(f.get("reviewOn"), "reviewOn"), f.get("compliance")), kind), locale, redirect);
        return "redirect:/oversight/" + (kind == RiskService.Kind.SECURITY ? "security" : "risks") + "?mission=" + f.getOrDefault("missionCode", "");
    }

    @PostMapping("/qa-reviews")
    String review(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        forms.run(() -> risks.review(new RiskService.NewReview(f.get("missionCode"), f.get("area"),
                OversightForms.date(f.get("reviewedOn"), "reviewedOn"), f.get("rating"), f.get("findings"))), locale, redirect);
        return "redirect:/oversight/risks?mission=" + f.getOrDefault("missionCode", "");
    }
}
