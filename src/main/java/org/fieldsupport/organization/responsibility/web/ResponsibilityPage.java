package org.fieldsupport.organization.responsibility.web;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.Responsibility;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.web.CurrentScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One search box: "who handles this for that mission?". The mission defaults to the shell's mission scope. */
@Controller
@RequestMapping("/organization/responsibility")
class ResponsibilityPage {

    private final Responsibility responsibility;
    private final Missions missions;
    private final CurrentScope currentScope;

    ResponsibilityPage(Responsibility responsibility, Missions missions, CurrentScope currentScope) {
        this.responsibility = responsibility;
        this.missions = missions;
        this.currentScope = currentScope;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String mission, Model model) {
        String missionCode = mission;
        if (missionCode == null) {
            Scope scope = currentScope.get();
            missionCode = scope.type() == Scope.ScopeType.MISSION ? scope.key() : "";
        }
        model.addAttribute("q", q);
        model.addAttribute("mission", missionCode);
        model.addAttribute("missions", missions.all(LocalDate.now()));
        List<Responsibility.Answer> answers = List.of();
        if (q != null && !q.isBlank()) {
            try {
                String m = missionCode.isBlank() ? null : missionCode;
                answers = q.trim().matches("\\d+\\.\\d+\\.[a-z]")
                        ? responsibility.forAttribution(q.trim(), m, null).map(List::of).orElse(List.of())
                        : responsibility.forText(q, m, null);
            } catch (NotFoundException e) {
                model.addAttribute("unknownMission", true);
            }
        }
        model.addAttribute("answers", answers);
        model.addAttribute("searched", q != null && !q.isBlank());
        return "organization/responsibility";
    }
}
