package org.fieldsupport.personnel.recruitment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.outreach.internal.CareerService;
import org.fieldsupport.personnel.recruitment.domain.PostingWindow;
import org.fieldsupport.personnel.recruitment.internal.ApplicantAccounts;
import org.fieldsupport.personnel.recruitment.internal.ApplicationService;
import org.fieldsupport.personnel.recruitment.internal.OpeningService;
import org.fieldsupport.personnel.roster.internal.RosterService;

import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public careers site (EN/FR, no staff account) and the applicant's own pages once signed in. */
@Controller
@RequestMapping("/careers")
class CareersPageController {

    private final OpeningService openings;
    private final ApplicationService applications;
    private final ApplicantAccounts accounts;
    private final RosterService rosters;
    private final CareerService careers;
    private final ReferenceData reference;
    private final RecruitmentMessages messages;
    private final java.time.ZoneId platformZone;

    CareersPageController(OpeningService openings, ApplicationService applications, ApplicantAccounts accounts,
                          RosterService rosters, CareerService careers, ReferenceData reference, RecruitmentMessages messages,
                          @Value("${fsp.time-zone:UTC}") String zone) {
        this.openings = openings;
        this.applications = applications;
        this.accounts = accounts;
        this.rosters = rosters;
        this.careers = careers;
        this.reference = reference;
        this.messages = messages;
        this.platformZone = java.time.ZoneId.of(zone);
    }

    @GetMapping
    String home(@RequestParam(required = false) String tz, Model model) {
        model.addAttribute("openings", openings.posted());
        model.addAttribute("tz", tz);
        model.addAttribute("zone", PostingWindow.inZone(java.time.Instant.EPOCH, tz, platformZone).getZone());
        model.addAttribute("pages", careers.pages());
        return "personnel/careers/home";
    }

    @GetMapping("/openings/{id}")
    String opening(@PathVariable long id, @RequestParam(required = false) String tz, Model model) {
        OpeningService.Opening o = openings.find(id);
        if (!o.open()) {
            throw new NotFoundException("recruitment.opening", id);
        }
        model.addAttribute("o", o);
        model.addAttribute("questions", openings.questions(id));
        model.addAttribute("closesNewYork", o.closesAt().atZone(PostingWindow.NEW_YORK));
        model.addAttribute("closesReader", PostingWindow.inZone(o.closesAt(), tz, platformZone));
        return "personnel/careers/opening";
    }

    @GetMapping("/register")
    String registerForm() {
        return "personnel/careers/register";
    }

    @PostMapping("/register")
    String register(@RequestParam Map<String, String> f, HttpServletRequest request, Locale locale, Model model) {
        try {
            accounts.register(f.get("email"), f.get("fullName"), locale.getLanguage(), request.getRemoteAddr());
            model.addAttribute("notice", messages.get("recruitment.register.sent", locale));
        } catch (InvalidInputException e) {
            model.addAttribute("problem", messages.problem(e, locale));
            model.addAttribute("form", f);
        } catch (ApplicantAccounts.TooManyRequests e) {
            model.addAttribute("problem", messages.get("recruitment.problem.tooMany.detail", locale,
                    ApplicantAccounts.PER_EMAIL_PER_HOUR));
        }
        return "personnel/careers/register";
    }

    @GetMapping("/confirm")
    String confirmForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "personnel/careers/confirm";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                   HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("token", token);
        try {
            accounts.confirm(token, password, request.getRemoteAddr());
            model.addAttribute("confirmed", true);
        } catch (InvalidInputException | BusinessRuleException e) {
            model.addAttribute("problem", messages.problem(e, locale));
        } catch (ApplicantAccounts.TooManyRequests e) {
            model.addAttribute("problem", messages.get("recruitment.problem.tooMany.detail", locale,
                    ApplicantAccounts.PER_EMAIL_PER_HOUR));
        }
        return "personnel/careers/confirm";
    }

    @GetMapping("/field")
    String field(Model model) {
        model.addAttribute("pages", careers.pages());
        return "personnel/careers/field";
    }

    @GetMapping("/field/{slug}")
    String fieldPage(@PathVariable String slug, Model model) {
        model.addAttribute("page", careers.page(slug));
        model.addAttribute("pages", careers.pages());
        return "personnel/careers/field";
    }

    // ------------------------------------------------------------------ signed in as an applicant

    @GetMapping("/my")
    String mine(Model model) {
        model.addAttribute("applications", applications.mine());
        model.addAttribute("roster", rosters.mine());
        return "personnel/careers/my";
    }

    @PostMapping("/my/roster/{memberId}/availability")
    String availability(@PathVariable long memberId, @RequestParam(required = false) String availability, Locale locale,
                        RedirectAttributes redirect) {
        try {
            rosters.setAvailability(memberId, availability);
            redirect.addFlashAttribute("notice", messages.get("recruitment.availability.saved", locale));
        } catch (InvalidInputException | BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/careers/my";
    }

    @GetMapping("/apply/{id}")
    String applyForm(@PathVariable long id, Model model) {
        OpeningService.Opening o = openings.find(id);
        if (!o.open()) {
            throw new NotFoundException("recruitment.opening", id);
        }
        model.addAttribute("o", o);
        model.addAttribute("questions", openings.questions(id));
        model.addAttribute("states", reference.memberStates());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "personnel/careers/apply";
    }

    @PostMapping("/apply/{id}")
    String apply(@PathVariable long id, @RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        try {
            List<ApplicationService.Experience> exp = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                if (!blank(f.get("exp" + i + "Employer")) || !blank(f.get("exp" + i + "From"))) {
                    exp.add(new ApplicationService.Experience(f.get("exp" + i + "Employer"), f.get("exp" + i + "Title"),
                            Forms.date(f.get("exp" + i + "From"), "experience[" + i + "].from"),
                            Forms.date(f.get("exp" + i + "To"), "experience[" + i + "].to")));
                }
            }
            List<ApplicationService.Education> edu = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (!blank(f.get("edu" + i + "Level"))) {
                    edu.add(new ApplicationService.Education(f.get("edu" + i + "Level"), f.get("edu" + i + "Field"),
                            f.get("edu" + i + "Institution"), Forms.integer(f.get("edu" + i + "Year"),
                            "education[" + i + "].yearCompleted")));
                }
            }
            List<ApplicationService.Language> langs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (!blank(f.get("lang" + i))) {
                    langs.add(new ApplicationService.Language(f.get("lang" + i), f.get("lang" + i + "Level")));
                }
            }
            Map<Long, Boolean> answers = new LinkedHashMap<>();
            for (OpeningService.Question q : openings.questions(id)) {
                Boolean a = Forms.bool(f.get("answer" + q.id()));
                if (a != null) {
                    answers.put(q.id(), a);
                }
            }
            applications.apply(id, new ApplicationService.NewApplication(f.get("gender"), f.get("nationality"),
                    Forms.date(f.get("dateOfBirth"), "dateOfBirth"), f.get("address"), f.get("unStatus"), exp, edu, langs,
                    answers, f.get("campaign"), f.get("source")));
            redirect.addFlashAttribute("notice", messages.get("recruitment.applied", locale));
            return "redirect:/careers/my";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", messages.fieldErrors(e, locale));
            redirect.addFlashAttribute("form", f);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
            redirect.addFlashAttribute("form", f);
        }
        return "redirect:/careers/apply/" + id;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("openings", openings.posted());
        model.addAttribute("pages", careers.pages());
        model.addAttribute("problemKey", "recruitment.careers.notFound");
        return "personnel/careers/home";
    }
}
