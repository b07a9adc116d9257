package org.fieldsupport.guidance.training.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.guidance.library.internal.GuidanceAccess;
import org.fieldsupport.guidance.training.internal.TrainingRegister;
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

/** Screens of training: catalogue and sessions, a session's nominations, completion figures, people overdue. */
@Controller
@RequestMapping("/guidance/training")
class TrainingPages {

    private final TrainingRegister register;
    private final GuidanceAccess access;
    private final MessageSource messages;

    TrainingPages(TrainingRegister register, GuidanceAccess access, MessageSource messages) {
        this.register = register;
        this.access = access;
        this.messages = messages;
    }

    private String error(RuntimeException e, Locale locale) {
        if (e instanceof BusinessRuleException b) return messages.getMessage(b.messageKey(), b.args(), b.messageKey(), locale);
        InvalidInputException i = (InvalidInputException) e;
        return String.join("; ", i.errors().stream().map(f -> f.field() + ": "
                + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)).toList());
    }

    @GetMapping
    String catalogue(Model model) {
        model.addAttribute("courses", register.courses());
        model.addAttribute("sessions", register.sessions(null));
        model.addAttribute("mayManage", access.department(GuidanceAccess.TRAINING_MANAGE));
        model.addAttribute("today", register.today());
        return "guidance/training/catalogue";
    }

    @PostMapping("/sessions")
    String createSession(@RequestParam(required = false) String courseCode,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                         @RequestParam(required = false) String place, @RequestParam(defaultValue = "false") boolean online,
                         @RequestParam(required = false) Integer capacity, RedirectAttributes redirect, Locale locale) {
        try {
            var s = register.createSession(new TrainingRegister.NewSession(courseCode, startsOn, endsOn, place, online, capacity));
            return "redirect:/guidance/training/sessions/" + s.id();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", error(e, locale));
            return "redirect:/guidance/training";
        }
    }

    @GetMapping("/sessions/{id}")
    String session(@PathVariable long id, Model model) {
        model.addAttribute("s", register.session(id));
        model.addAttribute("course", register.course(register.session(id).courseCode()));
        model.addAttribute("nominations", register.nominations(id));
        model.addAttribute("mayManage", access.department(GuidanceAccess.TRAINING_MANAGE));
        model.addAttribute("mayNominate", access.anywhere(GuidanceAccess.TRAINING_NOMINATE));
        return "guidance/training/session";
    }

    @PostMapping("/sessions/{id}/nominations")
    String nominate(@PathVariable long id, @RequestParam(required = false) String username, RedirectAttributes redirect,
                    Locale locale) {
        try {
            register.nominate(id, username);
            redirect.addFlashAttribute("notice", true);
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", error(e, locale));
        }
        return "redirect:/guidance/training/sessions/" + id;
    }

    @PostMapping("/nominations/{id}/status")
    String record(@PathVariable long id, @RequestParam(required = false) String status, RedirectAttributes redirect,
                  Locale locale) {
        long session = register.nomination(id).sessionId();
        try {
            register.record(id, status);
            redirect.addFlashAttribute("notice", true);
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", error(e, locale));
        }
        return "redirect:/guidance/training/sessions/" + session;
    }

    @GetMapping("/completion")
    String completion(@RequestParam(defaultValue = "mission") String by, @RequestParam(required = false) String mission,
                      Model model) {
        model.addAttribute("by", by);
        model.addAttribute("rows", register.completion(List.of("mission", "unit", "course").contains(by) ? by : "mission"));
        model.addAttribute("overdue", register.overdue(mission));
        model.addAttribute("mission", mission);
        return "guidance/training/completion";
    }
}
