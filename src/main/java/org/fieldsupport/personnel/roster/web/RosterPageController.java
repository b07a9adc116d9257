package org.fieldsupport.personnel.roster.web;

import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentAccess;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentPermissions;
import org.fieldsupport.personnel.roster.internal.RosterService;
import org.fieldsupport.personnel.recruitment.web.RecruitmentMessages;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the rosters by job code (6.7.b). */
@Controller
@RequestMapping("/personnel/rosters")
class RosterPageController {

    private final RosterService rosters;
    private final RecruitmentAccess access;
    private final RecruitmentMessages messages;

    RosterPageController(RosterService rosters, RecruitmentAccess access, RecruitmentMessages messages) {
        this.rosters = rosters;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String jobFamily, @RequestParam(required = false) String grade,
                Model model) {
        model.addAttribute("rosters", rosters.rosters(jobFamily, grade));
        model.addAttribute("mayManage", access.may(RecruitmentPermissions.ROSTER_MANAGE, null));
        return "personnel/rosters/list";
    }

    @PostMapping
    String create(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        try {
            RosterService.Roster r = rosters.create(new RosterService.NewRoster(f.get("jobFamily"), f.get("gradeCode"),
                    f.get("functionalTitle"), f.get("rosterType")));
            return "redirect:/personnel/rosters/" + r.id();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
            return "redirect:/personnel/rosters";
        }
    }

    @GetMapping("/{id}")
    String roster(@PathVariable long id, @RequestParam(required = false) String availability, Model model) {
        model.addAttribute("r", rosters.roster(id));
        model.addAttribute("members", rosters.members(id, availability));
        model.addAttribute("mayManage", access.may(RecruitmentPermissions.ROSTER_MANAGE, null));
        return "personnel/rosters/roster";
    }

    @PostMapping("/{id}/members/{memberId}/availability")
    String availability(@PathVariable long id, @PathVariable long memberId,
                        @RequestParam(required = false) String availability, Locale locale, RedirectAttributes redirect) {
        try {
            rosters.setAvailability(memberId, availability);
            redirect.addFlashAttribute("notice", messages.get("recruitment.availability.saved", locale));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/rosters/" + id;
    }
}
