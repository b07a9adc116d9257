package org.fieldsupport.personnel.hrdata.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.hrdata.domain.HrIndicators;
import org.fieldsupport.personnel.hrdata.internal.GuidanceService;
import org.fieldsupport.personnel.hrdata.internal.IndicatorService;
import org.fieldsupport.personnel.hrdata.internal.PersonnelFiles;
import org.fieldsupport.personnel.hrdata.internal.SelfAssessmentService;
import org.fieldsupport.personnel.shared.MissionChoices;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.shared.ScreenMessages;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of HR data: indicators, self-assessments, personnel files, guidance. */
@Controller
@RequestMapping("/personnel")
class HrDataPageController {

    private final IndicatorService indicators;
    private final SelfAssessmentService assessments;
    private final PersonnelFiles files;
    private final GuidanceService guidance;
    private final StaffService staff;
    private final MissionChoices missionChoices;
    private final PersonnelAccess access;
    private final ScreenMessages messages;

    HrDataPageController(IndicatorService indicators, SelfAssessmentService assessments, PersonnelFiles files,
                         GuidanceService guidance, StaffService staff, MissionChoices missionChoices,
                         PersonnelAccess access, ScreenMessages messages) {
        this.indicators = indicators;
        this.assessments = assessments;
        this.files = files;
        this.guidance = guidance;
        this.staff = staff;
        this.missionChoices = missionChoices;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/indicators")
    String indicators(@RequestParam(required = false) String mission, Model model) {
        HrIndicators.Snapshot s = indicators.compute(mission);
        model.addAttribute("s", s);
        model.addAttribute("mission", mission);
        model.addAttribute("missions", missionChoices.of(PersonnelPermissions.HRDATA_READ));
        model.addAttribute("mayPublish", access.holdsAnywhere(PersonnelPermissions.GUIDANCE_PUBLISH));
        return "personnel/indicators";
    }

    @PostMapping("/indicators/publish")
    String publish(@RequestParam(required = false) String mission, Locale locale, RedirectAttributes redirect) {
        indicators.publish(mission);
        redirect.addFlashAttribute("notice", messages.get("personnel.figures.published", locale));
        return "redirect:/personnel/guidance?kind=FIGURES";
    }

    @GetMapping("/self-assessments")
    String assessments(@RequestParam(required = false) String mission, Model model) {
        model.addAttribute("assessments", assessments.list(mission));
        model.addAttribute("missions", missionChoices.of(PersonnelPermissions.QA_MANAGE));
        return "personnel/self-assessments";
    }

    @PostMapping("/self-assessments")
    String open(@RequestParam(required = false) String missionCode, @RequestParam(required = false) String period,
                Locale locale, RedirectAttributes redirect) {
        try {
            SelfAssessmentService.Assessment a = assessments.open(missionCode, period);
            return "redirect:/personnel/self-assessments/" + a.id();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
            return "redirect:/personnel/self-assessments";
        }
    }

    @GetMapping("/self-assessments/{id}")
    String assessment(@PathVariable long id, Model model) {
        model.addAttribute("a", assessments.get(id));
        return "personnel/self-assessment";
    }

    @PostMapping("/self-assessments/{id}/items/{item}")
    String answer(@PathVariable long id, @PathVariable String item, @RequestParam Map<String, String> form,
                  Locale locale, RedirectAttributes redirect) {
        try {
            String c = form.get("compliant");
            Boolean compliant = "true".equals(c) ? Boolean.TRUE : "false".equals(c) ? Boolean.FALSE : null;
            LocalDate due = null;
            String dueText = form.getOrDefault("dueOn", "").strip();
            if (!dueText.isEmpty()) {
                try {
                    due = LocalDate.parse(dueText);
                } catch (DateTimeParseException e) {
                    throw InvalidInputException.of("dueOn", "Date", "personnel.input.date", dueText);
                }
            }
            assessments.answer(id, item, compliant, form.get("finding"), form.get("actionPlan"), due,
                    "true".equals(form.get("done")));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/self-assessments/" + id;
    }

    @PostMapping("/self-assessments/{id}/close")
    String close(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            assessments.close(id);
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/self-assessments/" + id;
    }

    @GetMapping("/staff/{id}/file")
    String file(@PathVariable long id, Model model) {
        model.addAttribute("s", staff.get(id));
        model.addAttribute("documents", files.documents(id));
        model.addAttribute("reads", files.reads(id));
        return "personnel/file";
    }

    @PostMapping("/staff/{id}/file")
    String upload(@PathVariable long id, @RequestParam(required = false) String title,
                  @RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        try {
            files.upload(id, title, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/staff/" + id + "/file";
    }

    @GetMapping("/guidance")
    String guidance(@RequestParam(required = false) String kind, Model model) {
        model.addAttribute("items", guidance.list(kind, null));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", java.util.List.of("POLICY_ADVICE", "CONDITIONS_OF_SERVICE", "TRAINING", "FIGURES"));
        model.addAttribute("mayPublish", access.holdsAnywhere(PersonnelPermissions.GUIDANCE_PUBLISH));
        model.addAttribute("missions", missionChoices.of(PersonnelPermissions.GUIDANCE_PUBLISH));
        return "personnel/guidance";
    }

    @PostMapping("/guidance")
    String publishGuidance(@RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        try {
            guidance.publish(new GuidanceService.NewGuidance(form.get("kind"), form.get("missionCode"),
                    form.get("titleEn"), form.get("titleFr"), form.get("bodyEn"), form.get("bodyFr")));
            redirect.addFlashAttribute("notice", messages.get("personnel.guidance.published", locale));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/guidance";
    }
}
