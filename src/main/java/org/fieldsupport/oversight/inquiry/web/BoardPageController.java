package org.fieldsupport.oversight.inquiry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.oversight.inquiry.domain.BoardMembership;
import org.fieldsupport.oversight.inquiry.internal.BoardService;
import org.fieldsupport.oversight.recommendations.internal.RecommendationService;
import org.fieldsupport.oversight.recommendations.web.OversightForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the boards of inquiry: incidents with the rule's decision, convening, the board's report. */
@Controller
@RequestMapping("/oversight/boards")
class BoardPageController {

    private final BoardService boards;
    private final OversightForms forms;

    BoardPageController(BoardService boards, OversightForms forms) {
        this.boards = boards;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("incidents", boards.list());
        return "oversight/boards";
    }

    @PostMapping
    String record(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        forms.run(() -> boards.record(new BoardService.NewIncident(f.get("missionCode"),
                OversightForms.date(f.get("occurredOn"), "occurredOn"), f.get("title"),
                OversightForms.date(f.get("finalReportOn"), "finalReportOn"), new BoardService.FactsInput(
                OversightForms.integer(f.get("personnelDeathsOrSeriousInjuries"), "personnelDeathsOrSeriousInjuries"),
                OversightForms.integer(f.get("thirdPartyDeathsOrSeriousInjuriesWithPersonnelInvolved"), "thirdPartyDeathsOrSeriousInjuriesWithPersonnelInvolved"),
                "true".equals(f.get("kidnapping")), f.get("unOwnedEquipmentLossUsd"), f.get("thirdPartyEquipmentLossWithPersonnelInvolvedUsd"),
                f.get("coeMajorEquipmentHostileLossGfmvUsd"), "true".equals(f.get("coeUsedByOneContingentProvidedByAnother")),
                OversightForms.integer(f.get("coeContingentsInvolved"), "coeContingentsInvolved")))), locale, redirect);
        return "redirect:/oversight/boards";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("i", boards.incident(id));
        return "oversight/board";
    }

    @PostMapping("/{id}/{step}")
    String act(@PathVariable long id, @PathVariable String step, @RequestParam Map<String, String> f, Locale locale,
               RedirectAttributes redirect) {
        boards.incident(id);
        forms.run(() -> {
            if ("convene".equals(step)) {
                List<BoardMembership.Member> members = new ArrayList<>();
                add(members, BoardMembership.Role.CHAIR, f.get("chair"));
                for (String m : f.getOrDefault("members", "").split("[,;\\n]")) add(members, BoardMembership.Role.MEMBER, m);
                add(members, BoardMembership.Role.SECRETARY, f.get("secretary"));
                return boards.convene(id, new BoardService.Convening(OversightForms.date(f.get("convenedOn"), "convenedOn"),
                        f.get("termsOfReference"), members, f.get("reference")));
            }
            List<RecommendationService.NewRecommendation> recs = new ArrayList<>();
            if (f.get("recommendation") != null && !f.get("recommendation").isBlank()) {
                recs.add(new RecommendationService.NewRecommendation("1", f.get("recommendation"), f.get("rating"),
                        f.get("responsibleUnit"), null, OversightForms.date(f.get("targetDate"), "targetDate"), null));
            }
            List<BoardService.ClaimLink> claims = new ArrayList<>();
            for (String ref : f.getOrDefault("dndClaims", "").split("[,;\\s]+")) {
                if (!ref.isBlank()) claims.add(new BoardService.ClaimLink("DND", ref.strip()));
            }
            for (String ref : f.getOrDefault("coeClaims", "").split("[,;\\s]+")) {
                if (!ref.isBlank()) claims.add(new BoardService.ClaimLink("COE", ref.strip()));
            }
            return boards.report(id, new BoardService.BoardReport(OversightForms.date(f.get("submittedOn"), "submittedOn"),
                    f.get("findings"), recs, claims));
        }, locale, redirect);
        return "redirect:/oversight/boards/" + id;
    }

    private static void add(List<BoardMembership.Member> members, BoardMembership.Role role, String name) {
        if (name != null && !name.isBlank()) members.add(new BoardMembership.Member(role, name.strip()));
    }
}
