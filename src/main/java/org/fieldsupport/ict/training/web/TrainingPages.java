package org.fieldsupport.ict.training.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.shared.internal.IctMessages;
import org.fieldsupport.ict.training.internal.TrainingPlans;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ICT training screen: the catalogue's courses (ICTD's first), a mission's plan for a year with completions, the form for headquarters. */
@Controller
@RequestMapping("/ict/training")
class TrainingPages {

    private final TrainingPlans plans;
    private final IctAccess access;
    private final IctMessages messages;

    TrainingPages(TrainingPlans plans, IctAccess access, IctMessages messages) {
        this.plans = plans;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) String mission, @RequestParam(required = false) Integer year, Model model) {
        Set<String> readable = plans.readableMissions();
        List<String> missions = readable == null ? List.of("MINUSCA", "MONUSCO", "UNMISS") : new ArrayList<>(readable);
        String m = mission == null || mission.isBlank() ? (missions.isEmpty() ? null : missions.get(0)) : mission;
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("courses", plans.courses());
        model.addAttribute("missions", missions);
        model.addAttribute("mission", m);
        model.addAttribute("year", y);
        model.addAttribute("plan", m == null ? null : plans.plan(m, y));
        model.addAttribute("mayManage", access.department(IctAccess.TRAINING_MANAGE));
        return "ict/training/plans";
    }

    @PostMapping("/plans")
    String addLine(@RequestParam(required = false) String missionCode, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) String courseCode, @RequestParam(required = false) Integer quarter,
                   @RequestParam(required = false) Integer planned, RedirectAttributes redirect, Locale locale) {
        try {
            plans.addLine(new TrainingPlans.NewLine(missionCode, year, courseCode, quarter, planned));
            redirect.addFlashAttribute("notice", true);
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/ict/training?mission=" + (missionCode == null ? "" : missionCode) + "&year=" + (year == null ? "" : year);
    }
}
