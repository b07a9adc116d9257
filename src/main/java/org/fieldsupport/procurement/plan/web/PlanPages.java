package org.fieldsupport.procurement.plan.web;

import org.fieldsupport.organization.Missions;
import org.fieldsupport.procurement.plan.internal.AcquisitionPlans;
import org.fieldsupport.procurement.shared.internal.ProcurementAccess;
import org.fieldsupport.procurement.shared.internal.ProcurementPermissions;
import org.fieldsupport.procurement.shared.web.ProcurementPageMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Acquisition plans: list, lines and requisitions. */
@Controller("procurementPlanPages")
class PlanPages {

    private final AcquisitionPlans plans;
    private final ProcurementAccess access;
    private final Missions missions;
    private final ProcurementPageMessages messages;

    PlanPages(AcquisitionPlans plans, ProcurementAccess access, Missions missions, ProcurementPageMessages messages) {
        this.plans = plans;
        this.access = access;
        this.missions = missions;
        this.messages = messages;
    }

    @GetMapping("/procurement/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.list());
        var visible = access.missions(ProcurementPermissions.PLAN);
        model.addAttribute("missions", missions.all(null).stream().map(m -> m.code())
                .filter(c -> visible == null || visible.contains(c)).toList());
        return "procurement/plans";
    }

    @PostMapping("/procurement/plans")
    String create(@RequestParam String missionCode, @RequestParam(required = false) Integer periodStart, RedirectAttributes flash) {
        AcquisitionPlans.Plan p = messages.attempt(flash, () -> plans.create(missionCode, periodStart));
        return p == null ? "redirect:/procurement/plans" : "redirect:/procurement/plans/" + p.id();
    }

    @GetMapping("/procurement/plans/{id}")
    String detail(@PathVariable long id, Model model) {
        AcquisitionPlans.Plan p = plans.get(id);
        model.addAttribute("plan", p);
        model.addAttribute("lines", plans.lines(id));
        model.addAttribute("categories", AcquisitionPlans.CATEGORIES);
        model.addAttribute("canEdit", access.may(ProcurementPermissions.PLAN, p.missionCode()));
        return "procurement/plan";
    }

    @PostMapping("/procurement/plans/{id}/lines")
    String addLine(@PathVariable long id, @RequestParam String item, @RequestParam String category,
                   @RequestParam String estimatedValue, @RequestParam(required = false) Integer quarterNeeded,
                   RedirectAttributes flash) {
        messages.attempt(flash, () -> plans.addLine(id, item, category, estimatedValue, quarterNeeded));
        return "redirect:/procurement/plans/" + id;
    }

    @PostMapping("/procurement/plans/{id}/lines/{lineId}/requisition")
    String requisition(@PathVariable long id, @PathVariable long lineId, RedirectAttributes flash) {
        messages.attempt(flash, () -> plans.requisition(id, lineId));
        return "redirect:/procurement/plans/" + id;
    }
}
