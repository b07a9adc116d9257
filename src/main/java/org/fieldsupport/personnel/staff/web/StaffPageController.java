package org.fieldsupport.personnel.staff.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.shared.MissionChoices;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.shared.ScreenMessages;
import org.fieldsupport.personnel.staff.domain.ContractRules;
import org.fieldsupport.personnel.staff.domain.StaffMember;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of staff administration: staff list, offer form, record with its decisions, own record, reminders. */
@Controller
@RequestMapping("/personnel")
class StaffPageController {

    private final StaffService staff;
    private final Paging paging;
    private final MissionChoices missionChoices;
    private final PersonnelAccess access;
    private final ScreenMessages messages;
    private final ReferenceData reference;

    StaffPageController(StaffService staff, Paging paging, MissionChoices missionChoices, PersonnelAccess access,
                        ScreenMessages messages, ReferenceData reference) {
        this.staff = staff;
        this.paging = paging;
        this.missionChoices = missionChoices;
        this.access = access;
        this.messages = messages;
        this.reference = reference;
    }

    @GetMapping("/staff")
    String list(@RequestParam(required = false) String mission, @RequestParam(required = false) String status,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("staff", staff.list(mission, status, q, paging.read(page, 50, null, Map.of())));
        model.addAttribute("missions", missionChoices.of(PersonnelPermissions.STAFF_READ));
        model.addAttribute("mission", mission);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("mayManage", access.holdsAnywhere(PersonnelPermissions.STAFF_MANAGE));
        return "personnel/staff-list";
    }

    /** The form is neither shown nor validated for a user who may offer an appointment in no mission (403). */
    private void requireStaffManager() {
        if (missionChoices.of(PersonnelPermissions.STAFF_MANAGE).isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("no " + PersonnelPermissions.STAFF_MANAGE);
        }
    }

    @GetMapping("/staff/new")
    String form(Model model) {
        requireStaffManager();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("missions", missionChoices.of(PersonnelPermissions.STAFF_MANAGE));
        model.addAttribute("grades", reference.grades());
        return "personnel/staff-form";
    }

    @PostMapping("/staff")
    String offer(@RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        requireStaffManager(); // refused before any validation message
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate dob = date(form, "dateOfBirth", errors, locale);
        LocalDate eod = date(form, "entryOnDuty", errors, locale);
        LocalDate end = date(form, "contractEnd", errors, locale);
        Integer step = number(form, "step", errors, locale);
        Integer dependants = number(form, "dependants", errors, locale);
        Long postId = number(form, "postId", errors, locale) == null ? null : Long.valueOf(form.get("postId").strip());
        if (errors.isEmpty()) {
            try {
                StaffMember s = staff.offer(new StaffService.NewStaff(form.get("indexNumber"), form.get("fullName"),
                        form.get("gender"), form.get("nationality"), dob, dependants, form.get("medicalStatus"),
                        form.get("username"), form.get("missionCode"), postId, form.get("dutyStation"),
                        form.get("contractType"), form.get("gradeCode"), step, eod, end));
                return "redirect:/personnel/staff/" + s.id();
            } catch (InvalidInputException e) {
                errors.putAll(messages.fieldErrors(e, locale));
            }
        }
        redirect.addFlashAttribute("form", form);
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/personnel/staff/new";
    }

    @GetMapping("/staff/{id}")
    String detail(@PathVariable long id, Model model) {
        StaffMember s = staff.get(id);
        model.addAttribute("s", s);
        model.addAttribute("actions", staff.actions(id));
        model.addAttribute("findings", "OFFERED".equals(s.status()) ? staff.review(id) : java.util.List.of());
        model.addAttribute("mayManage", access.may(PersonnelPermissions.STAFF_MANAGE, s.missionCode()));
        model.addAttribute("mayDecide", access.may(PersonnelPermissions.STAFF_DECIDE, s.missionCode()));
        model.addAttribute("reasons", ContractRules.SEPARATION_REASONS);
        model.addAttribute("stepDue", s.nextStepDate() != null && !s.nextStepDate().isAfter(StaffService.today()));
        return "personnel/staff-detail";
    }

    @GetMapping("/me")
    String me(Model model) {
        try {
            return "redirect:/personnel/staff/" + staff.me().id();
        } catch (NotFoundException e) {
            return "personnel/no-record";
        }
    }

    @PostMapping("/staff/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form, Locale locale,
               RedirectAttributes redirect) {
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            switch (action) {
                case "appoint" -> staff.appoint(id);
                case "extend" -> {
                    LocalDate end = date(form, "contractEnd", errors, locale);
                    if (errors.isEmpty()) {
                        staff.extend(id, end);
                    }
                }
                case "separate" -> {
                    LocalDate date = date(form, "separationDate", errors, locale);
                    if (errors.isEmpty()) {
                        staff.separate(id, date, form.get("reason"));
                    }
                }
                case "entitlements" -> {
                    BigDecimal grant = null;
                    try {
                        grant = new BigDecimal(form.getOrDefault("assignmentGrant", "").strip());
                    } catch (NumberFormatException e) {
                        errors.put("assignmentGrant", messages.get("personnel.input.amount", locale));
                    }
                    if (errors.isEmpty()) {
                        staff.recordEntitlements(id, form.get("travelOrigin"), grant, form.get("currency"));
                    }
                }
                case "step" -> staff.grantStep(id);
                default -> throw new NotFoundException("Action", action);
            }
            if (!errors.isEmpty()) {
                redirect.addFlashAttribute("problem", String.join("; ", errors.values()));
            } else {
                redirect.addFlashAttribute("notice", messages.get("personnel.staff.done." + action, locale));
            }
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/staff/" + id;
    }

    @GetMapping("/reminders")
    String reminders(@RequestParam(required = false) String mission, Model model) {
        model.addAttribute("reminders", staff.reminders(mission, 90));
        model.addAttribute("missions", missionChoices.of(PersonnelPermissions.STAFF_READ));
        model.addAttribute("mission", mission);
        return "personnel/reminders";
    }

    private LocalDate date(Map<String, String> form, String field, Map<String, String> errors, Locale locale) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, messages.get("personnel.input.date", locale, text));
            return null;
        }
    }

    private Integer number(Map<String, String> form, String field, Map<String, String> errors, Locale locale) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put(field, messages.get("personnel.input.number", locale));
            return null;
        }
    }
}
