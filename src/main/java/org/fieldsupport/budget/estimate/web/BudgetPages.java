package org.fieldsupport.budget.estimate.web;

import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.estimate.domain.CostEstimator;
import org.fieldsupport.budget.estimate.domain.CostGroup;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.internal.Budgets;
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

/** Budget proposals: the list by mission and period, a proposal's cost estimates and its way to the Controller. */
@Controller("budgetPages")
class BudgetPages {

    private final Budgets budgets;
    private final BudgetAccess access;
    private final Missions missions;
    private final BudgetPageMessages messages;
    private final org.fieldsupport.budget.estimate.internal.BudgetDocument document;

    private final org.fieldsupport.budget.estimate.internal.LineSources sources;
    private final org.fieldsupport.budget.legislative.internal.Legislative legislative;

    BudgetPages(Budgets budgets, BudgetAccess access, Missions missions, BudgetPageMessages messages,
                org.fieldsupport.budget.estimate.internal.BudgetDocument document,
                org.fieldsupport.budget.estimate.internal.LineSources sources,
                org.fieldsupport.budget.legislative.internal.Legislative legislative) {
        this.sources = sources;
        this.legislative = legislative;
        this.document = document;
        this.budgets = budgets;
        this.access = access;
        this.missions = missions;
        this.messages = messages;
    }

    @GetMapping("/budget/budgets")
    String list(Model model) {
        model.addAttribute("budgets", budgets.list());
        var visible = access.missions(BudgetPermissions.PREPARE);
        model.addAttribute("missions", missions.all(null).stream().map(m -> m.code())
                .filter(c -> visible == null || visible.contains(c)).toList());
        model.addAttribute("ruleSet", CostEstimator.RULE_SET);
        return "budget/budgets";
    }

    @PostMapping("/budget/budgets")
    String create(@RequestParam String missionCode, @RequestParam(required = false) Integer periodStart,
                  @RequestParam(required = false) String kind, RedirectAttributes flash) {
        Budgets.Budget b = messages.attempt(flash, () -> budgets.create(missionCode, periodStart, kind, null));
        return b == null ? "redirect:/budget/budgets" : "redirect:/budget/budgets/" + b.id();
    }

    @GetMapping("/budget/budgets/{id}")
    String detail(@PathVariable long id,
                  @org.springframework.web.bind.annotation.RequestParam(required = false) String add, Model model) {
        // issue 12.10 (a page at most 8 KB): the new-line form, with its list of every expenditure class, on demand
        model.addAttribute("adding", add != null);
        Budgets.Budget b = budgets.get(id);
        model.addAttribute("budget", b);
        List<Budgets.EstimateLine> lines = budgets.lines(id);
        model.addAttribute("lines", lines);
        model.addAttribute("groups", CostGroup.values());
        Map<CostGroup, java.math.BigDecimal> totals = budgets.groupTotals(id);
        model.addAttribute("groupTotals", totals);
        model.addAttribute("classes", ExpenditureClass.values());
        boolean editable = "DRAFT".equals(b.status()) || "RETURNED".equals(b.status());
        model.addAttribute("canPrepare", editable && access.may(BudgetPermissions.PREPARE, b.missionCode()));
        model.addAttribute("actions", budgets.actions(b));
        model.addAttribute("history", budgets.history(id));
        model.addAttribute("variances", document.varianceFigures(id));
        model.addAttribute("explanations", document.explanations(id));
        // personnel lines from the staffing table and the MOUs: what the sources hold today, what changed since the fill
        var now = sources.sources(b);
        model.addAttribute("sources", now);
        model.addAttribute("drift", sources.drift(now, lines));
        model.addAttribute("filled", lines.stream().anyMatch(l -> l.source() != null));
        // legislative questions against this budget, routed through the front office
        model.addAttribute("questions", legislative.questionsOf(id));
        model.addAttribute("canAdvise", access.may(BudgetPermissions.ADVISE, b.missionCode()));
        model.addAttribute("bodies", org.fieldsupport.budget.legislative.internal.Legislative.BODIES);
        model.addAttribute("defaultUnit", legislative.defaultUnit(b.missionCode()).orElse(null));
        return "budget/budget";
    }

