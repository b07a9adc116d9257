package org.fieldsupport.claims.inspection.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.claims.contingent.internal.CoeOverview;
import org.fieldsupport.claims.inspection.domain.InspectionType;
import org.fieldsupport.claims.inspection.internal.InspectionService;
import org.fieldsupport.claims.inspection.internal.InspectionStore;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screens of a contingent's inspections (list, record or edit a draft, detail with sign-off and attachments) and
 * of its monthly strength returns (months with gaps highlighted, record or correct a month).
 */
@Controller
@RequestMapping("/claims/contingents/{contingentId}")
class InspectionPageController {

    private final InspectionService inspections;
    private final CoeOverview overview;
    private final MessageSource messages;
    private final Formats formats;
    private final org.fieldsupport.claims.contingent.internal.NextReportPeriods nextReports;

    private final org.fieldsupport.platform.web.VersionedForms versionedForms;

    InspectionPageController(InspectionService inspections, CoeOverview overview, MessageSource messages,
                             Formats formats, org.fieldsupport.platform.web.VersionedForms versionedForms,
                             org.fieldsupport.claims.contingent.internal.NextReportPeriods nextReports) {
        this.versionedForms = versionedForms;
        this.nextReports = nextReports;
        this.inspections = inspections;
        this.overview = overview;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/inspections")
    String list(@PathVariable long contingentId, Model model) {
        InspectionStore.Head head = inspections.contingentForRead(contingentId);
        model.addAttribute("contingent", head);
        model.addAttribute("inspections", inspections.list(contingentId));
        model.addAttribute("mayRecord", inspections.mayRecord(head));
        model.addAttribute("nextReport", nextReports.of(head));
        return "claims/inspections/list";
    }

    /** The form of a new inspection, with the MOU lines in force on {@code date} (today when not given). */
    @GetMapping("/inspections/new")
    String newForm(@PathVariable long contingentId, @RequestParam(name = "date", required = false) String date,
                   Model model, Locale locale) {
        InspectionStore.Head head = inspections.contingentForWrite(contingentId);
        Map<String, String> form = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = dateParam(date, overview.today(), form, errors, locale);
        return form(head, null, on, form, errors, model);
    }

    /** The form of a draft, with the MOU lines in force on {@code date} (the draft's date when not given). */
    @GetMapping("/inspections/{inspectionId}/edit")
    String editForm(@PathVariable long contingentId, @PathVariable long inspectionId,
                    @RequestParam(name = "date", required = false) String date, Model model, Locale locale) {
        InspectionStore.Head head = inspections.contingentForWrite(contingentId);
        InspectionStore.Inspection i = inspections.inspection(contingentId, inspectionId);
        if (!i.draft()) {
            return "redirect:/claims/contingents/" + contingentId + "/inspections/" + inspectionId;
        }
        Map<String, String> form = formOf(i);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = dateParam(date, i.inspectedOn(), form, errors, locale);
        return form(head, i, on, form, errors, model);
    }

    /** A draft as its form's parameters. */
    private static Map<String, String> formOf(InspectionStore.Inspection i) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", i.type().name());
        form.put("remarks", i.remarks() == null ? "" : i.remarks());
        form.put("version", String.valueOf(i.version()));
        for (InspectionStore.Finding f : i.equipment()) {
            form.put("found." + f.line(), f.found() == null ? "" : String.valueOf(f.found()));
            form.put("serviceable." + f.line(), String.valueOf(f.serviceable()));
        }
        i.ratings().forEach((category, rating) -> form.put("rating." + category, rating.name()));
        return form;
    }

