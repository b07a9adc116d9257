package org.fieldsupport.organization.delegation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.UnitSummary;
import org.fieldsupport.organization.delegation.domain.Decision;
import org.fieldsupport.organization.delegation.domain.Delegation;
import org.fieldsupport.organization.delegation.domain.Refusal;
import org.fieldsupport.organization.delegation.internal.AuthorityTypes;
import org.fieldsupport.organization.delegation.internal.DelegationAccess;
import org.fieldsupport.organization.delegation.internal.DelegationQueries;
import org.fieldsupport.organization.delegation.internal.DelegationRegister;
import org.fieldsupport.organization.delegation.internal.DelegationSummary;
import org.fieldsupport.organization.delegation.internal.NewDelegation;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the delegation-of-authority register. */
@Controller
@RequestMapping("/organization/delegations")
class DelegationPageController {

    static final int EXPIRY_WINDOW_DAYS = 30;
    static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "REVOKED");

    private final DelegationRegister register;
    private final DelegationQueries queries;
    private final DelegationAccess access;
    private final AuthorityTypes authorityTypes;
    private final Missions missions;
    private final OrganizationStructure structure;
    private final ObjectProvider<ReferenceData> referenceData;
    private final MessageSource messages;

    DelegationPageController(DelegationRegister register, DelegationQueries queries, DelegationAccess access,
                             AuthorityTypes authorityTypes, Missions missions, OrganizationStructure structure,
                             ObjectProvider<ReferenceData> referenceData, MessageSource messages) {
        this.register = register;
        this.queries = queries;
        this.access = access;
        this.authorityTypes = authorityTypes;
        this.missions = missions;
        this.structure = structure;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ register list

    @GetMapping
    String list(@RequestParam(required = false) String authority, @RequestParam(required = false) String mission,
                @RequestParam(required = false) String status, @RequestParam(required = false) String holder,
                @RequestParam(defaultValue = "0") int page, Model model) {
        access.requireRead();
        int p = Math.max(page, 0);
        var filter = new DelegationQueries.Filter(authority, mission, status, holder);
        model.addAttribute("filter", filter);
        model.addAttribute("result", queries.search(filter, new PageQuery(p, 20, null, null, true)));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("mayManage", access.mayManage());
        pickLists(model);
        return "organization/delegations/list";
    }

    // ------------------------------------------------------------------ detail and actions

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        access.requireRead();
        DelegationSummary d = queries.summary(id);
        if (d == null) {
            throw new NotFoundException("Delegation", id);
        }
        List<DelegationSummary> chain = register.chain(id).stream().map(c -> queries.summary(c.id())).toList();
        Delegation domain = register.get(id);
        model.addAttribute("d", d);
        model.addAttribute("chain", chain);
        model.addAttribute("subDelegations", queries.subDelegationsOf(id));
        model.addAttribute("uses", queries.usesOf(id, 50));
        model.addAttribute("mayManage", access.mayManage());
        model.addAttribute("mayAcknowledge", !domain.isAcknowledged() && "ACTIVE".equals(d.status())
                && (access.mayManage() || register.isDelegateeOfCurrentUser(domain)));
        model.addAttribute("maySubDelegate", d.maySubDelegate() && "ACTIVE".equals(d.status()) && d.acknowledged()
                && (access.mayManage() || register.isDelegateeOfCurrentUser(domain)));
        return "organization/delegations/detail";
    }

    @PostMapping("/{id:\\d+}/acknowledge")
    String acknowledge(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        if (!register.isDelegateeOfCurrentUser(register.get(id))) {
            access.requireManage();
        }
        return act(id, () -> register.acknowledge(id), "org.delegation.done.acknowledged", redirect, locale);
    }

    @PostMapping("/{id:\\d+}/suspend")
    String suspend(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
                   Locale locale) {
        access.requireManage();
        return act(id, () -> register.suspend(id, reason), "org.delegation.done.suspended", redirect, locale);
    }

    @PostMapping("/{id:\\d+}/reinstate")
    String reinstate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        access.requireManage();
        return act(id, () -> register.reinstate(id), "org.delegation.done.reinstated", redirect, locale);
    }

    @PostMapping("/{id:\\d+}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
                  Locale locale) {
        access.requireManage();
        return act(id, () -> register.revoke(id, reason), "org.delegation.done.revoked", redirect, locale);
    }

    private String act(long id, Runnable action, String doneKey, RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(doneKey, new Object[] {id}, locale));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", message(e, locale));
        }
        return "redirect:/organization/delegations/" + id;
    }

    // ------------------------------------------------------------------ create / sub-delegate

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parentId, Model model) {
        DelegationForm form = new DelegationForm();
        form.setValidFrom(register.today());
        if (parentId != null) {
            Delegation parent = register.get(parentId);
            requireMaySubDelegate(parent);
            form.setParentId(parentId);
            form.setAuthority(parent.authority());
            form.setLimitAmount(parent.limits().amount());
            form.setLimitCurrency(parent.limits().currency());
            form.setGradeLimit(parent.limits().grade());
            form.setAllMissions(parent.missionScope().allMissions());
            form.setMissions(new ArrayList<>(parent.missionScope().sortedMissions()));
            form.setValidFrom(parent.validity().from().isAfter(register.today()) ? parent.validity().from()
                    : register.today());
            form.setValidTo(parent.validity().to());
            form.setDelegateeKind("PERSON");
        } else {
            access.requireManage();
            form.setDelegator("DFS-HEAD");
        }
        return showForm(form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") DelegationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Locale locale) {
        if (form.getParentId() != null) {
            requireMaySubDelegate(register.get(form.getParentId()));
        } else {
            access.requireManage();
        }
        if (form.getLimitAmount() != null && (form.getLimitCurrency() == null || form.getLimitCurrency().isBlank())) {
            errors.rejectValue("limitCurrency", "org.delegation.form.currencyRequired");
        }
        if (!form.isAllMissions() && form.getMissions().stream().allMatch(m -> m == null || m.isBlank())) {
            errors.rejectValue("missions", "org.delegation.form.missionsRequired");
        }
        if (errors.hasErrors()) {
            return showForm(form, model);
        }
        try {
            Delegation created = register.create(new NewDelegation(form.getAuthority(),
                    form.getParentId() == null ? form.getDelegatorKind() : null,
                    form.getParentId() == null ? form.getDelegator() : null, form.getDelegateeKind(),
                    form.getDelegatee(), form.getLimitAmount(),
                    form.getLimitAmount() == null ? null : form.getLimitCurrency(), form.getGradeLimit(),
                    form.isAllMissions(), Set.copyOf(form.getMissions().stream().filter(m -> m != null && !m.isBlank())
                            .toList()),
                    form.getValidFrom(), form.getValidTo(), form.isMaySubDelegate(), form.getParentId()));
            redirect.addFlashAttribute("notice", messages.getMessage("org.delegation.done.created",
                    new Object[] {created.id()}, locale));
            return "redirect:/organization/delegations/" + created.id();
        } catch (BusinessRuleException e) {
            String field = fieldOf(e, form);
            if (field != null) {
                errors.rejectValue(field, e.messageKey(), e.args(), message(e, locale));
            } else {
                errors.reject(e.messageKey(), e.args(), message(e, locale));
            }
            return showForm(form, model);
        }
    }

    private void requireMaySubDelegate(Delegation parent) {
        if (!register.isDelegateeOfCurrentUser(parent)) {
            access.requireManage();
        }
    }

    /** Which form field a refusal is about (null = the form as a whole). */
    private static String fieldOf(BusinessRuleException e, DelegationForm form) {
        String reason = e.messageKey().substring(e.messageKey().lastIndexOf('.') + 1);
        Object[] args = e.args();
        return switch (reason) {
            case "wider_limit_than_parent", "no_limit" -> "limitAmount";
            case "currency_differs_from_parent", "unknown_currency" -> "limitCurrency";
            case "wider_grade_than_parent", "unknown_grade" -> "gradeLimit";
            case "wider_mission_scope_than_parent", "unknown_mission" -> "missions";
            case "wider_validity_than_parent" -> "validTo";
            case "unknown_authority", "authority_differs_from_parent" -> "authority";
            case "self_delegation" -> "delegatee";
            case "root_delegator_not_position", "delegator_not_parent_delegatee" -> "delegator";
            case "unknown_position", "unknown_person" -> args.length > 0 && form.getDelegator() != null
                    && String.valueOf(args[0]).equalsIgnoreCase(form.getDelegator()) && form.getParentId() == null
                    ? "delegator" : "delegatee";
            case "invalid_delegation" -> args.length > 0 && List.of("authority", "delegator", "delegatee",
                    "limitAmount", "limitCurrency", "missions", "validFrom", "validTo").contains(String.valueOf(args[0]))
                    ? String.valueOf(args[0]) : null;
            default -> null;
        };
    }

    private String showForm(DelegationForm form, Model model) {
        model.addAttribute("form", form);
        if (form.getParentId() != null) {
            model.addAttribute("parent", queries.summary(form.getParentId()));
        }
        pickLists(model);
        model.addAttribute("positions", positions());
        model.addAttribute("currencies", currencies());
        return "organization/delegations/form";
    }

    // ------------------------------------------------------------------ "may X do Y?"

    @GetMapping("/check")
    String checkForm(Model model) {
        access.requireRead();
        CheckForm form = new CheckForm();
        form.setDate(register.today());
        form.setAuthority("CLAIM_CERTIFICATION");
        return showCheck(form, model);
    }

    @PostMapping("/check")
    String check(@Valid @ModelAttribute("form") CheckForm form, BindingResult errors, Model model, Locale locale) {
        access.requireRead();
        if (form.getAmount() != null && (form.getCurrency() == null || form.getCurrency().isBlank())) {
            errors.rejectValue("currency", "org.delegation.form.currencyRequired");
        }
        if (!errors.hasErrors()) {
            var evaluation = register.evaluate(new AuthorityCheck(form.getPerson(), form.getAuthority(),
                    form.getMission(), form.getAmount(), form.getAmount() == null ? null : form.getCurrency(),
                    form.getGrade(), form.getDate()));
            Decision<List<Delegation>> decision = evaluation.decision();
            model.addAttribute("checked", true);
            model.addAttribute("allowed", decision.isAllowed());
            model.addAttribute("parties", evaluation.parties());
            if (decision instanceof Decision.Allowed<List<Delegation>> allowed) {
                model.addAttribute("chain", allowed.value().stream().map(d -> queries.summary(d.id())).toList());
            } else {
                Refusal refusal = decision.refusalOrNull();
                model.addAttribute("reason", refusal.reason().name());
                model.addAttribute("reasonMessage", register.message(refusal, locale));
            }
        }
        return showCheck(form, model);
    }

    private String showCheck(CheckForm form, Model model) {
        model.addAttribute("form", form);
        pickLists(model);
        model.addAttribute("currencies", currencies());
        return "organization/delegations/check";
    }

    // ------------------------------------------------------------------ alerts and reports

    @GetMapping("/expiring")
    String expiring(Model model) {
        access.requireRead();
        LocalDate today = register.today();
        model.addAttribute("today", today);
        model.addAttribute("days", EXPIRY_WINDOW_DAYS);
        model.addAttribute("rows", queries.expiring(today, EXPIRY_WINDOW_DAYS));
        return "organization/delegations/expiring";
    }

    /** Dashboard card body (htmx fragment). */
    @GetMapping("/card")
    String card(Model model) {
        access.requireRead();
        LocalDate today = register.today();
        List<DelegationSummary> rows = queries.expiring(today, EXPIRY_WINDOW_DAYS);
        model.addAttribute("count", rows.size());
        model.addAttribute("rows", rows.stream().limit(5).toList());
        model.addAttribute("days", EXPIRY_WINDOW_DAYS);
        return "organization/delegations/card :: card";
    }

    @GetMapping("/by-mission")
    String byMission(@RequestParam(required = false) String mission, @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate date,
                     Model model) {
        access.requireRead();
        LocalDate on = date == null ? register.today() : date;
        model.addAttribute("mission", mission);
        model.addAttribute("date", on);
        if (mission != null && !mission.isBlank()) {
            model.addAttribute("rows", queries.heldForMission(mission, on));
        }
        pickLists(model);
        return "organization/delegations/by-mission";
    }

    @GetMapping(value = "/by-mission.csv")
    void byMissionCsv(@RequestParam String mission, @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate date,
                      HttpServletResponse response, Locale locale) throws IOException {
        access.requireRead();
        LocalDate on = date == null ? register.today() : date;
        String code = mission.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_-]", "");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"delegations-" + code + "-" + on + ".csv\"");
        DelegationLabels labels = new DelegationLabels(structure, messages);
        try (Writer out = response.getWriter();
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
                     "mission", "date", "delegation_id", "parent_id", "authority", "authority_name", "holder_kind",
                     "holder", "holder_name", "incumbent", "delegator", "limit_amount", "limit_currency", "grade_limit",
                     "mission_scope", "valid_from", "valid_to", "acknowledged_on", "may_sub_delegate").get())) {
            out.write('\uFEFF');
            for (DelegationSummary d : queries.heldForMission(code, on)) {
                csv.printRecord(java.util.stream.Stream.of(code, on, d.id(), d.parentId(), d.authority(),
                                labels.authority(d.authority(), locale), d.delegateeKind(), d.delegatee(),
                                labels.party(d.delegateeKind(), d.delegatee(), locale),
                                labels.incumbent(d.delegateeKind(), d.delegatee()), d.delegator(), d.limitAmount(),
                                d.limitCurrency(), d.gradeLimit(), d.missionScope(), d.validFrom(), d.validTo(),
                                d.acknowledgedOn(), d.maySubDelegate())
                        .map(v -> v instanceof String text ? org.fieldsupport.platform.api.SpreadsheetCells.safe(text) : v)
                        .toList());
            }
        }
        response.flushBuffer();
    }

    // ------------------------------------------------------------------ helpers

    private void pickLists(Model model) {
        model.addAttribute("authorityTypes", authorityTypes.all());
        List<MissionSummary> all = new ArrayList<>(missions.all());
        all.sort(Comparator.comparing(MissionSummary::code));
        model.addAttribute("missionList", all);
        model.addAttribute("grades", register.gradeCodes());
    }

    private List<PositionSummary> positions() {
        LocalDate today = register.today();
        List<PositionSummary> found = new ArrayList<>();
        for (UnitSummary unit : structure.units(today)) {
            found.addAll(structure.positionsOf(unit.code(), today));
        }
        found.sort(Comparator.comparing(PositionSummary::code));
        return found;
    }

    private List<String> currencies() {
        Set<String> codes = new LinkedHashSet<>(List.of("USD", "EUR", "CHF"));
        ReferenceData data = referenceData.getIfAvailable();
        if (data != null) {
            data.currencies().stream().map(ReferenceData.CurrencyInfo::code).sorted().forEach(codes::add);
        }
        return List.copyOf(codes);
    }

    private String message(BusinessRuleException e, Locale locale) {
        try {
            return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        } catch (IllegalArgumentException unformattable) {
            return e.messageKey();
        }
    }

}
