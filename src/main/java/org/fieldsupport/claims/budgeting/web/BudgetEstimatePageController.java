package org.fieldsupport.claims.budgeting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.fieldsupport.claims.budgeting.internal.CoeBudgetService;
import org.fieldsupport.claims.shared.web.FormOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The COE budget estimates screens: list and compute, detail with lines, allotments and tracking. */
@Controller
@RequestMapping("/claims/budget-estimates")
class BudgetEstimatePageController {

    private final CoeBudgetService estimates;
    private final FormOutcome forms;

    BudgetEstimatePageController(CoeBudgetService estimates, FormOutcome forms) {
        this.estimates = estimates;
        this.forms = forms;
    }

    @GetMapping
    String list(@RequestParam(required = false) String mission, Model model) {
        model.addAttribute("estimates", estimates.list(mission));
        model.addAttribute("mission", mission);
        model.addAttribute("mayCompute", estimates.mayCompute());
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        YearMonth start = YearMonth.of(now.getMonthValue() >= 7 ? now.getYear() : now.getYear() - 1, 7);
        model.addAttribute("defaultFrom", start.toString());
        model.addAttribute("defaultTo", start.plusMonths(11).toString());
        return "claims/planning/budget-list";
    }

    @PostMapping
    String compute(@RequestParam(required = false) String missionCode, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, RedirectAttributes flash) {
        return forms.run(flash, "/claims/budget-estimates", () -> "/claims/budget-estimates/"
                + estimates.compute(missionCode, month(from), month(to)).estimate().id());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("d", estimates.detail(id));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        return "claims/planning/budget-detail";
    }

    @PostMapping("/{id}/allotments")
    String allot(@PathVariable long id, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) BigDecimal amount,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate allottedOn,
                 @RequestParam(required = false) String reference, RedirectAttributes flash) {
        String back = "/claims/budget-estimates/" + id;
        return forms.run(flash, back, () -> {
            estimates.allot(id, kind, amount, allottedOn, reference);
            return back;
        });
    }

    private static YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
