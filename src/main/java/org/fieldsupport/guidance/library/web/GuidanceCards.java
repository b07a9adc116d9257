package org.fieldsupport.guidance.library.web;

import org.fieldsupport.guidance.library.internal.PolicyLibrary;
import org.fieldsupport.guidance.training.internal.TrainingRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Bodies of the guidance dashboard cards. */
@Controller
class GuidanceCards {

    private final PolicyLibrary library;
    private final TrainingRegister training;

    GuidanceCards(PolicyLibrary library, TrainingRegister training) {
        this.library = library;
        this.training = training;
    }

    @GetMapping("/guidance/cards/policies")
    String policies(Model model) {
        var all = library.list(null, null, false);
        model.addAttribute("inForce", all.stream().filter(p -> p.versionInForce() != null).count());
        model.addAttribute("reviewDue", all.stream().filter(PolicyLibrary.Policy::reviewDue).count());
        model.addAttribute("notAcknowledged", library.notAcknowledged(null).size());
        return "guidance/cards :: policies";
    }

    @GetMapping("/guidance/cards/training")
    String training(Model model) {
        model.addAttribute("f", training.figures());
        return "guidance/cards :: training";
    }
}
