package org.fieldsupport.claims.portal.web;

import java.util.Locale;
import java.util.Map;
import org.fieldsupport.claims.portal.internal.PortalQueries;
import org.fieldsupport.claims.portal.internal.PortalQuestions;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's questions page: the State's questions to the department with their answers, and the form to ask
 * one (it lands in the front office's liaison inbox). Another State's page is refused (403).
 */
@Controller
class PortalQuestionPages {

    private final PortalQuestions questions;
    private final PortalQueries portal;
    private final MessageSource messages;

    PortalQuestionPages(PortalQuestions questions, PortalQueries portal, MessageSource messages) {
        this.questions = questions;
        this.portal = portal;
        this.messages = messages;
    }

    @GetMapping("/claims/portal/{iso3}/questions")
    String page(@PathVariable String iso3, Model model) {
        String state = portal.requireState(iso3);
        model.addAttribute("state", state);
        model.addAttribute("questions", questions.questions(state));
        model.addAttribute("mayAsk", questions.mayAsk(state));
        model.addAttribute("missions", portal.contingents(state).stream().map(PortalQueries.ContingentRow::missionCode)
                .distinct().sorted().toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "claims/portal/questions";
    }

    @PostMapping("/claims/portal/{iso3}/questions")
    String ask(@PathVariable String iso3, @RequestParam(required = false) String subject,
               @RequestParam(required = false) String missionCode, Locale locale, RedirectAttributes redirect) {
        String state = portal.requireState(iso3);
        try {
            var q = questions.ask(state, subject, missionCode);
            redirect.addFlashAttribute("notice", messages.getMessage("claims.portal.question.asked",
                    new Object[] {q.reference()}, locale));
        } catch (InvalidInputException e) {
            var error = e.errors().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage(error.messageKey(), error.args(), locale));
            redirect.addFlashAttribute("form", Map.of("subject", subject == null ? "" : subject,
                    "missionCode", missionCode == null ? "" : missionCode));
        }
        return "redirect:/claims/portal/" + state + "/questions";
    }
}
