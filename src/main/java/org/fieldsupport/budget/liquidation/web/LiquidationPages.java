package org.fieldsupport.budget.liquidation.web;

import org.fieldsupport.budget.liquidation.domain.DisposalGroup;
import org.fieldsupport.budget.liquidation.internal.Liquidations;
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

/** Liquidations: the list, and one mission's disposal plan and final performance report. */
@Controller("budgetLiquidationPages")
class LiquidationPages {

    private final Liquidations liquidations;
    private final BudgetAccess access;
    private final BudgetPageMessages messages;

    LiquidationPages(Liquidations liquidations, BudgetAccess access, BudgetPageMessages messages) {
        this.liquidations = liquidations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/budget/liquidations")
    String list(Model model) {
        model.addAttribute("liquidations", liquidations.list());
        return "budget/liquidations";
    }

    @GetMapping("/budget/liquidations/{id}")
    String detail(@PathVariable long id, Model model) {
        Liquidations.Liquidation l = liquidations.get(id);
        model.addAttribute("liquidation", l);
        model.addAttribute("disposals", liquidations.disposals(id));
        model.addAttribute("byGroup", liquidations.byGroup(id));
        model.addAttribute("groups", DisposalGroup.values());
        model.addAttribute("canManage", "PENDING".equals(l.finalReportStatus())
                && access.may(BudgetPermissions.LIQUIDATION, l.missionCode()));
        return "budget/liquidation";
    }

    @PostMapping("/budget/liquidations/{id}/disposals")
    String add(@PathVariable long id, @RequestParam String assetReference, @RequestParam String description,
               @RequestParam String bookValue, @RequestParam String disposalGroup,
               @RequestParam(required = false) String recipient, RedirectAttributes flash) {
        messages.attempt(flash, () -> liquidations.addDisposal(id, assetReference, description, bookValue, disposalGroup, recipient));
        return "redirect:/budget/liquidations/" + id;
    }

    @PostMapping("/budget/liquidations/{id}/disposals/{disposalId}/decision")
    String decide(@PathVariable long id, @PathVariable long disposalId, @RequestParam String decision,
                  RedirectAttributes flash) {
        messages.attempt(flash, () -> liquidations.decide(id, disposalId, decision));
        return "redirect:/budget/liquidations/" + id;
    }

    @PostMapping("/budget/liquidations/{id}/final-report")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        messages.attempt(flash, () -> liquidations.submitFinalReport(id));
        return "redirect:/budget/liquidations/" + id;
    }
}
