package org.fieldsupport.frontoffice.office.web;

import java.util.List;
import org.fieldsupport.frontoffice.correspondence.internal.CorrespondenceRegister;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.frontoffice.tasking.internal.TaskBoard;
import org.fieldsupport.frontoffice.tasking.internal.TaskView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Bodies of the front office's dashboard cards (counts of what the user may see). */
@Controller
class FrontOfficeCards {

    private final CorrespondenceRegister register;
    private final TaskBoard tasks;
    private final FrontOfficeAccess access;

    FrontOfficeCards(CorrespondenceRegister register, TaskBoard tasks, FrontOfficeAccess access) {
        this.register = register;
        this.tasks = tasks;
        this.access = access;
    }

    @GetMapping("/frontoffice/cards/correspondence")
    String correspondence(Model model) {
        access.requireAnywhere(FrontOfficeAccess.CORRESPONDENCE_READ);
        var counts = register.countsByStatus();
        long open = counts.entrySet().stream().filter(e -> !List.of("SIGNED", "CLOSED", "OVERDUE").contains(e.getKey()))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        model.addAttribute("open", open);
        model.addAttribute("overdue", counts.get("OVERDUE"));
        model.addAttribute("toConfirm", counts.get("TO_CONFIRM"));
        return "frontoffice/cards :: correspondence";
    }

    @GetMapping("/frontoffice/cards/tasks")
    String tasks(Model model) {
        List<TaskView> open = tasks.open(null, null);
        model.addAttribute("open", open.size());
        model.addAttribute("overdue", open.stream().filter(t -> "OVERDUE".equals(t.horizon())).count());
        model.addAttribute("week", open.stream().filter(t -> "THIS_WEEK".equals(t.horizon())).count());
        return "frontoffice/cards :: tasks";
    }
}
