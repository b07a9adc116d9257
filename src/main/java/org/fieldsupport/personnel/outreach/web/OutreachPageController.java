package org.fieldsupport.personnel.outreach.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.outreach.internal.CampaignService;
import org.fieldsupport.personnel.outreach.internal.CareerService;
import org.fieldsupport.personnel.recruitment.internal.ApplicationService;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentAccess;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentPermissions;
import org.fieldsupport.personnel.recruitment.web.Forms;
import org.fieldsupport.personnel.recruitment.web.RecruitmentMessages;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of outreach campaigns (6.7.a/c), field-career pages and career plans (6.7.d). */
@Controller
class OutreachPageController {

    private final CampaignService campaigns;
    private final CareerService careers;
    private final RecruitmentAccess access;
    private final RecruitmentMessages messages;

    OutreachPageController(CampaignService campaigns, CareerService careers, RecruitmentAccess access,
                           RecruitmentMessages messages) {
        this.campaigns = campaigns;
        this.careers = careers;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/personnel/outreach/campaigns")
    String campaigns(Model model) {
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("sources", ApplicationService.SOURCES.stream().sorted().toList());
        return "personnel/outreach/campaigns";
    }

    @PostMapping("/personnel/outreach/campaigns")
    String create(@RequestParam Map<String, String> f, @RequestParam(required = false) List<String> sources,
                  Locale locale, RedirectAttributes redirect) {
        try {
            CampaignService.Campaign c = campaigns.create(new CampaignService.NewCampaign(f.get("name"),
                    f.get("occupationalGroup"), f.get("targetGender"),
                    Arrays.asList(f.getOrDefault("targetStates", "").split("[,; ]+")), sources, f.get("partners"),
                    Forms.date(f.get("startDate"), "startDate"), Forms.date(f.get("endDate"), "endDate"),
                    Forms.integer(f.get("targetApplications"), "targetApplications")));
            redirect.addFlashAttribute("notice", messages.get("recruitment.campaign.created", locale, c.reference()));
            return "redirect:/personnel/outreach/campaigns/" + c.id();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
            return "redirect:/personnel/outreach/campaigns";
        }
    }

    @GetMapping("/personnel/outreach/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        model.addAttribute("c", campaigns.get(id));
        return "personnel/outreach/campaign";
    }

    @GetMapping("/personnel/careers/plans")
    String plans(@RequestParam(required = false) String mission, Model model) {
        model.addAttribute("mine", careers.mine());
        boolean adviser = access.holdsAnywhere(RecruitmentPermissions.CAREERS);
        model.addAttribute("adviser", adviser);
        model.addAttribute("advised", adviser ? careers.advised(mission) : List.of());
        model.addAttribute("kinds", CareerService.ACTION_KINDS.stream().sorted().toList());
        model.addAttribute("pages", careers.pages());
        return "personnel/careers/plans";
    }

    @PostMapping("/personnel/careers/plans")
    String createPlan(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        try {
            List<CareerService.NewAction> actions = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (f.get("action" + i + "Description") != null && !f.get("action" + i + "Description").isBlank()) {
                    actions.add(new CareerService.NewAction(f.get("action" + i + "Kind"), f.get("action" + i + "Description"),
                            Forms.date(f.get("action" + i + "Due"), "actions[" + i + "].dueDate")));
                }
            }
            BigDecimal prior = Forms.decimal(f.get("priorYears"), "priorYears");
            CareerService.Plan p = careers.create(new CareerService.NewPlan(Forms.id(f.get("staffId"), "staffId"),
                    f.get("targetFamily"), f.get("targetGrade"), f.get("targetTitle"),
                    Forms.date(f.get("targetDate"), "targetDate"), prior, actions));
            return "redirect:/personnel/careers/plans/" + p.id();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
            return "redirect:/personnel/careers/plans";
        }
    }

    @GetMapping("/personnel/careers/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        model.addAttribute("p", careers.get(id));
        return "personnel/careers/plan";
    }

    @PostMapping("/personnel/careers/plans/{id}/actions/{actionId}/done")
    String done(@PathVariable long id, @PathVariable long actionId, Locale locale, RedirectAttributes redirect) {
        try {
            careers.complete(id, actionId, null);
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/careers/plans/" + id;
    }

    @PostMapping("/personnel/careers/pages")
    String savePage(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        try {
            careers.savePage(new CareerService.PageInput(f.get("slug"), f.get("titleEn"), f.get("titleFr"),
                    f.get("bodyEn"), f.get("bodyFr")), null);
            redirect.addFlashAttribute("notice", messages.get("recruitment.page.saved", locale));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/careers/plans";
    }
}
