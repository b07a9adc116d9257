package org.fieldsupport.ict.budgetreview.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.ict.budgetreview.internal.BudgetReview;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.operations.IctInfraPermissions;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.platform.web.RegisterScreen;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screen: missions' ICT budget lines of a period as the budget module holds them (class communications and IT), with
 * approve / return for ICTD headquarters.
 */
@Controller
class BudgetReviewWeb {

    private final BudgetReview review;
    private final IctAccess access;
    private final MessageSource messages;
    private final Formats formats;

    BudgetReviewWeb(BudgetReview review, IctAccess access, MessageSource messages, Formats formats) {
        this.review = review;
        this.access = access;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/ict/budget-review")
    String lines(@RequestParam(required = false) String mission, @RequestParam(required = false) String status,
                 @RequestParam(required = false) Integer year, Model model, Locale locale) {
        int y = year == null ? review.currentYear() : year;
        StringBuilder totals = new StringBuilder();
        for (BudgetReview.Totals t : review.totals(y)) {
            totals.append(messages.getMessage("ictinfra.budget.totals", new Object[] {t.missionCode(), t.fiscalYear(),
                    formats.money(t.pending(), "USD"), formats.money(t.approved(), "USD"),
                    formats.money(t.returned(), "USD")}, locale)).append(' ');
        }
        model.addAttribute("done", totals.isEmpty() ? null : totals.toString().strip());
        boolean reviewer = access.may(IctInfraPermissions.BUDGET_REVIEW, null);
        List<RegisterScreen.Row> rows = new ArrayList<>();
        for (BudgetReview.Line l : review.lines(mission, y, status)) {
            String base = "/ict/budget-review/lines/" + l.key() + "/";
            boolean changed = l.reviewedEstimate() != null && "PENDING".equals(l.status());
            rows.add(RegisterScreen.row(null, "RETURNED".equals(l.status()),
                    reviewer && "PENDING".equals(l.status()) ? List.of(
                            new RegisterScreen.Action(base + "APPROVE", "ictinfra.action.approve", "comment", "ictinfra.field.comment"),
                            new RegisterScreen.Action(base + "RETURN", "ictinfra.action.return", "comment", "ictinfra.field.comment"))
                            : List.of(),
                    l.missionCode(), l.period(), l.budgetReference(), "#ictinfra.budgetStatus." + l.budgetStatus(),
                    formats.money(l.estimate(), "USD"), formats.money(l.allotment(), "USD"),
                    formats.money(l.available(), "USD"), "#ictinfra.lineStatus." + l.status(),
                    changed ? messages.getMessage("ictinfra.budget.changedSince",
                            new Object[] {formats.money(l.reviewedEstimate(), "USD"), l.comment() == null ? "—" : l.comment()}, locale)
                            : l.comment(),
                    l.reviewedBy()));
        }
        List<RegisterScreen.Link> links = List.of(
                new RegisterScreen.Link("/ict/budget-review?year=" + (y - 1), "ictinfra.budget.previous"),
                new RegisterScreen.Link("/ict/budget-review?year=" + (y + 1), "ictinfra.budget.next"));
        return RegisterScreen.of("ictinfra.budget.title", "ictinfra.budget.intro", List.of("ictinfra.field.missionCode",
                        "ictinfra.field.period", "ictinfra.field.budgetReference", "ictinfra.field.budgetStatus",
                        "ictinfra.field.estimate", "ictinfra.field.allotment", "ictinfra.field.available",
                        "ictinfra.field.status", "ictinfra.field.comment", "ictinfra.field.reviewedBy"), rows)
                .links(links).show(model, Map.of(), null);
    }

    @PostMapping("/ict/budget-review/lines/{id}/{decision}")
    String decide(@PathVariable String id, @PathVariable String decision, @RequestParam(required = false) String comment,
                  Locale locale, RedirectAttributes redirect) {
        String year = id.length() > 4 ? id.substring(id.length() - 4) : "";
        try {
            review.review(id, new BudgetReview.Review(decision, comment));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/budget-review" + (year.matches("\\d{4}") ? "?year=" + year : "");
    }

    /** Lines, their history and review over REST. */
    @RestController
    static class BudgetReviewApi {

        private final BudgetReview review;

        BudgetReviewApi(BudgetReview review) {
            this.review = review;
        }

        @GetMapping(path = "/api/v1/ict/budget-review/lines", produces = MediaType.APPLICATION_JSON_VALUE)
        List<BudgetReview.Line> lines(@RequestParam(required = false) String mission, @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) String status) {
            return review.lines(mission, year, status);
        }

        /** {@code id}: the line's key, mission and first year of the period, e.g. {@code MINUSCA-2026}. */
        @GetMapping(path = "/api/v1/ict/budget-review/lines/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        BudgetReview.Line line(@PathVariable String id) {
            return review.line(id);
        }

        @GetMapping(path = "/api/v1/ict/budget-review/lines/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
        List<BudgetReview.Decision> history(@PathVariable String id) {
            return review.history(id);
        }

        /** The body is read after the permission check (an empty body from an unauthorised caller is a 403). */
        @PostMapping(path = "/api/v1/ict/budget-review/lines/{id}/review", produces = MediaType.APPLICATION_JSON_VALUE)
        BudgetReview.Line review(@PathVariable String id, @RequestBody(required = false) BudgetReview.Review in) {
            return review.review(id, in == null ? new BudgetReview.Review(null, null) : in);
        }
    }
}