    /** The {@code date} asked for (puts it in the form as the inspection date), else the default. */
    private LocalDate dateParam(String date, LocalDate otherwise, Map<String, String> form, Map<String, String> errors,
                                Locale locale) {
        String text = date == null ? "" : date.strip();
        if (!text.isEmpty()) {
            try {
                LocalDate on = LocalDate.parse(text);
                form.put("inspectedOn", on.toString());
                return on;
            } catch (DateTimeParseException e) {
                errors.put("inspectedOn", messages.getMessage("claims.inspection.input.date", null, locale));
                form.put("inspectedOn", text);
                return otherwise;
            }
        }
        form.put("inspectedOn", otherwise.toString());
        return otherwise;
    }

    /**
     * The form shows the Annex B lines and contributor-provided Annex C categories of the MOU version in force on
     * {@code linesOn} (sent back as a hidden field, so a save can tell when the date entered since needs other lines).
     */
    private String form(InspectionStore.Head head, InspectionStore.Inspection inspection, LocalDate linesOn,
                        Map<String, String> form, Map<String, String> errors, Model model) {
        List<InspectionStore.MouLine> lines = inspections.mouLines(head.id(), linesOn);
        List<String> categories = inspections.ratedCategories(head.id(), linesOn);
        model.addAttribute("contingent", head);
        model.addAttribute("inspection", inspection);
        model.addAttribute("linesOn", linesOn);
        model.addAttribute("mouVersion", inspections.mouVersion(head.id(), linesOn).orElse(null));
        model.addAttribute("lines", lines);
        model.addAttribute("categories", categories);
        model.addAttribute("types", InspectionType.values());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("otherErrors", otherErrors(errors, lines, categories));
        return "claims/inspections/form";
    }

    /** Errors about fields the form does not show (a line or category the version in force does not hold). */
    private static List<String> otherErrors(Map<String, String> errors, List<InspectionStore.MouLine> lines,
                                            List<String> categories) {
        java.util.Set<String> shown = new java.util.HashSet<>(List.of("form", "type", "inspectedOn", "remarks"));
        for (InspectionStore.MouLine l : lines) {
            shown.add("equipment[" + l.line() + "].found");
            shown.add("equipment[" + l.line() + "].serviceable");
        }
        for (String k : categories) {
            shown.add("ratings[" + k + "].rating");
        }
        List<String> other = new ArrayList<>();
        errors.forEach((field, message) -> {
            if (!shown.contains(field)) {
                int open = field.indexOf('[');
                int close = field.indexOf(']');
                other.add((open >= 0 && close > open ? field.substring(open + 1, close) : field) + ": " + message);
            }
        });
        return other;
    }

