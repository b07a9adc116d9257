package org.fieldsupport.procurement.procedure.web;

import org.fieldsupport.organization.Missions;
import org.fieldsupport.procurement.procedure.internal.Procedures;
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

/** Procurement procedures (draft, publish) and advice (request, give). */
@Controller("procurementProcedurePages")
class ProcedurePages {

    private final Procedures procedures;
    private final ProcurementAccess access;
    private final Missions missions;
    private final ProcurementPageMessages messages;

    ProcedurePages(Procedures procedures, ProcurementAccess access, Missions missions, ProcurementPageMessages messages) {
        this.procedures = procedures;
        this.access = access;
        this.missions = missions;
        this.messages = messages;
    }

    @GetMapping("/procurement/procedures")
    String page(Model model) {
        model.addAttribute("procedures", procedures.procedures());
        model.addAttribute("advice", procedures.advice());
        model.addAttribute("canManage", access.may(ProcurementPermissions.PROCEDURE, null));
        model.addAttribute("canAdvise", access.may(ProcurementPermissions.ADVICE, null));
        var visible = access.missions(ProcurementPermissions.READ);
        model.addAttribute("missions", missions.all(null).stream().map(m -> m.code())
                .filter(c -> visible == null || visible.contains(c)).toList());
        return "procurement/procedures";
    }

    @PostMapping("/procurement/procedures")
    String draft(@RequestParam String code, @RequestParam String titleEn, @RequestParam String titleFr,
                 @RequestParam String bodyEn, @RequestParam String bodyFr, RedirectAttributes flash) {
        messages.attempt(flash, () -> procedures.draft(code, titleEn, titleFr, bodyEn, bodyFr));
        return "redirect:/procurement/procedures";
    }

    @PostMapping("/procurement/procedures/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        messages.attempt(flash, () -> procedures.publish(id, null));
        return "redirect:/procurement/procedures";
    }

    @PostMapping("/procurement/advice")
    String request(@RequestParam(required = false) String missionCode, @RequestParam String subject,
                   @RequestParam String question, RedirectAttributes flash) {
        messages.attempt(flash, () -> procedures.request(missionCode, subject, question));
        return "redirect:/procurement/procedures";
    }

    @PostMapping("/procurement/advice/{reference}/answer")
    String give(@PathVariable String reference, @RequestParam String advice, RedirectAttributes flash) {
        messages.attempt(flash, () -> procedures.give(reference, advice, null));
        return "redirect:/procurement/procedures";
    }
}
