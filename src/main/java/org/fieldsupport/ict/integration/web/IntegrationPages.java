package org.fieldsupport.ict.integration.web;

import java.util.Locale;
import org.fieldsupport.ict.integration.internal.IntegrationCatalogue;
import org.fieldsupport.ict.integration.internal.PlatformInterfaces;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.shared.internal.IctMessages;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the integration catalogue and of this platform's generated interfaces. */
@Controller
@RequestMapping("/ict/integration")
class IntegrationPages {

    private final IntegrationCatalogue catalogue;
    private final PlatformInterfaces platform;
    private final IctAccess access;
    private final IctMessages messages;

    IntegrationPages(IntegrationCatalogue catalogue, PlatformInterfaces platform, IctAccess access, IctMessages messages) {
        this.catalogue = catalogue;
        this.platform = platform;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String system, Model model) {
        model.addAttribute("interfaces", catalogue.list(system, null));
        model.addAttribute("system", system);
        model.addAttribute("mayManage", access.department(IctAccess.INTEGRATION_MANAGE));
        return "ict/integration/list";
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String sourceSystem,
                  @RequestParam(required = false) String targetSystem, @RequestParam(required = false) String protocol,
                  @RequestParam(required = false) String ownerUnit, @RequestParam(required = false) String dataExchanged,
                  @RequestParam(required = false) String frequency, @RequestParam(required = false) String status,
                  RedirectAttributes redirect, Locale locale) {
        try {
            catalogue.create(new IntegrationCatalogue.InterfaceInput(code, sourceSystem, targetSystem, protocol, ownerUnit,
                    dataExchanged, frequency, status, null, null));
            redirect.addFlashAttribute("notice", true);
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/ict/integration";
    }

    @GetMapping("/platform")
    String platform(Model model) {
        model.addAttribute("p", platform.summary());
        return "ict/integration/platform";
    }
}
