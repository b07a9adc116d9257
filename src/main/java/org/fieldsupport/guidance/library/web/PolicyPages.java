package org.fieldsupport.guidance.library.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.guidance.library.domain.PolicyRules;
import org.fieldsupport.guidance.library.internal.GuidanceAccess;
import org.fieldsupport.guidance.library.internal.PolicyLibrary;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the policy library: list (and review due), a policy with its versions, the "not acknowledged" view. */
@Controller
@RequestMapping("/guidance/policies")
class PolicyPages {

    private final PolicyLibrary library;
    private final GuidanceAccess access;
    private final Missions missions;
    private final OrganizationStructure structure;
    private final MessageSource messages;
    private final MarkdownText markdown;

    PolicyPages(PolicyLibrary library, GuidanceAccess access, Missions missions, OrganizationStructure structure,
                MessageSource messages, MarkdownText markdown) {
        this.markdown = markdown;
        this.library = library;
        this.access = access;
        this.missions = missions;
        this.structure = structure;
        this.messages = messages;
    }

    private interface Action { void run(); }

    private String attempt(Action a, String back, RedirectAttributes redirect, Locale locale) {
        try {
            a.run();
            redirect.addFlashAttribute("notice", true);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", String.join("; ", e.errors().stream().map(f -> f.field() + ": "
                    + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)).toList()));
        }
        return "redirect:" + back;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(defaultValue = "false") boolean reviewDue, Model model) {
        model.addAttribute("policies", library.list(q, kind, reviewDue));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("reviewDue", reviewDue);
        model.addAttribute("kinds", Arrays.stream(PolicyRules.Kind.values()).map(Enum::name).toList());
        boolean manage = access.department(GuidanceAccess.POLICIES_MANAGE);
        model.addAttribute("mayManage", manage);
        if (manage) model.addAttribute("units", structure.units(LocalDate.now()));
        return "guidance/policies/list";
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String titleEn, @RequestParam(required = false) String titleFr,
                  @RequestParam(required = false) String ownerUnit, RedirectAttributes redirect, Locale locale) {
        return attempt(() -> library.create(new PolicyLibrary.NewPolicy(code, kind, titleEn, titleFr, ownerUnit)),
                "/guidance/policies", redirect, locale);
    }

    @GetMapping("/not-acknowledged")
    String notAcknowledged(@RequestParam(required = false) String mission, Model model) {
        model.addAttribute("rows", library.notAcknowledged(mission));
        model.addAttribute("mission", mission);
        model.addAttribute("myMissions", library.acknowledgingMissions());
        return "guidance/policies/not-acknowledged";
    }

    @GetMapping("/{code}")
    String policy(@PathVariable String code, Model model) {
        var d = library.detail(code);
        model.addAttribute("d", d);
        java.util.Map<Long, String> html = new java.util.HashMap<>();
        boolean fr = "fr".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        d.versions().forEach(v -> html.put(v.id(), markdown.html(fr ? v.textFr() : v.textEn())));
        model.addAttribute("html", html);
        model.addAttribute("mayManage", access.department(GuidanceAccess.POLICIES_MANAGE));
        model.addAttribute("mayApprove", access.department(GuidanceAccess.POLICIES_APPROVE));
        model.addAttribute("myMissions", library.acknowledgingMissions());
        model.addAttribute("missions", missions.all(LocalDate.now()));
        return "guidance/policies/policy";
    }

    @PostMapping("/{code}/versions")
    String draft(@PathVariable String code, @RequestParam(required = false) String textEn,
                 @RequestParam(required = false) String textFr,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn,
                 RedirectAttributes redirect, Locale locale) {
        return attempt(() -> library.draftVersion(code, new PolicyLibrary.NewVersion(textEn, textFr, reviewOn)),
                "/guidance/policies/" + code, redirect, locale);
    }

    @PostMapping("/{code}/versions/{version}/{move}")
    String move(@PathVariable String code, @PathVariable int version, @PathVariable String move,
                RedirectAttributes redirect, Locale locale) {
        return attempt(() -> {
            if ("submit".equals(move)) library.submit(code, version);
            else if ("approve".equals(move)) library.approve(code, version);
            else throw new org.fieldsupport.platform.api.NotFoundException("move", move);
        }, "/guidance/policies/" + code, redirect, locale);
    }

    @PostMapping("/{code}/disseminate")
    String disseminate(@PathVariable String code, @RequestParam(required = false) List<String> missions,
                       RedirectAttributes redirect, Locale locale) {
        return attempt(() -> library.disseminate(code, missions), "/guidance/policies/" + code, redirect, locale);
    }

    @PostMapping("/{code}/acknowledge")
    String acknowledge(@PathVariable String code, @RequestParam(required = false) String mission,
                       RedirectAttributes redirect, Locale locale) {
        return attempt(() -> library.acknowledge(code, mission), "/guidance/policies/" + code, redirect, locale);
    }

    @PostMapping("/{code}/supersede")
    String supersede(@PathVariable String code, @RequestParam(required = false) String by, RedirectAttributes redirect,
                     Locale locale) {
        return attempt(() -> library.supersede(code, by), "/guidance/policies/" + code, redirect, locale);
    }
}
