package org.fieldsupport.personnel.recruitment.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.recruitment.domain.BlindCandidate;
import org.fieldsupport.personnel.recruitment.domain.OpeningType;
import org.fieldsupport.personnel.recruitment.domain.PanelRules;
import org.fieldsupport.personnel.recruitment.domain.PostingWindow;
import org.fieldsupport.personnel.recruitment.internal.ApplicationService;
import org.fieldsupport.personnel.recruitment.internal.AssessmentService;
import org.fieldsupport.personnel.recruitment.internal.DashboardService;
import org.fieldsupport.personnel.recruitment.internal.OpeningService;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentAccess;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentPermissions;

import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of recruitment: openings, the blind list of applications, assessment, memo, review, selection, dashboard. */
@Controller
@RequestMapping("/personnel/recruitment")
class RecruitmentPageController {

    private final OpeningService openings;
    private final ApplicationService applications;
    private final AssessmentService assessment;
    private final DashboardService dashboards;
    private final RecruitmentAccess access;
    private final RecruitmentMessages messages;
    private final Paging paging;
    private final java.time.ZoneId platformZone;

    RecruitmentPageController(OpeningService openings, ApplicationService applications, AssessmentService assessment,
                              DashboardService dashboards, RecruitmentAccess access, RecruitmentMessages messages,
                              Paging paging, @Value("${fsp.time-zone:UTC}") String zone) {
        this.openings = openings;
        this.applications = applications;
        this.assessment = assessment;
        this.dashboards = dashboards;
        this.access = access;
        this.messages = messages;
        this.paging = paging;
        this.platformZone = java.time.ZoneId.of(zone);
    }

    @GetMapping("/openings")
    String openings(@RequestParam(required = false) String mission, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String status, Model model) {
        if (!access.holdsAnywhere(RecruitmentPermissions.READ)) {
            throw new org.springframework.security.access.AccessDeniedException("no recruitment access");
        }
        model.addAttribute("openings", openings.list(mission, type, status));
        model.addAttribute("types", Arrays.stream(OpeningType.values()).map(Enum::name).toList());
        model.addAttribute("mayManage", access.holdsAnywhere(RecruitmentPermissions.MANAGE));
        model.addAttribute("mission", mission);
        model.addAttribute("type", type);
        return "personnel/recruitment/openings";
    }

