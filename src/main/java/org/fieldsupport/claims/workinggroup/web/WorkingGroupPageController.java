package org.fieldsupport.claims.workinggroup.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fieldsupport.claims.shared.web.FormOutcome;
import org.fieldsupport.claims.workinggroup.domain.WorkingGroupRules;
import org.fieldsupport.claims.workinggroup.internal.WorkingGroupReport;
import org.fieldsupport.claims.workinggroup.internal.WorkingGroupService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The COE Working Group screens: sessions (Secretariat), a session with its proposals, decisions, status, the
 * Manual's adoption and the report; Member State delegates reach the same pages from the portal and see and submit
 * only their own state's proposals.
 */
@Controller
class WorkingGroupPageController {

    private final WorkingGroupService workingGroup;
    private final WorkingGroupReport report;
    private final FormOutcome forms;

    WorkingGroupPageController(WorkingGroupService workingGroup, WorkingGroupReport report, FormOutcome forms) {
        this.workingGroup = workingGroup;
        this.report = report;
        this.forms = forms;
    }

    @GetMapping({"/claims/working-group", "/claims/portal/working-group"})
    String sessions(Model model) {
        model.addAttribute("sessions", workingGroup.sessions());
        model.addAttribute("mayManage", workingGroup.statesOfDelegate().isEmpty());
        return "claims/planning/wg-list";
    }

    @PostMapping("/claims/working-group")
    String create(@RequestParam(required = false) Integer year,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                  RedirectAttributes flash) {
        return forms.run(flash, "/claims/working-group",
                () -> "/claims/working-group/" + workingGroup.createSession(year, opensOn, closesOn).id());
    }

    @GetMapping("/claims/working-group/{id}")
    String session(@PathVariable long id, Model model) {
        model.addAttribute("d", workingGroup.detail(id));
        model.addAttribute("states", workingGroup.statesOfDelegate());
        model.addAttribute("kinds", WorkingGroupRules.Kind.values());
        model.addAttribute("decisions", WorkingGroupRules.Decision.values());
        return "claims/planning/wg-detail";
    }

    @PostMapping("/claims/working-group/{id}/status")
    String move(@PathVariable long id, @RequestParam(required = false) String status, RedirectAttributes flash) {
        String back = "/claims/working-group/" + id;
        return forms.run(flash, back, () -> {
            workingGroup.move(id, status);
            return back;
        });
    }

    @PostMapping("/claims/working-group/{id}/proposals")
    String propose(@PathVariable long id, @RequestParam(required = false) String submitter,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String subject,
                   @RequestParam(required = false) String title, @RequestParam(required = false) String rationale,
                   @RequestParam(required = false) BigDecimal proposedAmount, RedirectAttributes flash) {
        String back = "/claims/working-group/" + id;
        return forms.run(flash, back, () -> {
            workingGroup.submit(id, new WorkingGroupService.NewProposal(submitter, kind, subject, title, rationale,
                    proposedAmount));
            return back;
        });
    }

    @PostMapping("/claims/working-group/{id}/proposals/{proposal}/decision")
    String decide(@PathVariable long id, @PathVariable long proposal, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, RedirectAttributes flash) {
        String back = "/claims/working-group/" + id;
        return forms.run(flash, back, () -> {
            workingGroup.decide(proposal, decision, note);
            return back;
        });
    }

    @PostMapping("/claims/working-group/{id}/manual/adopt")
    String adopt(@PathVariable long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                 RedirectAttributes flash) {
        String back = "/claims/working-group/" + id;
        return forms.run(flash, back, () -> {
            workingGroup.adoptManual(id, effectiveFrom);
            return back;
        });
    }

    @GetMapping("/claims/working-group/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        WorkingGroupReport.Rendered r = report.pdf(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + r.fileName() + "\"")
                .body(r.pdf());
    }
}