    @PostMapping("/budget/budgets/{id}/source-fill")
    String fill(@PathVariable long id, RedirectAttributes flash) {
        var r = messages.attempt(flash, () -> sources.fill(id));
        if (r != null) {
            // plain numbers: flash attributes live in the (possibly persisted) session
            flash.addFlashAttribute("fill", new java.util.ArrayList<>(List.of(r.added(), r.updated(), r.removed(),
                    r.overridesKept())));
        }
        return "redirect:/budget/budgets/" + id + "#sources";
    }

    @PostMapping("/budget/budgets/{id}/lines/{lineId}/override")
    String override(@PathVariable long id, @PathVariable long lineId, @RequestParam(required = false) String value,
                    @RequestParam(required = false) String reason, RedirectAttributes flash) {
        messages.attempt(flash, () -> sources.override(id, lineId, value, reason));
        return "redirect:/budget/budgets/" + id + "#line-" + lineId;
    }

    @PostMapping("/budget/budgets/{id}/lines/{lineId}/override/clear")
    String clearOverride(@PathVariable long id, @PathVariable long lineId, RedirectAttributes flash) {
        messages.attempt(flash, () -> sources.clearOverride(id, lineId));
        return "redirect:/budget/budgets/" + id + "#line-" + lineId;
    }

    @PostMapping("/budget/budgets/{id}/lines")
    String addLine(@PathVariable long id, @RequestParam(name = "class") String cls,
                   @RequestParam(required = false) String description, @RequestParam Map<String, String> form,
                   RedirectAttributes flash) {
        ExpenditureClass c = ExpenditureClass.of(cls).orElse(null);
        CostGroup g = c == null ? null : c.group();
        CostEstimator.RawLine raw = new CostEstimator.RawLine(cls,
                pick(form, "persons", g == CostGroup.I), pick(form, "monthlyRate", g == CostGroup.I),
                pick(form, "months", g == CostGroup.I || g == CostGroup.II),
                pick(form, "delayedDeploymentFactor", g == CostGroup.I),
                pick(form, "posts", g == CostGroup.II), pick(form, "standardAnnualCost", g == CostGroup.II),
                pick(form, "vacancyRate", g == CostGroup.II), pick(form, "quantity", g == CostGroup.III),
                pick(form, "unitCost", g == CostGroup.III));
        String grade = g == CostGroup.II ? pick(form, "grade", true) : null;
        java.util.List<String> descriptions = new java.util.ArrayList<>();
        descriptions.add(description == null || description.isBlank() ? null : description.trim());
        java.util.List<String> grades = new java.util.ArrayList<>();
        grades.add(grade);
        messages.attempt(flash, () -> budgets.addLines(id, List.of(raw), descriptions, grades, null));
        return "redirect:/budget/budgets/" + id;
    }

    @PostMapping("/budget/budgets/{id}/proposal-explanations")
    String explain(@PathVariable long id, @RequestParam(required = false) String line,
                   @RequestParam(required = false) String explanation, RedirectAttributes flash) {
        messages.attempt(flash, () -> {
            document.explain(id, line, explanation);
            return Boolean.TRUE;
        });
        return "redirect:/budget/budgets/" + id + "#proposal-variances";
    }

    /** A form sends every field; only those of the class's group are taken (blank means absent). */
    private static String pick(Map<String, String> form, String name, boolean inGroup) {
        String v = form.get(name);
        return inGroup ? (v == null || v.isBlank() ? null : v.trim()) : null;
    }

    @PostMapping("/budget/budgets/{id}/lines/{lineId}/delete")
    String removeLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes flash) {
        messages.attempt(flash, () -> budgets.removeLine(id, lineId));
        return "redirect:/budget/budgets/" + id;
    }

    @PostMapping("/budget/budgets/{id}/workflow")
    String workflow(@PathVariable long id, @RequestParam String action, RedirectAttributes flash) {
        messages.attempt(flash, () -> switch (action) {
            case "submit" -> budgets.submit(id);
            case "review" -> budgets.review(id);
            case "send-to-controller" -> budgets.sendToController(id);
            case "return" -> budgets.returnToMission(id);
            default -> throw org.fieldsupport.platform.api.InvalidInputException.of("action", "OneOf", "budget.field.required");
        });
        return "redirect:/budget/budgets/" + id;
    }
}
