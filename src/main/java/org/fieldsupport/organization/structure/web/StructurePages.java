package org.fieldsupport.organization.structure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.UnitKind;
import org.fieldsupport.organization.UnitSummary;
import org.fieldsupport.organization.attribution.internal.AttributionService;
import org.fieldsupport.organization.structure.internal.OrgChartSvg;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.organization.structure.internal.RelationQueries;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.organization.structure.internal.StructureTransfer;
import org.fieldsupport.organization.structure.internal.StructureViews;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Screens of the structure: units (tree and list), a unit, the chart, shared units and teams, import/export. */
@Controller
@RequestMapping("/organization")
class StructurePages {

    private final OrganizationStructure structure;
    private final StructureViews views;
    private final StructureEditing editing;
    private final RelationQueries relations;
    private final AttributionService attributions;
    private final OrgChartSvg chart;
    private final StructureTransfer transfer;
    private final OrganizationAccess access;
    private final MessageSource messages;
    private final org.fieldsupport.platform.api.RecordVersions versions;

    private final org.fieldsupport.organization.ActingOfficers acting;
    private final org.fieldsupport.platform.reference.ReferenceData reference;

    StructurePages(OrganizationStructure structure, StructureViews views, StructureEditing editing,
                   RelationQueries relations, AttributionService attributions, OrgChartSvg chart,
                   StructureTransfer transfer, OrganizationAccess access, MessageSource messages,
                   org.fieldsupport.organization.ActingOfficers acting,
                   org.fieldsupport.platform.api.RecordVersions versions,
                   org.fieldsupport.platform.reference.ReferenceData reference) {
        this.reference = reference;
        this.acting = acting;
        this.versions = versions;
        this.structure = structure;
        this.views = views;
        this.editing = editing;
        this.relations = relations;
        this.attributions = attributions;
        this.chart = chart;
        this.transfer = transfer;
        this.access = access;
        this.messages = messages;
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    @GetMapping("/units")
    String units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 @RequestParam(required = false) String kind, Model model) {
        LocalDate d = day(asOf);
        List<StructureViews.TreeNode> rows = views.flatten(views.tree(null, d));
        if (kind != null && !kind.isBlank()) {
            UnitKind k = UnitKind.parse(kind);
            rows = rows.stream().filter(n -> n.unit().kind() == k).toList();
        }
        model.addAttribute("rows", rows);
        model.addAttribute("asOf", d);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("mayEdit", access.mayAnywhere(OrganizationAccess.STRUCTURE_EDIT));
        return "organization/units";
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate d = day(asOf);
        UnitSummary unit = structure.unit(code, d).orElseThrow(() -> new NotFoundException("unit", code));
        model.addAttribute("v", views.unitView(unit, d));
        model.addAttribute("subtree", views.flatten(views.tree(code, d)));
        model.addAttribute("attributions", attributions.heldBy(code));
        java.util.Map<String, org.fieldsupport.organization.ActingOfficers.ActingArrangement> oic = new java.util.HashMap<>();
        views.unitView(unit, d).positions().forEach(p -> acting.actingFor(p.code(), d).ifPresent(a -> oic.put(p.code(), a)));
        model.addAttribute("acting", oic);
        model.addAttribute("names", views.names(d));
        model.addAttribute("asOf", d);
        boolean mayEdit = access.may(OrganizationAccess.STRUCTURE_EDIT, Scope.unit(code));
        model.addAttribute("mayEdit", mayEdit);
        // a position's grade is chosen among the reference grades (issue 12.8), in their order
        model.addAttribute("grades", mayEdit ? reference.grades() : java.util.List.of());
        return "organization/unit";
    }

    @GetMapping("/units/{code}/edit")
    String editUnit(@PathVariable String code, Model model) {
        access.require(OrganizationAccess.STRUCTURE_EDIT, Scope.unit(code));
        UnitSummary unit = structure.unit(code, null).orElseThrow(() -> new NotFoundException("unit", code));
        model.addAttribute("unit", unit);
        model.addAttribute("version", editing.unitVersion(code, null));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("units", structure.units(null));
        return "organization/unit-edit";
    }

