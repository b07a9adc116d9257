package org.fieldsupport.oversight.engagement.web;

import java.util.Locale;
import java.util.Map;
import org.fieldsupport.oversight.engagement.internal.EngagementService;
import org.fieldsupport.oversight.recommendations.web.OversightForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screen of the audit engagements: phases, deadlines, focal points. */
@Controller
@RequestMapping("/oversight/engagements")
class EngagementPageController {

    private final EngagementService engagements;
    private final OversightForms forms;

    EngagementPageController(EngagementService engagements, OversightForms forms) {
        this.engagements = engagements;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("engagements", engagements.list());
        return "oversight/engagements";
    }

    @PostMapping
    String create(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        forms.run(() -> engagements.create(new EngagementService.NewEngagement(f.get("body"), f.get("title"), f.get("missionCode"),
                OversightForms.date(f.get("announcedOn"), "announcedOn"), f.get("focalPoint"))), locale, redirect);
        return "redirect:/oversight/engagements";
    }

    @PostMapping("/{id}/advance")
    String advance(@PathVariable long id, @RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        engagements.find(id);
        forms.run(() -> engagements.advance(id, new EngagementService.Advance(OversightForms.date(f.get("on"), "on"),
                OversightForms.date(f.get("until"), "until"), OversightForms.date(f.get("commentsDueOn"), "commentsDueOn"))),
                locale, redirect);
        return "redirect:/oversight/engagements";
    }
}
