package org.fieldsupport.claims.report.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.claims.Claims;
import org.fieldsupport.claims.report.domain.VerificationReport;
import org.fieldsupport.claims.report.internal.ClaimsService;
import org.fieldsupport.claims.report.internal.VerificationReportQueries;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Screens of the verification reports for HQ and mission claims staff: the list (filters, totals, paging,
 * CSV/XLSX export), the "compute a report" form, and a report's detail with the workflow actions the user may
 * take in its state (submit, technical review, certify under a delegation of authority, payment, adjustment).
 * Refusals (state, delegation policy, amounts) are shown on the page in the user's language; nothing changes.
 */
@Controller
@RequestMapping("/claims/verification-reports")
class VerificationReportPageController {

    private static final int PAGE_SIZE = 25;

    private final Claims claims;
    private final VerificationReportQueries queries;
    private final ClaimsAccess access;
    private final Paging paging;
    private final MessageSource messages;
    private final VerificationReportExport export;
    private final ClaimsService service;
    private final org.fieldsupport.platform.reference.ReferenceData reference;

    VerificationReportPageController(Claims claims, VerificationReportQueries queries, ClaimsAccess access,
                                     Paging paging, MessageSource messages, VerificationReportExport export,
                                     ClaimsService service, org.fieldsupport.platform.reference.ReferenceData reference) {
        this.service = service;
        this.reference = reference;
        this.claims = claims;
        this.queries = queries;
        this.access = access;
        this.paging = paging;
        this.messages = messages;
        this.export = export;
    }

    // ---- list -------------------------------------------------------------------------------------------