    @PostMapping("/units/{code}/edit")
    String saveUnit(@PathVariable String code, @RequestParam UnitKind kind, @RequestParam String nameFr,
                    @RequestParam String nameEn, @RequestParam(required = false) String parentCode,
                    @RequestParam(required = false) String paragraphs,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                    @RequestParam Long version, Model model, Locale locale, RedirectAttributes redirect) {
        access.require(OrganizationAccess.STRUCTURE_EDIT, Scope.unit(code));
        structure.unit(code, effectiveFrom).ifPresent(current ->
                access.requireMayChangeParent(current.parentCode(), parentCode));
        LocalDate day = effectiveFrom != null ? effectiveFrom : LocalDate.now();
        UnitSummary current = structure.unit(code, effectiveFrom).orElseThrow(() -> new NotFoundException("unit", code));
        try {
            var form = new StructureEditing.UnitForm(code, kind, nameFr, nameEn, parentCode, paragraphs, null, validTo,
                    version);
            versions.write(version, StructureApi.UNIT.row(code, day, day), () -> effectiveFrom != null
                    ? editing.reorganiseUnit(code, effectiveFrom, form) : editing.updateUnit(code, null, form));
        } catch (org.fieldsupport.platform.api.StaleVersionException e) {
            // concurrent edit: nothing saved; the form again with what the user typed, the saved values beside it
            UnitSummary saved = structure.unit(code, effectiveFrom).orElse(current);
            model.addAttribute("stale", org.fieldsupport.platform.web.StaleEdit.of(e)
                    .field(messages.getMessage("org.units.kind", null, locale),
                            messages.getMessage("org.kind." + saved.kind().name(), null, locale),
                            messages.getMessage("org.kind." + kind.name(), null, locale))
                    .field(messages.getMessage("org.name.fr", null, locale), saved.nameFr(), nameFr)
                    .field(messages.getMessage("org.name.en", null, locale), saved.nameEn(), nameEn)
                    .field(messages.getMessage("org.parent", null, locale), saved.parentCode(), parentCode)
                    .field(messages.getMessage("org.paragraphs", null, locale), saved.paragraphs(), paragraphs)
                    .field(messages.getMessage("org.valid.to", null, locale), saved.validTo(), validTo));
            model.addAttribute("unit", new UnitSummary(code, kind, nameFr, nameEn,
                    parentCode == null || parentCode.isBlank() ? null : parentCode, paragraphs, saved.validFrom(), validTo));
            model.addAttribute("version", e.currentVersion());
            model.addAttribute("kinds", UnitKind.values());
            model.addAttribute("units", structure.units(null));
            return "organization/unit-edit";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            return editUnit(code, model);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            model.addAttribute("error", messages.getMessage("org.edit.conflict", null, locale));
            return editUnit(code, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/organization/units/" + code;
    }

    @PostMapping("/units/{code}/positions")
    String addPosition(@PathVariable String code, @RequestParam String positionCode, @RequestParam String titleFr,
                       @RequestParam String titleEn, @RequestParam(required = false) String gradeCode,
                       @RequestParam(required = false) String reportsTo, Locale locale, RedirectAttributes redirect) {
        access.require(OrganizationAccess.STRUCTURE_EDIT, Scope.unit(code));
        try {
            editing.createPosition(new StructureEditing.PositionForm(positionCode, code, null, titleFr, titleEn,
                    gradeCode, false, reportsTo, null, null, null));
            redirect.addFlashAttribute("saved", true);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return "redirect:/organization/units/" + code;
    }

    /**
     * Assigns who holds a position of this unit from a date: the person is found by index number or user name;
     * a person not yet recorded is recorded first when a full name is given.
     */
    @PostMapping("/units/{code}/incumbents")
    String assignIncumbent(@PathVariable String code, @RequestParam String positionCode, @RequestParam String person,
                           @RequestParam(required = false) String fullName,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           Locale locale, RedirectAttributes redirect) {
        access.require(OrganizationAccess.STRUCTURE_EDIT, Scope.unit(code));
        try {
            var position = structure.position(positionCode, day(from))
                    .filter(p -> code.equals(p.unitCode()))
                    .orElseThrow(() -> new BusinessRuleException("org.position.unknown", positionCode));
            var holder = structure.person(person.strip()).orElseGet(() -> {
                if (fullName == null || fullName.isBlank()) {
                    throw new BusinessRuleException("org.person.unknown", person.strip());
                }
                return editing.createPerson(new StructureEditing.PersonForm(person.strip(), fullName.strip(), null, null));
            });
            editing.assignIncumbent(position.code(), holder.id(), day(from));
            redirect.addFlashAttribute("saved", true);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return "redirect:/organization/units/" + code;
    }

    @GetMapping("/chart")
    String chart(@RequestParam(required = false) String root,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 Model model, Locale locale) {
        LocalDate d = day(asOf);
        String rootCode = root == null || root.isBlank() ? "DFS" : root;
        String svg = chart.draw(rootCode, d, locale);
        if (svg == null) throw new NotFoundException("unit", rootCode);
        model.addAttribute("svg", svg);
        model.addAttribute("root", rootCode);
        model.addAttribute("asOf", d);
        // the units worth a chart of their own (those with units under them), and the one drawn: issue 12.10, page weight
        var units = structure.units(d);
        java.util.Set<String> parents = units.stream().map(u -> u.parentCode()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        model.addAttribute("units", units.stream().filter(u -> parents.contains(u.code()) || u.code().equals(rootCode))
                .toList());
        return "organization/chart";
    }

    @GetMapping(value = "/chart.svg")
    ResponseEntity<byte[]> chartSvg(@RequestParam(required = false) String root,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    Locale locale) {
        String rootCode = root == null || root.isBlank() ? "DFS" : root;
        String svg = chart.drawStandalone(rootCode, day(asOf), locale);
        if (svg == null) throw new NotFoundException("unit", rootCode);
        return ResponseEntity.ok().header("Content-Type", "image/svg+xml;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organization-chart-" + rootCode + "-"
                        + locale.getLanguage() + ".svg\"")
                .body(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/shared")
    String shared(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate d = day(asOf);
        model.addAttribute("shared", views.sharedUnits(d));
        model.addAttribute("relations", relations.relations(d));
        model.addAttribute("names", views.names(d));
        List<RelationQueries.Team> teams = relations.teams(d);
        model.addAttribute("teams", teams);
        java.util.Map<String, List<RelationQueries.TeamMember>> members = new java.util.LinkedHashMap<>();
        teams.forEach(t -> members.put(t.code(), relations.members(t.code(), d)));
        model.addAttribute("members", members);
        model.addAttribute("asOf", d);
        return "organization/shared";
    }

    @GetMapping("/transfer")
    String transferPage(Model model) {
        access.require(OrganizationAccess.STRUCTURE_IMPORT, Scope.department());
        model.addAttribute("today", LocalDate.now());
        return "organization/transfer";
    }

    @GetMapping("/transfer/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return TransferApi.download(transfer, format, asOf);
    }

    @PostMapping("/transfer/import")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
                      Model model, Locale locale, HttpServletResponse response) throws IOException {
        access.require(OrganizationAccess.STRUCTURE_IMPORT, Scope.department());
        model.addAttribute("today", LocalDate.now());
        try {
            StructureTransfer.ParsedFile parsed = transfer.parse(file.getOriginalFilename(), file.getBytes());
            if (dryRun) {
                transfer.refuseIfProblems(transfer.check(parsed));
                model.addAttribute("checked", parsed.rows().size());
            } else {
                model.addAttribute("result", transfer.importFile(parsed));
            }
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("problems", e.errors().stream()
                    .map(fe -> new String[] {fe.field(), messages.getMessage(fe.messageKey(), fe.args(), fe.messageKey(), locale)})
                    .toList());
        }
        return "organization/transfer";
    }
}