    @PostMapping("/openings")
    String create(@RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        try {
            List<OpeningService.NewQuestion> questions = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String en = f.get("q" + i + "En");
                if (en != null && !en.isBlank()) {
                    questions.add(new OpeningService.NewQuestion(en, f.get("q" + i + "Fr"), Forms.bool(f.get("q" + i + "Required"))));
                }
            }
            OpeningService.Opening o = openings.create(new OpeningService.NewOpening(f.get("type"),
                    Forms.id(f.get("postId"), "postId"), f.get("jobFamily"), f.get("gradeCode"), f.get("functionalTitle"),
                    f.get("titleFr"), f.get("rosterType"), f.get("summaryEn"), f.get("summaryFr"),
                    Forms.date(f.get("deadlineDate"), "deadlineDate"), Forms.id(f.get("campaignId"), "campaignId"),
                    questions, Arrays.asList(f.getOrDefault("assessors", "").split("[,; ]+"))));
            redirect.addFlashAttribute("notice", messages.get("recruitment.opening.created", locale, o.reference()));
            return "redirect:/personnel/recruitment/openings/" + o.id();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
            return "redirect:/personnel/recruitment/openings";
        }
    }

    @GetMapping("/openings/{id}")
    String opening(@PathVariable long id, @RequestParam Map<String, String> q, Locale locale, Model model) {
        OpeningService.Opening o = openings.get(id);
        ApplicationService.Filter filter = new ApplicationService.Filter(q.get("status"), q.get("gender"),
                Forms.decimal(q.get("minExperience"), "minExperience"), q.get("language"), q.get("education"),
                Forms.bool(q.get("onRoster")), Forms.bool(q.get("screeningPassed")), q.get("candidateRef"));
        PageResponse<BlindCandidate> page = applications.page(id, filter, paging.read(Forms.integer(q.get("page"), "page"),
                50, q.get("sort"), ApplicationService.SORT));
        model.addAttribute("o", o);
        model.addAttribute("questions", openings.questions(id));
        model.addAttribute("page", page);
        model.addAttribute("q", q);
        model.addAttribute("closesNewYork", o.closesAt().atZone(PostingWindow.NEW_YORK));
        model.addAttribute("closesReader", PostingWindow.inZone(o.closesAt(), q.get("tz"), platformZone));
        model.addAttribute("mayManage", access.may(RecruitmentPermissions.MANAGE, o.missionCode()));
        model.addAttribute("mayUnblind", access.may(RecruitmentPermissions.UNBLIND, o.missionCode()));
        model.addAttribute("mayReview", access.may("SRG".equals(o.reviewBody()) ? RecruitmentPermissions.ENDORSE_SENIOR
                : RecruitmentPermissions.ENDORSE, o.missionCode()));
        model.addAttribute("maySelect", access.may(RecruitmentPermissions.SELECT, o.missionCode()));
        model.addAttribute("lifecycle", openings.screenActions(o));
        model.addAttribute("rosterOnly", OpeningType.valueOf(o.type()).rosterOnly());
        model.addAttribute("matches", OpeningType.valueOf(o.type()).rosterOnly()
                ? assessment.rosterMatches(id, null, null) : List.of());
        model.addAttribute("unblindings", access.may(RecruitmentPermissions.UNBLIND, o.missionCode())
                ? applications.unblindings(id) : List.of());
        return "personnel/recruitment/opening";
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable long id, Locale locale, Model model) {
        BlindCandidate c = applications.get(id, locale);
        OpeningService.Opening o = openings.get(c.openingId());
        model.addAttribute("c", c);
        model.addAttribute("o", o);
        model.addAttribute("profile", applications.profile(id));
        model.addAttribute("scores", assessment.scores(id));
        model.addAttribute("competencies", PanelRules.COMPETENCIES);
        model.addAttribute("mayAssess", access.may(RecruitmentPermissions.ASSESS, o.missionCode())
                && access.namedAssessor(o.id(), access.user()));
        model.addAttribute("mayUnblind", access.may(RecruitmentPermissions.UNBLIND, o.missionCode()));
        return "personnel/recruitment/application";
    }

    @PostMapping("/applications/{id}/scores")
    String score(@PathVariable long id, @RequestParam Map<String, String> f, Locale locale, RedirectAttributes redirect) {
        try {
            List<AssessmentService.Score> scores = new ArrayList<>();
            for (String c : PanelRules.COMPETENCIES) {
                Integer s = Forms.integer(f.get("score_" + c), c);
                if (s != null) {
                    scores.add(new AssessmentService.Score(f.get("stage"), c, s, f.get("note")));
                }
            }
            assessment.score(id, scores);
            redirect.addFlashAttribute("notice", messages.get("recruitment.scores.saved", locale));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/recruitment/applications/" + id;
    }

    @PostMapping("/applications/{id}/unblind")
    String unblind(@PathVariable long id, @RequestParam(required = false) String reason, Locale locale, Model model,
                   RedirectAttributes redirect) {
        try {
            model.addAttribute("identity", applications.unblind(id, reason));
            return "personnel/recruitment/identity";
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
            return "redirect:/personnel/recruitment/applications/" + id;
        }
    }

    /** Posts a draft (workflow kit DRAFT → POSTED), the button shown when the kit allows it. */
    @PostMapping("/openings/{id}/post")
    String post(@PathVariable long id, @RequestParam(required = false) Long version, Locale locale,
                RedirectAttributes redirect) {
        return act(id, locale, redirect, "recruitment.opening.postedNow", () -> openings.post(id, version));
    }

    /** Cancels the opening with a reason (confirmed on the screen first). */
    @PostMapping("/openings/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "recruitment.opening.cancelled", () -> openings.cancel(id, reason, version));
    }

    @PostMapping("/openings/{id}/memo")
    String memo(@PathVariable long id, @RequestParam(required = false) String text,
                @RequestParam(required = false) String recommended, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "recruitment.memo.saved", () -> assessment.memo(id, text,
                recommended == null ? List.of() : Arrays.stream(recommended.split("[,; ]+")).filter(s -> !s.isBlank()).toList()));
    }

    @PostMapping("/openings/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, "recruitment.review.saved", () -> assessment.review(id, decision, note));
    }

    @PostMapping("/openings/{id}/selection")
    String select(@PathVariable long id, @RequestParam(required = false) String candidateRef, Locale locale,
                  RedirectAttributes redirect) {
        return act(id, locale, redirect, "recruitment.selection.saved", () -> assessment.select(id, candidateRef));
    }

    @PostMapping("/openings/{id}/roster-selection")
    String selectFromRoster(@PathVariable long id, @RequestParam(required = false) String rosterMemberId, Locale locale,
                            RedirectAttributes redirect) {
        return act(id, locale, redirect, "recruitment.selection.saved",
                () -> assessment.selectFromRoster(id, Forms.id(rosterMemberId, "rosterMemberId")));
    }

    @PostMapping("/openings/{id}/assessors")
    String assessor(@PathVariable long id, @RequestParam(required = false) String username, Locale locale,
                    RedirectAttributes redirect) {
        return act(id, locale, redirect, "recruitment.assessor.added", () -> openings.addAssessor(id, username));
    }

    private String act(long id, Locale locale, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.get(done, locale));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/recruitment/openings/" + id;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String mission,
                     Model model) {
        model.addAttribute("d", dashboards.dashboard(year == null ? Year.now().getValue() : year, mission));
        return "personnel/recruitment/dashboard";
    }
}
