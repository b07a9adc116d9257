package org.fieldsupport.frontoffice.correspondence.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.frontoffice.correspondence.domain.Classification;
import org.fieldsupport.frontoffice.correspondence.domain.CorrespondenceStatus;
import org.fieldsupport.frontoffice.correspondence.internal.CorrespondenceItem;
import org.fieldsupport.frontoffice.correspondence.internal.CorrespondenceRegister;
import org.fieldsupport.frontoffice.correspondence.internal.NewCorrespondence;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.frontoffice.office.web.ScreenErrors;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the correspondence register: list and search, overdue, registration, an item and its moves. */
@Controller
@RequestMapping("/frontoffice/correspondence")
class CorrespondencePages {

    private static final int PAGE_SIZE = 25;

    private final CorrespondenceRegister register;
    private final FrontOfficeAccess access;
    private final Missions missions;
    private final ScreenErrors errors;

    CorrespondencePages(CorrespondenceRegister register, FrontOfficeAccess access, Missions missions,
                        ScreenErrors errors) {
        this.register = register;
        this.access = access;
        this.missions = missions;
        this.errors = errors;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String classification,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
                Model model) {
        access.requireAnywhere(FrontOfficeAccess.CORRESPONDENCE_READ);
        int p = Math.max(page, 0);
        var result = register.list(new CorrespondenceRegister.Filter(q, status, null, classification, overdue),
                (long) p * PAGE_SIZE, PAGE_SIZE, overdue ? "c.due_date ASC, c.id ASC" : null);
        model.addAttribute("items", result.items());
        model.addAttribute("total", result.total());
        model.addAttribute("totalCapped", result.totalCapped());
        model.addAttribute("page", p);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("classification", classification);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", Arrays.stream(CorrespondenceStatus.values()).map(Enum::name).toList());
        model.addAttribute("classifications", Arrays.stream(Classification.values()).map(Enum::name).toList());
        model.addAttribute("mayRegister", access.mayDepartmentWide(FrontOfficeAccess.CORRESPONDENCE_REGISTER));
        return "frontoffice/correspondence/list";
    }

    @GetMapping("/overdue")
    String overdue(@RequestParam(defaultValue = "0") int page, Model model) {
        return list(null, null, null, true, page, model);
    }

    @GetMapping("/new")
    String form(Model model) {
        access.requireDepartmentWide(FrontOfficeAccess.CORRESPONDENCE_REGISTER);
        model.addAttribute("missions", missions.all(LocalDate.now()));
        model.addAttribute("classifications", Arrays.stream(Classification.values()).map(Enum::name).toList());
        model.addAttribute("today", LocalDate.now());
        return "frontoffice/correspondence/new";
    }

    @PostMapping
    String create(@RequestParam(required = false) String kind, @RequestParam(required = false) String subject,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String partnerCode,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                  @RequestParam(required = false) String classification,
                  @RequestParam(required = false) String attributionId,
                  @RequestParam(required = false) String missionCode,
                  @RequestParam(required = false) String addressees,
                  RedirectAttributes redirect, Locale locale) {
        try {
            List<String> to = addressees == null ? List.of() : Arrays.stream(addressees.split("[,;\\s]+"))
                    .filter(s -> !s.isBlank()).toList();
            CorrespondenceItem item = register.register(new NewCorrespondence(kind, subject, from, partnerCode,
                    receivedOn, dueDate, classification, attributionId, missionCode, to));
            redirect.addFlashAttribute("notice", item.reference());
            if (Classification.STRICTLY_CONFIDENTIAL.name().equals(item.classification())
                    && !item.addressees().contains(access.user())) {
                return "redirect:/frontoffice/correspondence";
            }
            return "redirect:/frontoffice/correspondence/" + item.id();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", errors.message(e, locale));
            return "redirect:/frontoffice/correspondence/new";
        }
    }

    @GetMapping("/{id}")
    String item(@PathVariable long id, Model model) {
        CorrespondenceItem item = register.get(id);
        model.addAttribute("item", item);
        model.addAttribute("mayRegister", access.mayDepartmentWide(FrontOfficeAccess.CORRESPONDENCE_REGISTER));
        model.addAttribute("mayDraft", item.addressees().contains(access.user())
                || access.reach(FrontOfficeAccess.CORRESPONDENCE_DRAFT).covers(item.assignedUnit()));
        model.addAttribute("mayCheck", access.mayDepartmentWide(FrontOfficeAccess.CORRESPONDENCE_CHECK));
        model.addAttribute("maySign", access.mayDepartmentWide(FrontOfficeAccess.CORRESPONDENCE_SIGN));
        return "frontoffice/correspondence/item";
    }

    @PostMapping("/{id}/{move}")
    String move(@PathVariable long id, @PathVariable String move, @RequestParam(required = false) String unitCode,
                @RequestParam(required = false) String text, RedirectAttributes redirect, Locale locale) {
        try {
            switch (move) {
                case "confirm-routing" -> register.confirmRouting(id, unitCode);
                case "reply" -> register.draftReply(id, text);
                case "check" -> register.check(id);
                case "return" -> register.returnToUnit(id);
                case "sign" -> register.sign(id);
                case "close" -> register.close(id);
                default -> throw new org.fieldsupport.platform.api.NotFoundException("move", move);
            }
            redirect.addFlashAttribute("notice", "frontoffice.done");
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", errors.message(e, locale));
        }
        return "redirect:/frontoffice/correspondence/" + id;
    }

    @PostMapping("/{id}/file")
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect,
                  Locale locale) throws java.io.IOException {
        try {
            register.attachFile(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", errors.message(e, locale));
        }
        return "redirect:/frontoffice/correspondence/" + id;
    }
}
