package org.fieldsupport.personnel.leadership.web;

import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.leadership.internal.CallService;
import org.fieldsupport.personnel.shared.ScreenMessages;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The senior leadership calls on the public careers site (4.5.b self-nomination), EN/FR: the open calls and each
 * call's page need no account (public chain, {@code CareersSecurity}); nominating oneself needs a confirmed applicant
 * account (the careers site's registration by e-mail), and the applicant sees only their own self-nominations.
 */
@Controller
class SelfNominationPages {

    private final CallService calls;
    private final ReferenceData reference;
    private final ScreenMessages messages;

    SelfNominationPages(CallService calls, ReferenceData reference, ScreenMessages messages) {
        this.calls = calls;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/careers/leadership")
    String calls(Model model) {
        model.addAttribute("calls", calls.openCalls());
        return "personnel/careers/leadership-calls";
    }

    @GetMapping("/careers/leadership/{id}")
    String call(@PathVariable long id, Model model) {
        model.addAttribute("call", calls.openCall(id));
        return "personnel/careers/leadership-call";
    }

    // ------------------------------------------------------------------ signed in with an applicant account

    @GetMapping("/careers/leadership/{id}/nominate")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("call", calls.openCall(id));
        model.addAttribute("states", reference.memberStates());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "personnel/careers/leadership-nominate";
    }

    @PostMapping("/careers/leadership/{id}/nominate")
    String nominate(@PathVariable long id, @RequestParam Map<String, String> f, Locale locale,
                    RedirectAttributes redirect) {
        try {
            Integer years = null;
            String y = f.get("yearsExperience");
            if (y != null && !y.isBlank()) {
                try {
                    years = Integer.valueOf(y.strip());
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of("yearsExperience", "Number", "leadership.self.input.years");
                }
            }
            CallService.NominationList l = calls.selfNominate(id, new CallService.NewNominee(null, null, f.get("gender"),
                    f.get("nationality"), years, f.get("currentFunction"), f.get("languages"), f.get("profile"),
                    f.get("visionStatement")));
            redirect.addFlashAttribute("notice", messages.get("leadership.self.received", locale, l.callReference()));
            return "redirect:/careers/my/self-nominations";
        } catch (InvalidInputException | BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
            redirect.addFlashAttribute("form", f);
            return "redirect:/careers/leadership/" + id + "/nominate";
        }
    }

    @GetMapping("/careers/my/self-nominations")
    String mine(Model model) {
        model.addAttribute("lists", calls.mySelfNominations());
        return "personnel/careers/leadership-mine";
    }
}
