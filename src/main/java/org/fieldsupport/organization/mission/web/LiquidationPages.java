package org.fieldsupport.organization.mission.web;

import java.util.Locale;
import org.fieldsupport.organization.mission.internal.LiquidationWork;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Marking a liquidation checklist item done from the mission's page. */
@Controller
@RequestMapping("/organization/missions/{code}/liquidation")
class LiquidationPages {

    private final LiquidationWork work;
    private final OrganizationAccess access;
    private final MessageSource messages;

    LiquidationPages(LiquidationWork work, OrganizationAccess access, MessageSource messages) {
        this.work = work;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping("/{key}/done")
    String done(@PathVariable String code, @PathVariable String key, Locale locale, RedirectAttributes redirect) {
        String c = code.toUpperCase(Locale.ROOT);
        access.require(OrganizationAccess.MISSIONS_EDIT, Scope.mission(c));
        try {
            work.done(c, key);
            redirect.addFlashAttribute("saved", true);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return "redirect:/organization/missions/" + c;
    }
}
