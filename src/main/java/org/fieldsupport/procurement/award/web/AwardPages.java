package org.fieldsupport.procurement.award.web;

import org.fieldsupport.organization.Missions;
import org.fieldsupport.procurement.award.internal.Awards;
import org.fieldsupport.procurement.shared.internal.ProcurementAccess;
import org.fieldsupport.procurement.shared.internal.ProcurementPermissions;
import org.fieldsupport.procurement.shared.web.ProcurementPageMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contract awards, above the local limit under a delegation of procurement authority. */
@Controller("procurementAwardPages")
class AwardPages {

    private final Awards awards;
    private final ProcurementAccess access;
    private final Missions missions;
    private final ProcurementPageMessages messages;

    AwardPages(Awards awards, ProcurementAccess access, Missions missions, ProcurementPageMessages messages) {
        this.awards = awards;
        this.access = access;
        this.missions = missions;
        this.messages = messages;
    }

    @GetMapping("/procurement/awards")
    String list(Model model) {
        model.addAttribute("awards", awards.list());
        model.addAttribute("localLimit", awards.localLimit());
        model.addAttribute("localLimits", awards.localLimits());
        model.addAttribute("configuredLimit", awards.configuredLocalLimit());
        model.addAttribute("canEditLimit", awards.mayEditLocalLimit());
        var visible = access.missions(ProcurementPermissions.AWARD);
        model.addAttribute("missions", missions.all(null).stream().map(m -> m.code())
                .filter(c -> visible == null || visible.contains(c)).toList());
        return "procurement/awards";
    }

    @PostMapping("/procurement/local-limits")
    String addLimit(@RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String amount,
                    RedirectAttributes flash) {
        messages.attempt(flash, () -> awards.addLocalLimit(effectiveFrom, amount));
        return "redirect:/procurement/awards#local-limit";
    }

    @PostMapping("/procurement/awards")
    String award(@RequestParam String missionCode, @RequestParam String vendor, @RequestParam String description,
                 @RequestParam String amount, RedirectAttributes flash) {
        messages.attempt(flash, () -> awards.award(missionCode, vendor, description, amount, "USD"));
        return "redirect:/procurement/awards";
    }
}
