package org.fieldsupport.budget.legislative.web;

import java.time.LocalDate;
import org.fieldsupport.budget.legislative.internal.Legislative;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.budget.shared.web.BudgetPageMessages;
import org.fieldsupport.organization.Missions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Support visits and questions of the legislative bodies with their answers. */
@Controller("budgetLegislativePages")
class LegislativePages {

    private final Legislative legislative;
    private final BudgetAccess access;
    private final Missions missions;
    private final BudgetPageMessages messages;
    private final org.fieldsupport.budget.estimate.internal.Budgets budgets;

    LegislativePages(Legislative legislative, BudgetAccess access, Missions missions, BudgetPageMessages messages,
                     org.fieldsupport.budget.estimate.internal.Budgets budgets) {
        this.budgets = budgets;
        this.legislative = legislative;
        this.access = access;
        this.missions = missions;
        this.messages = messages;
    }

    @GetMapping("/budget/legislative")
    String page(Model model) {
        model.addAttribute("visits", legislative.visits());
        model.addAttribute("questions", legislative.questions());
        model.addAttribute("budgets", budgets.list());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("bodies", Legislative.BODIES);
        var visible = access.missions(BudgetPermissions.ADVISE);
        model.addAttribute("missions", missions.all(null).stream().map(m -> m.code())
                .filter(c -> visible == null || visible.contains(c)).toList());
        return "budget/legislative";
    }

    @PostMapping("/budget/legislative/visits")
    String visit(@RequestParam String missionCode, @RequestParam String from, @RequestParam String to,
                 @RequestParam String purpose, @RequestParam(required = false) String findings,
                 @RequestParam(required = false) String recommendations, RedirectAttributes flash) {
        messages.attempt(flash, () -> legislative.recordVisit(missionCode, from, to, purpose, findings, recommendations));
        return "redirect:/budget/legislative";
    }

    /** From this page or the budget's page ({@code back} = the budget's id to return to it). */
    @PostMapping("/budget/legislative/questions")
    String ask(@RequestParam(required = false) String body, @RequestParam(required = false) String budgetId,
               @RequestParam(required = false) String question, @RequestParam(required = false) String dueOn,
               @RequestParam(required = false) String unit, @RequestParam(required = false) String back,
               RedirectAttributes flash) {
        Long id = null;
        if (budgetId != null && budgetId.matches("\\d{1,18}")) {
            id = Long.valueOf(budgetId);
        } else if (budgetId != null && !budgetId.isBlank()) {
            id = -1L; // named as an unknown budget
        }
        Long budget = id;
        messages.attempt(flash, () -> legislative.ask(body, budget, question, dueOn, unit));
        return back != null && back.matches("\\d{1,18}") ? "redirect:/budget/budgets/" + back + "#legislative-questions"
                : "redirect:/budget/legislative";
    }

    @PostMapping("/budget/legislative/questions/{reference}/answer")
    String answer(@PathVariable String reference, @RequestParam(required = false) String answer, RedirectAttributes flash) {
        messages.attempt(flash, () -> legislative.answer(reference, answer));
        return "redirect:/budget/legislative";
    }
}