    @GetMapping
    String list(@RequestParam Map<String, String> params, Locale locale, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        VerificationReportQueries.Filter filter = filter(params, errors, locale);
        int page = 0;
        try {
            page = Math.max(0, Integer.parseInt(params.getOrDefault("page", "0")));
        } catch (NumberFormatException e) {
            page = 0;
        }
        PageQuery query = paging.read(page, PAGE_SIZE, null, Map.of());
        model.addAttribute("reports", queries.list(filter, query));
        model.addAttribute("totals", queries.totals(filter));
        model.addAttribute("missions", queries.missions());
        model.addAttribute("statuses", VerificationReport.Status.values());
        model.addAttribute("filter", params);
        model.addAttribute("errors", errors);
        model.addAttribute("mayCompute", !queries.computable().isEmpty());
        Map<String, String> kept = queryString(params);
        var pageResult = (org.fieldsupport.platform.api.PageResponse<?>) model.getAttribute("reports");
        model.addAttribute("links", Map.of("xlsx", link("/claims/verification-reports/export.xlsx", kept, null),
                "csv", link("/claims/verification-reports/export.csv", kept, null),
                "previous", link("/claims/verification-reports", kept, pageResult.page() - 1),
                "next", link("/claims/verification-reports", kept, pageResult.page() + 1)));
        return "claims/verification/list";
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params, Locale locale) {
        List<VerificationReportQueries.Row> rows = queries.export(filter(params, new LinkedHashMap<>(), locale));
        return download(export.csv(rows, locale).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), "csv");
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam Map<String, String> params, Locale locale) {
        List<VerificationReportQueries.Row> rows = queries.export(filter(params, new LinkedHashMap<>(), locale));
        return download(export.xlsx(rows, locale), VerificationReportExport.XLSX, "xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("verification-reports." + extension).build().toString())
                .body(body);
    }

    private VerificationReportQueries.Filter filter(Map<String, String> params, Map<String, String> errors,
                                                    Locale locale) {
        VerificationReport.Status status = null;
        String statusText = params.getOrDefault("status", "");
        for (VerificationReport.Status s : VerificationReport.Status.values()) {
            if (s.name().equals(statusText)) {
                status = s;
            }
        }
        YearMonth from = month(params.get("from"), "from", errors, locale);
        YearMonth to = month(params.get("to"), "to", errors, locale);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", messages.getMessage("claims.input.period.reversed", null, locale));
            to = null;
        }
        return new VerificationReportQueries.Filter(params.get("mission"), params.get("memberState"), status, from,
                to, params.get("contingent"));
    }

    private YearMonth month(String text, String field, Map<String, String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, messages.getMessage("claims.workflow.input.month", null, locale));
            return null;
        }
    }

    /** The list's filter parameters, for the pager and export links (encoded by Thymeleaf's @{...}). */
    private static Map<String, String> queryString(Map<String, String> params) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : List.of("mission", "memberState", "status", "from", "to", "contingent")) {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                kept.put(name, value.strip());
            }
        }
        return kept;
    }

    private static String link(String path, Map<String, String> params, Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        params.forEach(uri::queryParam);
        if (page != null && page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    // ---- compute form -----------------------------------------------------------------------------------

    @GetMapping("/new")
    String form(@RequestParam(required = false) Long contingent, Model model) {
        access.requireAnywhere(ClaimsPermissions.VERIFICATION_SUBMIT);
        Map<String, String> form = new LinkedHashMap<>();
        if (contingent != null) {
            form.put("contingent", contingent.toString());
        }
        return form(form, Map.of(), null, model);
    }

    private String form(Map<String, String> form, Map<String, String> errors, String problem, Model model) {
        model.addAttribute("contingents", queries.computable());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "claims/verification/form";
    }

    @PostMapping
    String compute(@RequestParam Map<String, String> form, Locale locale, Model model) {
        access.requireAnywhere(ClaimsPermissions.VERIFICATION_SUBMIT); // refused before any validation message
        Map<String, String> errors = new LinkedHashMap<>();
        Long contingent = null;
        String contingentText = form.getOrDefault("contingent", "").strip();
        if (contingentText.isEmpty()) {
            errors.put("contingent", messages.getMessage("claims.input.required", null, locale));
        } else {
            try {
                contingent = Long.valueOf(contingentText);
            } catch (NumberFormatException e) {
                errors.put("contingent", messages.getMessage("claims.workflow.input.contingent", null, locale));
            }
        }
        YearMonth from = requiredMonth(form.get("from"), "from", errors, locale);
        YearMonth to = requiredMonth(form.get("to"), "to", errors, locale);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", messages.getMessage("claims.input.period.reversed", null, locale));
        }
        if (!errors.isEmpty()) {
            return form(form, errors, null, model);
        }
        try {
            Claims.Report report = claims.computeReport(contingent, from, to, null);
            return "redirect:/claims/verification-reports/" + report.id();
        } catch (InvalidInputException e) {
            for (FieldErrors.FieldError error : e.errors()) {
                errors.put(error.field(), messages.getMessage(error.messageKey(), error.args(), locale));
            }
            return form(form, errors, null, model);
        } catch (NotFoundException e) {
            errors.put("contingent", messages.getMessage("claims.workflow.input.contingent", null, locale));
            return form(form, errors, null, model);
        } catch (BusinessRuleException e) {
            // e.g. a missing strength return or rate: the message names the item and the month; nothing was stored
            return form(form, errors, messages.getMessage(e.messageKey(), e.args(), locale), model);
        }
    }

    private YearMonth requiredMonth(String text, String field, Map<String, String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            errors.put(field, messages.getMessage("claims.input.required", null, locale));
            return null;
        }
        return month(text, field, errors, locale);
    }

    // ---- detail and actions -----------------------------------------------------------------------------

    /** The computed lines of one month and their total. */
    record MonthGroup(YearMonth month, List<Claims.Line> lines, BigDecimal total) { }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Locale locale, Model model) {
        Claims.Report report = claims.report(id, locale);
        queries.requireStaff(report.missionCode());
        Map<YearMonth, List<Claims.Line>> byMonth = new LinkedHashMap<>();
        List<Claims.Line> adjustments = new ArrayList<>();
        for (Claims.Line line : report.lines()) {
            if (line.month() == null) {
                adjustments.add(line);
            } else {
                byMonth.computeIfAbsent(line.month(), m -> new ArrayList<>()).add(line);
            }
        }
        List<MonthGroup> months = byMonth.entrySet().stream()
                .map(e -> new MonthGroup(e.getKey(), e.getValue(), e.getValue().stream().map(Claims.Line::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2)))
                .toList();
        Scope mission = Scope.mission(report.missionCode());
        String status = report.status();
        model.addAttribute("report", report);
        model.addAttribute("months", months);
        model.addAttribute("adjustments", adjustments);
        // the workflow moves and their refusals (a missing delegation) from the platform workflow kit
        Map<String, AvailableAction> actions = new LinkedHashMap<>();
        service.actions(id).forEach(a -> actions.put(a.action(), a));
        model.addAttribute("actions", actions);
        model.addAttribute("history", service.history(id));
        model.addAttribute("returnTo", "SUBMITTED".equals(status) ? report.workflow().submittedBy()
                : "TECHNICALLY_REVIEWED".equals(status) ? report.workflow().reviewedBy() : null);
        // payments: treasury, never the person who certified (segregation of duties)
        boolean payable = "CERTIFIED".equals(status) && report.outstanding().signum() > 0
                && access.may(ClaimsPermissions.PAYMENTS_RECORD, mission);
        boolean certifiedByMe = org.fieldsupport.platform.security.CurrentUser.username()
                .filter(u -> u.equals(report.certifiedBy())).isPresent();
        model.addAttribute("mayPay", payable && !certifiedByMe);
        model.addAttribute("paymentBarred", payable && certifiedByMe);
        model.addAttribute("mayAdjust", "CERTIFIED".equals(status)
                && access.may(ClaimsPermissions.CERTIFY, mission));
        model.addAttribute("today", LocalDate.now(java.time.ZoneOffset.UTC));
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "claims/verification/detail";
    }

    /**
     * The confirmation step of a certification: the amount and the delegation of authority that will be used (or
     * why none covers it, without a confirm button). Confirming posts to {@code /{id}/certify}.
     */
    @GetMapping("/{id}/certify")
    String confirmCertification(@PathVariable long id, Locale locale, Model model) {
        Claims.Report report = claims.report(id, locale);
        queries.requireStaff(report.missionCode());
        ClaimsService.CertificationPreview preview;
        try {
            preview = service.certificationPreview(id);
        } catch (BusinessRuleException e) {
            return "redirect:/claims/verification-reports/" + id;   // no longer technically reviewed
        }
        model.addAttribute("report", report);
        model.addAttribute("preview", preview);
        model.addAttribute("memberStateName", reference.country(report.memberState())
                .map(c -> c.name(locale) + " (" + report.memberState() + ")").orElse(report.memberState()));
        model.addAttribute("refusal", preview.covered() ? null
                : messages.getMessage(preview.refusalKey(), preview.refusalArgs().toArray(), locale));
        return "claims/verification/certify";
    }

    @PostMapping("/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
               Locale locale, RedirectAttributes redirect) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        try {
            switch (action) {
                case "submit" -> claims.submit(id, version(form));
                case "review" -> claims.reviewTechnically(id, version(form));
                case "certify" -> claims.certify(id, version(form));
                case "return", "reject" -> {
                    String reason = blankToNull(form.get("reason"));
                    if (reason == null) {
                        fieldErrors.put(action + "-reason", messages.getMessage("claims.input.required", null, locale));
                    } else if ("return".equals(action)) {
                        claims.returnReport(id, reason, version(form));
                    } else {
                        claims.reject(id, reason, version(form));
                    }
                }
                case "payment" -> {
                    BigDecimal amount = amount(form.get("amount"), "amount", fieldErrors, locale, false);
                    LocalDate paidOn = date(form.get("paidOn"), "paidOn", fieldErrors, locale);
                    if (fieldErrors.isEmpty()) {
                        claims.recordPayment(id, amount, paidOn, blankToNull(form.get("reference")));
                    }
                }
                case "adjustment" -> {
                    BigDecimal amount = amount(form.get("amount"), "adjustmentAmount", fieldErrors, locale, true);
                    String reason = blankToNull(form.get("reason"));
                    if (reason == null) {
                        fieldErrors.put("reason", messages.getMessage("claims.input.required", null, locale));
                    }
                    if (fieldErrors.isEmpty()) {
                        claims.adjust(id, amount, reason);
                    }
                }
                default -> throw new NotFoundException("action", action);
            }
            if (fieldErrors.isEmpty()) {
                redirect.addFlashAttribute("done", messages.getMessage("claims.workflow.done." + action, null, locale));
            }
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.args(), locale));
        } catch (InvalidInputException e) {
            for (FieldErrors.FieldError error : e.errors()) {
                fieldErrors.put(error.field(), messages.getMessage(error.messageKey(), error.args(), locale));
            }
        }
        if (!fieldErrors.isEmpty()) {
            redirect.addFlashAttribute("fieldErrors", fieldErrors);
            redirect.addFlashAttribute("entered", form);
            redirect.addFlashAttribute("problem", messages.getMessage("claims.workflow.refused.fields", null, locale));
        }
        return "redirect:/claims/verification-reports/" + id;
    }

    private BigDecimal amount(String text, String field, Map<String, String> errors, Locale locale, boolean signed) {
        if (text == null || text.isBlank()) {
            errors.put(field, messages.getMessage("claims.input.required", null, locale));
            return null;
        }
        String normalised = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (normalised.contains(",") && !normalised.contains(".")) {
            normalised = normalised.replace(',', '.');
        } else {
            normalised = normalised.replace(",", "");
        }
        try {
            BigDecimal amount = new BigDecimal(normalised);
            if (amount.stripTrailingZeros().scale() > 2) {
                errors.put(field, messages.getMessage("claims.input.money.cents", null, locale));
            } else if (signed ? amount.signum() == 0 : amount.signum() <= 0) {
                errors.put(field, messages.getMessage(signed ? "claims.workflow.input.nonZero"
                        : "claims.workflow.input.positive", null, locale));
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.put(field, messages.getMessage("claims.workflow.input.amount", null, locale));
            return null;
        }
    }

    private LocalDate date(String text, String field, Map<String, String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            errors.put(field, messages.getMessage("claims.input.required", null, locale));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, messages.getMessage("claims.workflow.input.date", null, locale));
            return null;
        }
    }

    /** The version the form was shown with (hidden field); null when absent or not a number (not checked). */
    private static Long version(Map<String, String> form) {
        try {
            String v = form.get("version");
            return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
