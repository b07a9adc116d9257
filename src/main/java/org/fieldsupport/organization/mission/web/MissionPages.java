package org.fieldsupport.organization.mission.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.organization.MissionPanelContributor;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.MissionType;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.UnitKind;
import org.fieldsupport.organization.mission.internal.MissionService;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.organization.structure.internal.RelationQueries;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/organization")
class MissionPages {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MissionPages.class);

    private final Missions missions;
    private final MissionService service;
    private final OrganizationStructure structure;
    private final RelationQueries relations;
    private final OrganizationAccess access;
    private final MessageSource messages;
    private final ObjectProvider<ReferenceData> referenceData;
    private final ObjectProvider<MissionPanelContributor> panelContributors;

    private final org.fieldsupport.platform.web.VersionedForms forms;

    MissionPages(Missions missions, MissionService service, OrganizationStructure structure, RelationQueries relations,
                 OrganizationAccess access, MessageSource messages, ObjectProvider<ReferenceData> referenceData,
                 ObjectProvider<MissionPanelContributor> panelContributors,
                 org.fieldsupport.platform.web.VersionedForms forms) {
        this.forms = forms;
        this.panelContributors = panelContributors;
        this.missions = missions;
        this.service = service;
        this.structure = structure;
        this.relations = relations;
        this.access = access;
        this.messages = messages;
        this.referenceData = referenceData;
    }

    @GetMapping("/missions")
    String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("missions", all ? missions.all() : missions.all(LocalDate.now()));
        model.addAttribute("all", all);
        // the list offers only "new mission", which asks the permission department-wide (issue 12.4)
        model.addAttribute("mayEdit", access.may(OrganizationAccess.MISSIONS_EDIT, Scope.department()));
        return "organization/missions";
    }

    @GetMapping("/cards/missions")
    String card(Model model) {
        List<MissionSummary> current = missions.all(LocalDate.now());
        model.addAttribute("pko", current.stream().filter(m -> m.type() == MissionType.PEACEKEEPING_OPERATION).count());
        model.addAttribute("spm", current.stream().filter(m -> m.type() == MissionType.SPECIAL_POLITICAL_MISSION).count());
        model.addAttribute("liquidating", missions.all().stream().filter(m -> m.phase() == MissionPhase.LIQUIDATION).count());
        return "organization/missions-card :: card";
    }

    @GetMapping("/missions/{code}")
    String mission(@PathVariable String code, Model model, Locale locale) {
        MissionSummary m = missions.find(code).orElseThrow(() -> new NotFoundException("mission", code));
        LocalDate today = LocalDate.now();
        model.addAttribute("m", m);
        model.addAttribute("history", service.phaseHistory(m.code()));
        model.addAttribute("support", missions.supportPositions(m.code(), today));
        model.addAttribute("teams", relations.teamsOfMission(m.code(), m.operationalTeam(), today));
        model.addAttribute("entities", relations.externalEntities());
        model.addAttribute("hrSection", m.servingHrSection() == null ? null : structure.unit(m.servingHrSection(), today).orElse(null));
        ReferenceData ref = referenceData.getIfAvailable();
        model.addAttribute("countries", m.hostCountries().stream()
                .map(c -> ref == null ? c : ref.country(c).map(x -> x.name(locale) + " (" + c + ")").orElse(c)).toList());
        model.addAttribute("phases", Arrays.stream(MissionPhase.values()).filter(p -> p.ordinal() > m.phase().ordinal()).toList());
        model.addAttribute("mayEdit", access.may(OrganizationAccess.MISSIONS_EDIT, Scope.mission(m.code())));
        model.addAttribute("today", today);
        model.addAttribute("panels", panels(m.code()));
        return "organization/mission";
    }

    @PostMapping("/missions/{code}/phase")
    String changePhase(@PathVariable String code, @RequestParam MissionPhase phase,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                       @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        access.require(OrganizationAccess.MISSIONS_EDIT, Scope.mission(code));
        try {
            service.changePhase(code, phase, effectiveOn, note);
            redirect.addFlashAttribute("saved", true);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return "redirect:/organization/missions/" + code;
    }

    @GetMapping({"/missions/new", "/missions/{code}/edit"})
    String edit(@PathVariable(required = false) String code, Model model) {
        MissionSummary m = code == null ? null : missions.find(code).orElseThrow(() -> new NotFoundException("mission", code));
        access.require(OrganizationAccess.MISSIONS_EDIT, m == null ? Scope.department() : Scope.mission(m.code()));
        model.addAttribute("m", m);
        model.addAttribute("version", m == null ? null : service.load(m.code()).version());
        model.addAttribute("types", MissionType.values());
        model.addAttribute("phases", MissionPhase.values());
        model.addAttribute("hrSections", structure.units(null).stream()
                .filter(u -> u.kind() == UnitKind.SECTION && "DFS-FPOS".equals(u.parentCode())).toList());
        model.addAttribute("teams", relations.teams(LocalDate.now()).stream()
                .filter(t -> t.missionCode() == null).toList());
        return "organization/mission-edit";
    }

    @PostMapping({"/missions/new", "/missions/{code}/edit"})
    String save(@PathVariable(required = false) String code, @RequestParam(required = false) String newCode,
                @RequestParam String nameFr, @RequestParam String nameEn, @RequestParam MissionType type,
                @RequestParam String leadDepartment, @RequestParam(required = false) String hostCountries,
                @RequestParam(required = false) String hqLocation, @RequestParam(required = false) BigDecimal hqLatitude,
                @RequestParam(required = false) BigDecimal hqLongitude, @RequestParam(required = false) String resolutions,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mandateStart,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mandateEnd,
                @RequestParam(required = false) String servingHrSection, @RequestParam(required = false) String operationalTeam,
                @RequestParam(required = false) Long version, Model model, Locale locale, RedirectAttributes redirect) {
        access.require(OrganizationAccess.MISSIONS_EDIT, code == null ? Scope.department() : Scope.mission(code));
        MissionService.MissionForm form = new MissionService.MissionForm(code == null ? newCode : code, nameFr, nameEn,
                type, leadDepartment, split(hostCountries, ","), hqLocation, hqLatitude, hqLongitude,
                split(resolutions, ";"), mandateStart, mandateEnd, null, servingHrSection, operationalTeam, version);
        MissionSummary saved;
        try {
            saved = code == null ? service.create(form)
                    : forms.write(version, MissionApi.MISSION.row(code), () -> service.update(code, form));
        } catch (org.fieldsupport.platform.api.StaleVersionException e) {
            // concurrent edit: nothing saved; the form again with what the user typed, the saved values beside it
            MissionSummary now = missions.find(code).orElseThrow(() -> new NotFoundException("mission", code));
            MissionSummary typed = new MissionSummary(code, nameFr, nameEn, type, leadDepartment,
                    split(hostCountries, ","), hqLocation, hqLatitude, hqLongitude, split(resolutions, ";"), mandateStart,
                    mandateEnd, now.phase(), blankToNull(servingHrSection), blankToNull(operationalTeam));
            edit(code, model);
            model.addAttribute("stale", org.fieldsupport.platform.web.StaleEdit.of(e)
                    .field(label("org.name.fr", locale), now.nameFr(), typed.nameFr())
                    .field(label("org.name.en", locale), now.nameEn(), typed.nameEn())
                    .field(label("org.mission.type", locale), now.type(), typed.type())
                    .field(label("org.mission.lead", locale), now.leadDepartment(), typed.leadDepartment())
                    .field(label("org.mission.hosts.input", locale), String.join(",", now.hostCountries()),
                            String.join(",", typed.hostCountries()))
                    .field(label("org.mission.hq", locale), now.hqLocation(), typed.hqLocation())
                    .field(label("org.mission.lat", locale), now.hqLatitude(), typed.hqLatitude())
                    .field(label("org.mission.lon", locale), now.hqLongitude(), typed.hqLongitude())
                    .field(label("org.mission.resolutions.input", locale), String.join(";", now.resolutions()),
                            String.join(";", typed.resolutions()))
                    .field(label("org.mission.start", locale), now.mandateStart(), typed.mandateStart())
                    .field(label("org.mission.end", locale), now.mandateEnd(), typed.mandateEnd())
                    .field(label("org.mission.hr", locale), now.servingHrSection(), typed.servingHrSection())
                    .field(label("org.mission.iot", locale), now.operationalTeam(), typed.operationalTeam()));
            model.addAttribute("m", typed);
            model.addAttribute("version", e.currentVersion());
            return "organization/mission-edit";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            return edit(code, model);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            model.addAttribute("error", messages.getMessage("org.edit.conflict", null, locale));
            return edit(code, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/organization/missions/" + saved.code();
    }

    /** Other modules' panels for the mission, in order; a failing contributor is left out (logged). */
    private List<MissionPanelContributor.MissionPanel> panels(String code) {
        List<MissionPanelContributor.MissionPanel> panels = new java.util.ArrayList<>();
        panelContributors.orderedStream().forEach(contributor -> {
            try {
                panels.addAll(contributor.panels(code));
            } catch (RuntimeException e) {
                log.warn("Mission panel of {} left out for {}: {}", contributor.getClass().getSimpleName(), code,
                        e.toString());
            }
        });
        panels.sort(java.util.Comparator.comparingInt(MissionPanelContributor.MissionPanel::order)
                .thenComparing(MissionPanelContributor.MissionPanel::id));
        return panels;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
