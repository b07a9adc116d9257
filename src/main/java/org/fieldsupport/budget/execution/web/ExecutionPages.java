package org.fieldsupport.budget.execution.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.domain.Money;
import org.fieldsupport.budget.estimate.internal.Budgets;
import org.fieldsupport.budget.execution.internal.Execution;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.budget.shared.web.BudgetPageMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Budget execution screens: the overview by budget, and a budget's allotments, imports, pattern and redeployments. */
@Controller("budgetExecutionPages")
class ExecutionPages {

    private final Budgets budgets;
    private final Execution execution;
    private final BudgetAccess access;
    private final BudgetPageMessages messages;

    ExecutionPages(Budgets budgets, Execution execution, BudgetAccess access, BudgetPageMessages messages) {
        this.budgets = budgets;
        this.execution = execution;
        this.access = access;
        this.messages = messages;
    }

    public record Row(Budgets.Budget budget, BigDecimal allotment, BigDecimal commitments, BigDecimal expenditure,
                      BigDecimal available) { }

    @GetMapping("/budget/execution")
    String overview(Model model) {
        List<Row> rows = new ArrayList<>();
        for (Budgets.Budget b : budgets.list()) {
            BigDecimal[] t = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
            execution.availability(b.id()).values().forEach(a -> {
                t[0] = t[0].add(a.allotment());
                t[1] = t[1].add(a.commitments());
                t[2] = t[2].add(a.expenditure());
                t[3] = t[3].add(a.available());
            });
            rows.add(new Row(b, t[0], t[1], t[2], t[3]));
        }
        model.addAttribute("rows", rows);
        return "budget/execution";
    }

    @GetMapping("/budget/budgets/{id}/execution")
    String detail(@PathVariable long id, Model model) {
        Budgets.Budget b = budgets.get(id);
        model.addAttribute("budget", b);
        Map<ExpenditureClass, Execution.Availability> av = execution.availability(id);
        model.addAttribute("availability", av.values());
        BigDecimal[] t = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        av.values().forEach(a -> {
            t[0] = t[0].add(a.allotment());
            t[1] = t[1].add(a.commitments());
            t[2] = t[2].add(a.expenditure());
            t[3] = t[3].add(a.available());
        });
        model.addAttribute("totals", t);
        Map<java.time.YearMonth, BigDecimal> pattern = execution.monthlyPattern(id);
        BigDecimal max = pattern.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal top = max.signum() == 0 ? BigDecimal.ONE : max;
        model.addAttribute("pattern", pattern.entrySet().stream()
                .map(e -> new Month(e.getKey().toString(), e.getValue(), width(e.getValue(), top))).toList());
        model.addAttribute("redeployments", execution.redeployments(id));
        model.addAttribute("classes", ExpenditureClass.values());
        model.addAttribute("canAllot", access.may(BudgetPermissions.ALLOT, b.missionCode()));
        model.addAttribute("canImport", access.may(BudgetPermissions.IMPORT, b.missionCode()));
        model.addAttribute("canRequest", access.may(BudgetPermissions.REDEPLOY_REQUEST, b.missionCode()));
        model.addAttribute("canApproveMission", access.may(BudgetPermissions.REDEPLOY_APPROVE, b.missionCode()));
        model.addAttribute("canApproveController", access.may(BudgetPermissions.REDEPLOY_CONTROL, null));
        return "budget/budget-execution";
    }

    public record Month(String month, BigDecimal expenditure, long width) { }

    /** Bar width in percent of the highest month (for the pattern chart). */
    public static long width(BigDecimal value, BigDecimal max) {
        return value.multiply(BigDecimal.valueOf(100)).divide(max, 0, java.math.RoundingMode.HALF_EVEN).longValue();
    }

    @PostMapping("/budget/budgets/{id}/allotments")
    String allot(@PathVariable long id, @RequestParam(name = "class") String cls, @RequestParam String amount,
                 RedirectAttributes flash) {
        messages.attempt(flash, () -> execution.allot(id, cls, amount));
        return "redirect:/budget/budgets/" + id + "/execution";
    }

    @PostMapping("/budget/budgets/{id}/imports")
    String importExtract(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        byte[] content = file.getBytes();
        Execution.ImportResult r = messages.attempt(flash, () -> execution.importExtract(id, file.getOriginalFilename(), content));
        if (r != null) {
            flash.addFlashAttribute("imported", r);
        }
        return "redirect:/budget/budgets/" + id + "/execution";
    }

    @PostMapping("/budget/budgets/{id}/redeployments")
    String request(@PathVariable long id, @RequestParam String fromClass, @RequestParam String toClass,
                   @RequestParam String amount, @RequestParam String justification, RedirectAttributes flash) {
        messages.attempt(flash, () -> execution.request(id, fromClass, toClass, amount, justification));
        return "redirect:/budget/budgets/" + id + "/execution";
    }

    @PostMapping("/budget/redeployments/{reference}/decision")
    String decide(@PathVariable String reference, @RequestParam String decision, RedirectAttributes flash) {
        Execution.Redeployment r = execution.redeployment(reference);
        messages.attempt(flash, () -> "approve".equals(decision) ? execution.approve(reference) : execution.reject(reference));
        return "redirect:/budget/budgets/" + r.budgetId() + "/execution";
    }
}
