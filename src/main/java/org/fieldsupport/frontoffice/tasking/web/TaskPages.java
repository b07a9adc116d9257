package org.fieldsupport.frontoffice.tasking.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.frontoffice.office.web.ScreenErrors;
import org.fieldsupport.frontoffice.tasking.internal.TaskBoard;
import org.fieldsupport.frontoffice.tasking.internal.TaskView;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The weekly "what is open" view (principal and units), a task with its contributions, the tasking form. */
@Controller
@RequestMapping("/frontoffice/tasks")
class TaskPages {

    private final TaskBoard board;
    private final FrontOfficeAccess access;
    private final OrganizationStructure structure;
    private final Missions missions;
    private final ScreenErrors errors;

    TaskPages(TaskBoard board, FrontOfficeAccess access, OrganizationStructure structure, Missions missions,
              ScreenErrors errors) {
        this.board = board;
        this.access = access;
        this.structure = structure;
        this.missions = missions;
        this.errors = errors;
    }

    @GetMapping
    String weekly(@RequestParam(required = false) String unit, @RequestParam(required = false) String principal,
                  Model model) {
        List<TaskView> open = board.open(unit, principal);
        model.addAttribute("weekly", board.weekly(open));
        model.addAttribute("count", open.size());
        model.addAttribute("unit", unit);
        model.addAttribute("principal", principal);
        model.addAttribute("today", board.today());
        model.addAttribute("mayAssign", access.mayDepartmentWide(FrontOfficeAccess.TASKS_ASSIGN));
        return "frontoffice/tasks/weekly";
    }

    @GetMapping("/new")
    String form(Model model) {
        access.requireDepartmentWide(FrontOfficeAccess.TASKS_ASSIGN);
        model.addAttribute("units", structure.units(LocalDate.now()));
        model.addAttribute("missions", missions.all(LocalDate.now()));
        return "frontoffice/tasks/new";
    }

    @PostMapping
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) String instructions,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String principal,
                  @RequestParam(required = false) String leadUnit,
                  @RequestParam(required = false) List<String> contributingUnits,
                  @RequestParam(required = false) String missionCode,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                  RedirectAttributes redirect, Locale locale) {
        try {
            TaskView t = board.create(new TaskBoard.NewTask(title, instructions, kind, principal, leadUnit,
                    contributingUnits, missionCode, dueDate));
            return "redirect:/frontoffice/tasks/" + t.id();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", errors.message(e, locale));
            return "redirect:/frontoffice/tasks/new";
        }
    }

    @GetMapping("/{id}")
    String task(@PathVariable long id, Model model) {
        TaskView task = board.get(id);
        model.addAttribute("task", task);
        var contribute = access.reach(FrontOfficeAccess.TASKS_CONTRIBUTE);
        model.addAttribute("myUnits", task.contributions().stream().map(TaskView.Contribution::unitCode)
                .filter(contribute::covers).toList());
        model.addAttribute("mayConsolidate", contribute.covers(task.leadUnit()));
        model.addAttribute("mayClear", access.mayDepartmentWide(FrontOfficeAccess.TASKS_ASSIGN));
        return "frontoffice/tasks/task";
    }

    @PostMapping("/{id}/{move}")
    String move(@PathVariable long id, @PathVariable String move, @RequestParam(required = false) String unit,
                @RequestParam(required = false) String text, RedirectAttributes redirect, Locale locale) {
        try {
            switch (move) {
                case "contribute" -> board.contribute(id, unit, text);
                case "consolidate" -> board.consolidate(id, text);
                case "clear" -> board.clear(id);
                default -> throw new org.fieldsupport.platform.api.NotFoundException("move", move);
            }
            redirect.addFlashAttribute("notice", "frontoffice.done");
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", errors.message(e, locale));
        }
        return "redirect:/frontoffice/tasks/" + id;
    }

    static List<String> kinds() {
        return Arrays.asList("ADVICE", "DECISION", "INFORMATION", "ISSUE");
    }
}
