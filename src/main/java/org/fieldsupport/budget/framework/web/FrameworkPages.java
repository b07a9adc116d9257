package org.fieldsupport.budget.framework.web;

import java.util.List;
import org.fieldsupport.budget.framework.internal.Frameworks;
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

/** Results-based budgeting frameworks: list, tree editor, indicator actuals, versions and carry-over. */
@Controller("budgetFrameworkPages")
class FrameworkPages {

    private final Frameworks frameworks;
    private final BudgetAccess access;
    private final Missions missions;
    private final BudgetPageMessages messages;

    FrameworkPages(Frameworks frameworks, BudgetAccess access, Missions missions, BudgetPageMessages messages) {
        this.frameworks = frameworks;
        this.access = access;
        this.missions = missions;
        this.messages = messages;
    }

    @GetMapping("/budget/frameworks")
    String list(Model model) {
        model.addAttribute("frameworks", frameworks.list());
        var visible = access.missions(BudgetPermissions.FRAMEWORK_EDIT);
        model.addAttribute("missions", missions.all(null).stream().map(m -> m.code())
                .filter(c -> visible == null || visible.contains(c)).toList());
        return "budget/frameworks";
    }

    @PostMapping("/budget/frameworks")
    String create(@RequestParam String missionCode, @RequestParam(required = false) Integer periodStart,
                  RedirectAttributes flash) {
        Frameworks.Framework f = messages.attempt(flash, () -> frameworks.create(missionCode, periodStart));
        return f == null ? "redirect:/budget/frameworks" : "redirect:/budget/frameworks/" + f.id();
    }

    @GetMapping("/budget/frameworks/{id}")
    String detail(@PathVariable long id, Model model) {
        Frameworks.Framework f = frameworks.get(id);
        model.addAttribute("framework", f);
        List<Frameworks.Item> items = frameworks.items(id);
        model.addAttribute("items", items);
        model.addAttribute("parents", items.stream().filter(i -> !Frameworks.INDICATOR.equals(i.kind())
                && !Frameworks.OUTPUT.equals(i.kind())).toList());
        model.addAttribute("canEdit", f.latest() && access.may(BudgetPermissions.FRAMEWORK_EDIT, f.missionCode()));
        return "budget/framework";
    }

    @PostMapping("/budget/frameworks/{id}/items")
    String add(@PathVariable long id, @RequestParam(required = false) Long parentId, @RequestParam String kind,
               @RequestParam String textEn, @RequestParam String textFr, @RequestParam(required = false) String unit,
               @RequestParam(required = false) String baseline, @RequestParam(required = false) String target,
               @RequestParam(required = false) String quantity, RedirectAttributes flash) {
        messages.attempt(flash, () -> frameworks.addItem(id, new Frameworks.NewItem(parentId, kind, textEn, textFr, unit,
                baseline, target, quantity)));
        return "redirect:/budget/frameworks/" + id;
    }

    @PostMapping("/budget/frameworks/{id}/items/{itemId}/actual")
    String actual(@PathVariable long id, @PathVariable long itemId, @RequestParam String actual, RedirectAttributes flash) {
        messages.attempt(flash, () -> frameworks.recordActual(id, itemId, actual));
        return "redirect:/budget/frameworks/" + id;
    }

    @PostMapping("/budget/frameworks/{id}/copy")
    String copy(@PathVariable long id, @RequestParam String to, RedirectAttributes flash) {
        Frameworks.Framework f = messages.attempt(flash, () -> "next-period".equals(to) ? frameworks.carryOver(id)
                : frameworks.newVersion(id));
        return "redirect:/budget/frameworks/" + (f == null ? id : f.id());
    }
}
