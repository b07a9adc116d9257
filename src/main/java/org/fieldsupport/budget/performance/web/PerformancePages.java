package org.fieldsupport.budget.performance.web;

import org.fieldsupport.budget.performance.internal.PerformanceReports;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.budget.shared.web.BudgetPageMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The performance report of a budget: variances, explanations where required, submission. */
@Controller("budgetPerformancePages")
class PerformancePages {

    private final PerformanceReports reports;
    private final BudgetAccess access;
    private final BudgetPageMessages messages;

    PerformancePages(PerformanceReports reports, BudgetAccess access, BudgetPageMessages messages) {
        this.reports = reports;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/budget/budgets/{id}/performance")
    String report(@PathVariable long id, Model model) {
        PerformanceReports.Report r = reports.report(id);
        model.addAttribute("report", r);
        model.addAttribute("budget", r.budget());
        java.util.List<PerformanceReports.Row> rows = new java.util.ArrayList<>(r.lines());
        rows.addAll(r.groups());
        rows.add(r.total());
        model.addAttribute("rows", rows);
        model.addAttribute("thresholds", reports.thresholds(r.budget().periodStart()));
        model.addAttribute("canWrite", "OPEN".equals(r.budget().performanceStatus())
                && access.may(BudgetPermissions.PREPARE, r.budget().missionCode()));
        return "budget/performance";
    }

    @PostMapping("/budget/budgets/{id}/performance/explanations")
    String explain(@PathVariable long id, @RequestParam String line, @RequestParam String explanation,
                   RedirectAttributes flash) {
        messages.attempt(flash, () -> reports.explain(id, line, explanation));
        return "redirect:/budget/budgets/" + id + "/performance";
    }

    @PostMapping("/budget/budgets/{id}/performance/submit")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        messages.attempt(flash, () -> reports.submit(id));
        return "redirect:/budget/budgets/" + id + "/performance";
    }
}
