package org.fieldsupport.ict.budgetreview.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.ict.budgetreview.internal.BudgetReview;
import org.fieldsupport.ict.operations.Check;
import org.fieldsupport.ict.operations.IctInfraAccess;
import org.fieldsupport.ict.operations.IctInfraPermissions;
import org.fieldsupport.ict.operations.Screen;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens: missions' ICT budget lines under review (import, approve, return with comments). */
@Controller
class BudgetReviewWeb {

    private final BudgetReview review;
    private final IctInfraAccess access;
    private final MessageSource messages;
    private final Formats formats;

    BudgetReviewWeb(BudgetReview review, IctInfraAccess access, MessageSource messages, Formats formats) {
        this.review = review;
        this.access = access;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/ict/budget-review")
    String lines(@RequestParam(required = false) String mission, @RequestParam(required = false) String status, Model model, Locale locale) {
        return screen(mission, status, model, locale).show(model, Map.of(), null);
    }

    private Screen screen(String mission, String status, Model model, Locale locale) {
        StringBuilder totals = new StringBuilder();
        for (BudgetReview.Totals t : review.totals()) {
            totals.append(messages.getMessage("ictinfra.budget.totals", new Object[] {t.missionCode(), t.fiscalYear(),
                    formats.money(t.submitted(), "USD"), formats.money(t.approved(), "USD"), formats.money(t.returned(), "USD")}, locale)).append(' ');
        }
        model.addAttribute("done", totals.isEmpty() ? null : totals.toString().strip());
        boolean reviewer = access.may(IctInfraPermissions.BUDGET_REVIEW, null);
        List<Screen.Row> rows = review.lines(mission, null, status).stream().map(l -> Screen.row(null, "RETURNED".equals(l.status()),
                reviewer && "SUBMITTED".equals(l.status()) ? List.of(
                        new Screen.Action("/ict/budget-review/lines/" + l.id() + "/APPROVE", "ictinfra.action.approve", "comment", "ictinfra.field.comment"),
                        new Screen.Action("/ict/budget-review/lines/" + l.id() + "/RETURN", "ictinfra.action.return", "comment", "ictinfra.field.comment"))
                        : List.of(),
                l.missionCode(), String.valueOf(l.fiscalYear()), l.lineCode(), l.description(), formats.money(l.amount(), "USD"),
                "#ictinfra.lineStatus." + l.status(), l.comment() == null ? "—" : l.comment(),
                l.reviewedBy() == null ? "—" : l.reviewedBy())).toList();
        return Screen.of("ictinfra.budget.title", "ictinfra.budget.intro", List.of("ictinfra.field.missionCode", "ictinfra.field.fiscalYear",
                        "ictinfra.field.line", "ictinfra.field.description", "ictinfra.field.amount", "ictinfra.field.status",
                        "ictinfra.field.comment", "ictinfra.field.reviewedBy"), rows)
                .links(List.of(new Screen.Link("/api/v1/ict/budget-review/template.csv", "ictinfra.budget.template")))
                .form("ictinfra.budget.import", "/ict/budget-review/import", List.of(Screen.field("file", "ictinfra.field.file", "file", true)));
    }

    @PostMapping("/ict/budget-review/import")
    String importLines(@RequestParam(required = false) MultipartFile file, @RequestParam Map<String, String> form, Model model,
                       Locale locale) {
        return Screen.submit(model, messages, locale, form, f -> {
            BudgetReview.ImportResult r = review.importLines(name(file), bytes(file));
            return "redirect:/ict/budget-review?imported=" + (r.created() + r.replaced());
        }, (f, e) -> screen(null, null, model, locale).show(model, f, e));
    }

    @PostMapping("/ict/budget-review/lines/{id}/{decision}")
    String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String comment, Locale locale,
                  RedirectAttributes redirect) {
        try {
            review.review(id, new BudgetReview.Review(decision, comment));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", Screen.reason(messages, locale, e));
        }
        return "redirect:/ict/budget-review";
    }

    static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "Required", "ictinfra.input.required", Check.label("file"));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw InvalidInputException.of("file", "Unreadable", "platform.import.unreadable", e.getMessage());
        }
    }

    /** Lines, import and review over REST. */
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

        @PostMapping(path = "/api/v1/ict/budget-review/lines/import", produces = MediaType.APPLICATION_JSON_VALUE)
        BudgetReview.ImportResult importLines(@RequestParam(required = false) MultipartFile file) {
            return review.importLines(name(file), bytes(file));
        }

        @PostMapping(path = "/api/v1/ict/budget-review/lines/{id}/review", produces = MediaType.APPLICATION_JSON_VALUE)
        BudgetReview.Line review(@PathVariable long id, @RequestBody BudgetReview.Review in) {
            return review.review(id, in);
        }

        @GetMapping(path = "/api/v1/ict/budget-review/template.csv")
        ResponseEntity<byte[]> template() {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ict-budget-lines.csv\"")
                    .body(TabularFile.csv(BudgetReview.COLUMNS, List.of(Map.of("mission", "MINUSCA", "fiscal_year", "2027",
                            "line", "ICT-001", "description", "Satellite transponder lease", "class", BudgetReview.ICT_CLASS,
                            "amount", "1250000.00"))));
        }
    }
}
