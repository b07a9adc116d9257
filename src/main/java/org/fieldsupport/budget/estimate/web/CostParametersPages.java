package org.fieldsupport.budget.estimate.web;

import java.time.LocalDate;
import org.fieldsupport.budget.estimate.internal.CostParameters;
import org.fieldsupport.budget.shared.web.BudgetPageMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cost parameters and variance thresholds screen: in force on a date, history, forms for headquarters. */
@Controller("budgetCostParametersPages")
class CostParametersPages {

    private final CostParameters parameters;
    private final BudgetPageMessages messages;

    CostParametersPages(CostParameters parameters, BudgetPageMessages messages) {
        this.parameters = parameters;
        this.messages = messages;
    }

    @GetMapping("/budget/cost-parameters")
    String page(@RequestParam(required = false) LocalDate on, Model model) {
        LocalDate date = on == null ? LocalDate.now() : on;
        model.addAttribute("on", date);
        model.addAttribute("inForce", parameters.inForce(date));
        model.addAttribute("history", parameters.list(null));
        model.addAttribute("claims", parameters.claimsRates(date));
        model.addAttribute("thresholds", parameters.thresholds());
        model.addAttribute("thresholdInForce", parameters.thresholdsOn(date));
        model.addAttribute("kinds", CostParameters.Kind.values());
        model.addAttribute("canEdit", parameters.mayEdit());
        return "budget/parameters";
    }

    @PostMapping("/budget/cost-parameters")
    String add(@RequestParam(required = false) String kind, @RequestParam(required = false) String code,
               @RequestParam(required = false) String dutyStation, @RequestParam(required = false) String effectiveFrom,
               @RequestParam(required = false) String amount, @RequestParam(required = false) String source,
               RedirectAttributes flash) {
        messages.attempt(flash, () -> parameters.add(kind, code, dutyStation, effectiveFrom, amount, source));
        return "redirect:/budget/cost-parameters";
    }

    @PostMapping("/budget/variance-thresholds")
    String addThreshold(@RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String amount,
                        @RequestParam(required = false) String percent, RedirectAttributes flash) {
        messages.attempt(flash, () -> parameters.addThreshold(effectiveFrom, amount, percent));
        return "redirect:/budget/cost-parameters#thresholds";
    }
}
