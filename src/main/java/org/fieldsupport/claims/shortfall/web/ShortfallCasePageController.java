package org.fieldsupport.claims.shortfall.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.fieldsupport.claims.shared.web.FormOutcome;
import org.fieldsupport.claims.shortfall.domain.ShortfallCaseRules;
import org.fieldsupport.claims.shortfall.internal.ShortfallCaseService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shortfall case screens: the list (staff: their missions; a Member State in its portal: its own cases), opening
 * cases from a month's shortfalls report, a case with consultations, messages and corrective actions.
 */
@Controller
class ShortfallCasePageController {

    private final ShortfallCaseService cases;
    private final FormOutcome forms;

    ShortfallCasePageController(ShortfallCaseService cases, FormOutcome forms) {
        this.cases = cases;
        this.forms = forms;
    }

    @GetMapping({"/claims/shortfall-cases", "/claims/portal/shortfall-cases"})
    String list(@RequestParam(required = false) String status, Model model) {
        model.addAttribute("cases", cases.list(status));
        model.addAttribute("status", status);
        model.addAttribute("mayManage", cases.mayManage());
        model.addAttribute("lastMonth", YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString());
        return "claims/planning/shortfall-list";
    }

    @PostMapping("/claims/shortfall-cases/from-report")
    String fromReport(@RequestParam(required = false) String missionCode, @RequestParam(required = false) String month,
                      RedirectAttributes flash) {
        return forms.run(flash, "/claims/shortfall-cases", () -> {
            int n = cases.openFromReport(missionCode, parse(month)).size();
            flash.addFlashAttribute("opened", n);
            return "/claims/shortfall-cases";
        });
    }

    @GetMapping("/claims/shortfall-cases/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("d", cases.detail(id));
        model.addAttribute("partners", ShortfallCaseRules.Partner.values());
        model.addAttribute("responsibles", ShortfallCaseRules.Responsible.values());
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        return "claims/planning/shortfall-detail";
    }

    @PostMapping("/claims/shortfall-cases/{id}/consultations")
    String consult(@PathVariable long id, @RequestParam(required = false) String partner,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consultedOn,
                   @RequestParam(required = false) String summary, RedirectAttributes flash) {
        return back(id, flash, () -> cases.consult(id, partner, consultedOn, summary));
    }

    @PostMapping("/claims/shortfall-cases/{id}/messages")
    String message(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes flash) {
        return back(id, flash, () -> cases.message(id, body));
    }

    @PostMapping("/claims/shortfall-cases/{id}/actions")
    String action(@PathVariable long id, @RequestParam(required = false) String description,
                  @RequestParam(required = false) String responsible,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                  RedirectAttributes flash) {
        return back(id, flash, () -> cases.addAction(id, description, responsible, dueOn));
    }

    @PostMapping("/claims/shortfall-cases/{id}/actions/{action}/complete")
    String complete(@PathVariable long id, @PathVariable long action, @RequestParam(required = false) String note,
                    RedirectAttributes flash) {
        return back(id, flash, () -> cases.completeAction(id, action, note));
    }

    @PostMapping("/claims/shortfall-cases/{id}/close")
    String close(@PathVariable long id, RedirectAttributes flash) {
        return back(id, flash, () -> cases.close(id));
    }

    private String back(long id, RedirectAttributes flash, java.util.function.Supplier<Object> action) {
        String path = "/claims/shortfall-cases/" + id;
        return forms.run(flash, path, () -> {
            action.get();
            return path;
        });
    }

    private static YearMonth parse(String month) {
        try {
            return month == null || month.isBlank() ? null : YearMonth.parse(month.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