    /**
     * Saves the draft; or, with {@code reload}, shows the form again with the MOU lines in force on the date entered
     * (what was entered is kept). A date whose version in force is not the one whose lines were shown is not saved:
     * the form comes back with that version's lines. The findings sent are those of the shown lines plus any other
     * line or category given a value, all checked against the version in force on the date entered.
     */
    @PostMapping({"/inspections", "/inspections/{inspectionId}"})
    String save(@PathVariable long contingentId, @PathVariable(required = false) Long inspectionId,
                @RequestParam Map<String, String> form, Model model, Locale locale) {
        InspectionStore.Head head = inspections.contingentForWrite(contingentId);
        InspectionStore.Inspection existing = inspectionId == null ? null
                : inspections.inspection(contingentId, inspectionId);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate inspectedOn = null;
        String dateText = form.getOrDefault("inspectedOn", "").strip();
        if (!dateText.isEmpty()) {
            try {
                inspectedOn = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                errors.put("inspectedOn", messages.getMessage("claims.inspection.input.date", null, locale));
            }
        }
        LocalDate shownOn = null;
        try {
            shownOn = form.containsKey("linesOn") ? LocalDate.parse(form.get("linesOn").strip()) : null;
        } catch (DateTimeParseException e) {
            // not one of our forms: the lines are checked against the date entered all the same
        }
        LocalDate on = inspectedOn != null ? inspectedOn : shownOn != null ? shownOn : overview.today();
        if (form.containsKey("reload")) {
            return form(head, existing, on, form, errors, model);
        }
        if (inspectedOn != null && shownOn != null && !inspections.mouVersion(contingentId, inspectedOn)
                .equals(inspections.mouVersion(contingentId, shownOn))) {
            errors.put("inspectedOn", inspections.mouVersion(contingentId, inspectedOn)
                    .map(v -> messages.getMessage("claims.inspection.input.otherVersion", new Object[] {v.number(),
                            messages.getMessage("claims.mou.kind." + v.kind(), null, locale),
                            formats.date(v.effectiveFrom(), locale)}, locale))
                    .orElseGet(() -> messages.getMessage("claims.inspection.input.noVersion", null, locale)));
            return form(head, existing, on, form, errors, model);
        }
        java.util.Set<String> lineNames = new java.util.LinkedHashSet<>();
        inspections.mouLines(contingentId, on).forEach(l -> lineNames.add(l.line()));
        java.util.Set<String> categoryNames = new java.util.LinkedHashSet<>(
                inspections.ratedCategories(contingentId, on));
        form.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                if (name.startsWith("found.") || name.startsWith("serviceable.")) {
                    lineNames.add(name.substring(name.indexOf('.') + 1));
                } else if (name.startsWith("rating.")) {
                    categoryNames.add(name.substring(7));
                }
            }
        });
        List<InspectionService.LineInput> lines = new ArrayList<>();
        for (String line : lineNames) {
            Integer found = whole(form, "found." + line, "equipment[" + line + "].found", errors, locale);
            Integer serviceable = whole(form, "serviceable." + line, "equipment[" + line + "].serviceable", errors,
                    locale);
            lines.add(new InspectionService.LineInput(line, found, serviceable));
        }
        List<InspectionService.RatingInput> ratings = new ArrayList<>();
        for (String category : categoryNames) {
            ratings.add(new InspectionService.RatingInput(category, form.get("rating." + category)));
        }
        Long version = form.containsKey("version") && !form.get("version").isBlank()
                ? Long.valueOf(form.get("version")) : null;
        InspectionService.InspectionInput input = new InspectionService.InspectionInput(form.get("type"),
                inspectedOn, form.get("remarks"), lines, ratings, version);
        if (!errors.isEmpty()) {
            try {
                inspections.check(contingentId, input); // the other fields' errors too, nothing saved
            } catch (InvalidInputException e) {
                for (FieldErrors.FieldError error : e.errors()) {
                    errors.putIfAbsent(error.field(), messages.getMessage(error.messageKey(), error.args(), locale));
                }
            }
        } else {
            try {
                InspectionStore.Inspection saved = inspectionId == null ? inspections.record(contingentId, input)
                        : versionedForms.write(version, InspectionApiController.INSPECTION.row(inspectionId, contingentId),
                                () -> inspections.update(contingentId, inspectionId, input));
                return "redirect:/claims/contingents/" + contingentId + "/inspections/" + saved.id();
            } catch (org.fieldsupport.platform.api.StaleVersionException e) {
                // someone changed the draft meanwhile: nothing saved; the panel, and the form with what was typed
                model.addAttribute("stale", org.fieldsupport.platform.web.StaleEdit.of(e).fields(
                        formOf(inspections.inspection(contingentId, inspectionId)), form,
                        name -> messages.getMessage("claims.inspection.field." + name, null, name, locale)));
                form.put("version", String.valueOf(e.currentVersion()));
            } catch (InvalidInputException e) {
                for (FieldErrors.FieldError error : e.errors()) {
                    errors.put(error.field(), messages.getMessage(error.messageKey(), error.args(), locale));
                }
            } catch (BusinessRuleException e) {
                errors.put("form", messages.getMessage(e.messageKey(), e.args(), locale));
            } catch (OptimisticLockingFailureException e) {
                errors.put("form", messages.getMessage("claims.inspection.refused.conflict", null, locale));
            }
        }
        return form(head, existing, on, form, errors, model);
    }

    private Integer whole(Map<String, String> form, String name, String field, Map<String, String> errors,
                          Locale locale) {
        String text = form.getOrDefault(name, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put(field, messages.getMessage("claims.inspection.input.whole", null, locale));
            return null;
        }
    }

    @GetMapping("/inspections/{inspectionId}")
    String detail(@PathVariable long contingentId, @PathVariable long inspectionId, Model model) {
        InspectionStore.Head head = inspections.contingentForRead(contingentId);
        InspectionStore.Inspection inspection = inspections.inspection(contingentId, inspectionId);
        model.addAttribute("contingent", head);
        model.addAttribute("inspection", inspection);
        model.addAttribute("typeLabel", messages.getMessage("claims.inspection.type." + inspection.type().name(), null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("lines", inspections.mouLines(contingentId, inspection.inspectedOn()));
        model.addAttribute("mayRecord", inspections.mayRecord(head));
        model.addAttribute("today", overview.today());
        model.addAttribute("nextReport", inspection.draft() ? null : nextReports.of(head));
        model.addAttribute("maxMegabytes", BigDecimal.valueOf(inspections.maxAttachmentBytes())
                .divide(BigDecimal.valueOf(1024L * 1024L), 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "claims/inspections/detail";
    }

    @PostMapping("/inspections/{inspectionId}/signature")
    String sign(@PathVariable long contingentId, @PathVariable long inspectionId,
                @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate signedOn = null;
        String text = form.getOrDefault("commanderSignedOn", "").strip();
        if (!text.isEmpty()) {
            try {
                signedOn = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                errors.put("commanderSignedOn", messages.getMessage("claims.inspection.input.date", null, locale));
            }
        }
        if (errors.isEmpty()) {
            Long version = form.containsKey("version") && !form.get("version").isBlank()
                    ? Long.valueOf(form.get("version")) : null;
            try {
                inspections.sign(contingentId, inspectionId, new InspectionService.SignatureInput(
                        form.get("commanderName"), form.get("commanderRank"), signedOn, version));
                redirect.addFlashAttribute("notice", messages.getMessage("claims.inspection.signed", null, locale));
            } catch (InvalidInputException e) {
                for (FieldErrors.FieldError error : e.errors()) {
                    errors.put(error.field(), messages.getMessage(error.messageKey(), error.args(), locale));
                }
            } catch (BusinessRuleException e) {
                redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.args(), locale));
            } catch (OptimisticLockingFailureException e) {
                redirect.addFlashAttribute("problem", messages.getMessage("claims.inspection.refused.conflict", null,
                        locale));
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", form);
            return detail(contingentId, inspectionId, model);
        }
        return "redirect:/claims/contingents/" + contingentId + "/inspections/" + inspectionId;
    }

    /** Asks for confirmation before a draft is discarded (a signed inspection goes back to its page, refused). */
    @GetMapping("/inspections/{inspectionId}/discard")
    String confirmDiscard(@PathVariable long contingentId, @PathVariable long inspectionId, Model model, Locale locale,
                          RedirectAttributes redirect) {
        InspectionStore.Head head = inspections.contingentForWrite(contingentId);
        InspectionStore.Inspection inspection = inspections.inspection(contingentId, inspectionId);
        if (!inspection.draft()) {
            redirect.addFlashAttribute("problem", messages.getMessage("claims.inspection.refused.discardSigned",
                    new Object[] {inspectionId}, locale));
            return "redirect:/claims/contingents/" + contingentId + "/inspections/" + inspectionId;
        }
        model.addAttribute("contingent", head);
        model.addAttribute("inspection", inspection);
        model.addAttribute("typeLabel", messages.getMessage("claims.inspection.type." + inspection.type().name(), null,
                locale));
        return "claims/inspections/discard";
    }

    /** Discards the draft, then back to the contingent's page with a notice; a refusal stays on the inspection. */
    @PostMapping("/inspections/{inspectionId}/discard")
    String discard(@PathVariable long contingentId, @PathVariable long inspectionId,
                   @RequestParam(name = "version", required = false) Long version, Locale locale,
                   RedirectAttributes redirect) {
        InspectionStore.Inspection inspection = inspections.inspection(contingentId, inspectionId);
        try {
            inspections.discard(contingentId, inspectionId, version);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.args(), locale));
            return "redirect:/claims/contingents/" + contingentId + "/inspections/" + inspectionId;
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("claims.inspection.refused.conflict", null,
                    locale));
            return "redirect:/claims/contingents/" + contingentId + "/inspections/" + inspectionId;
        }
        redirect.addFlashAttribute("notice", messages.getMessage("claims.inspection.discarded", new Object[] {
                messages.getMessage("claims.inspection.type." + inspection.type().name(), null, locale),
                formats.date(inspection.inspectedOn(), locale)}, locale));
        return "redirect:/claims/contingents/" + contingentId;
    }

    @PostMapping("/inspections/{inspectionId}/attachments")
    String attach(@PathVariable long contingentId, @PathVariable long inspectionId,
                  @RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        try {
            InspectionStore.AttachmentInfo saved = inspections.attach(contingentId, inspectionId,
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", messages.getMessage("claims.attachment.saved",
                    new Object[] {saved.fileName()}, locale));
        } catch (InvalidInputException e) {
            FieldErrors.FieldError error = e.errors().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage(error.messageKey(), error.args(), locale));
        }
        return "redirect:/claims/contingents/" + contingentId + "/inspections/" + inspectionId;
    }

    @GetMapping("/inspections/{inspectionId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long contingentId, @PathVariable long inspectionId,
                                    @PathVariable long attachmentId) {
        return InspectionApiController.download(inspections.download(contingentId, inspectionId, attachmentId));
    }

    // --- strength returns

    @GetMapping("/strength-returns")
    String strengthReturns(@PathVariable long contingentId, Model model) {
        InspectionStore.Head head = inspections.contingentForRead(contingentId);
        model.addAttribute("contingent", head);
        model.addAttribute("months", overview.strengthReturns(contingentId));
        model.addAttribute("mayRecord", inspections.mayRecord(head));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("month", java.time.YearMonth.from(overview.today()).minusMonths(1).toString()));
        }
        return "claims/strength-returns";
    }

    @PostMapping("/strength-returns")
    String putStrengthReturn(@PathVariable long contingentId, @RequestParam Map<String, String> form, Locale locale,
                             RedirectAttributes redirect, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal average = null;
        String text = form.getOrDefault("averageStrength", "").strip().replace(',', '.');
        if (!text.isEmpty()) {
            try {
                average = new BigDecimal(text);
            } catch (NumberFormatException e) {
                errors.put("averageStrength", messages.getMessage("claims.strengthReturn.input.number", null, locale));
            }
        }
        if (errors.isEmpty()) {
            try {
                CoeOverview.Saved saved = overview.putStrengthReturn(contingentId, form.get("month"), average);
                String notice = messages.getMessage("claims.strengthReturn.saved",
                        new Object[] {saved.row().month().toString()}, locale);
                if (saved.aboveAuthorised()) {
                    notice = notice + " " + messages.getMessage("claims.strengthReturn.warning.aboveAuthorised",
                            new Object[] {saved.row().averageStrength().toPlainString(), saved.authorisedStrength()},
                            locale);
                }
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/claims/contingents/" + contingentId + "/strength-returns";
            } catch (InvalidInputException e) {
                for (FieldErrors.FieldError error : e.errors()) {
                    errors.put(error.field(), messages.getMessage(error.messageKey(), error.args(), locale));
                }
            } catch (BusinessRuleException e) {
                errors.put("form", messages.getMessage(e.messageKey(), e.args(), locale));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return strengthReturns(contingentId, model);
    }
}
