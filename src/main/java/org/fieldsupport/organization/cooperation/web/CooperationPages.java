package org.fieldsupport.organization.cooperation.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.fieldsupport.organization.MissionType;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.cooperation.domain.AgreementReview;
import org.fieldsupport.organization.cooperation.domain.RelationKind;
import org.fieldsupport.organization.cooperation.internal.AgreementRegister;
import org.fieldsupport.organization.cooperation.internal.RelationRegister;
import org.fieldsupport.organization.common.web.FormChanges;
import org.fieldsupport.organization.cooperation.internal.TeamRegister;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.organization.structure.internal.RelationQueries;
import org.fieldsupport.organization.structure.internal.StructureViews;
import org.fieldsupport.platform.security.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the integrated teams, the relations with other departments and the agreement register. */
@Controller
@RequestMapping("/organization")
class CooperationPages {

    private final TeamRegister teams;
    private final RelationRegister relations;
    private final AgreementRegister agreements;
    private final RelationQueries legacy;
    private final StructureViews views;
    private final Missions missions;
    private final OrganizationAccess access;
    private final FormChanges forms;

    CooperationPages(TeamRegister teams, RelationRegister relations, AgreementRegister agreements, RelationQueries legacy,
                     StructureViews views, Missions missions, OrganizationAccess access, FormChanges forms) {
        this.teams = teams;
        this.relations = relations;
        this.agreements = agreements;
        this.legacy = legacy;
        this.views = views;
        this.missions = missions;
        this.access = access;
        this.forms = forms;
    }

    private boolean mayEdit() {
        return access.may(OrganizationAccess.STRUCTURE_EDIT, Scope.department());
    }

    private void requireEdit() {
        access.require(OrganizationAccess.STRUCTURE_EDIT, Scope.department());
    }

    // ---------------------------------------------------------------- teams

    @GetMapping("/teams")
    String teams(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        List<TeamRegister.Team> list = teams.teams(d);
        Map<String, Integer> specialists = new LinkedHashMap<>();
        Map<String, List<TeamRegister.TeamMission>> covered = new LinkedHashMap<>();
        list.forEach(t -> {
            specialists.put(t.code(), teams.specialists(t.code(), d).size());
            covered.put(t.code(), teams.missions(t.code(), d));
        });
        model.addAttribute("teams", list);
        model.addAttribute("specialists", specialists);
        model.addAttribute("covered", covered);
        model.addAttribute("asOf", d);
        model.addAttribute("kinds", TeamRegister.KINDS);
        model.addAttribute("names", views.names(d));
        model.addAttribute("mayEdit", mayEdit());
        return "organization/teams";
    }

    @PostMapping("/teams")
    String createTeam(@RequestParam(required = false) String code, @RequestParam(required = false) String kind,
                      @RequestParam(required = false) String nameFr, @RequestParam(required = false) String nameEn,
                      @RequestParam(required = false) String leadCode, @RequestParam(required = false) String missionCode,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                      Locale locale, RedirectAttributes redirect) {
        requireEdit();
        return attempt(() -> {
            TeamRegister.Team t = teams.create(new TeamRegister.TeamForm(code, kind, nameFr, nameEn, leadCode, missionCode,
                    null, validFrom == null ? LocalDate.now() : validFrom, validTo, null));
            return "redirect:/organization/teams/" + t.code();
        }, "redirect:/organization/teams", locale, redirect);
    }

    @GetMapping("/teams/{code}")
    String team(@PathVariable String code, Model model) {
        TeamRegister.Team t = teams.get(code);
        LocalDate today = LocalDate.now();
        model.addAttribute("t", t);
        model.addAttribute("specialists", teams.specialists(t.code(), null));
        model.addAttribute("teamMissions", teams.missions(t.code(), null));
        model.addAttribute("members", legacy.members(t.code(), today).stream()
                .filter(m -> !"MISSION".equals(m.memberType())).toList());
        model.addAttribute("divisions", TeamRegister.SUPPORT_DIVISIONS);
        model.addAttribute("missions", missions.all().stream()
                .filter(m -> m.phase() != org.fieldsupport.organization.MissionPhase.CLOSED).toList());
        model.addAttribute("names", views.names(today));
        model.addAttribute("today", today);
        model.addAttribute("mayEdit", mayEdit());
        return "organization/team";
    }

    @PostMapping("/teams/{code}/edit")
    String editTeam(@PathVariable String code, @RequestParam(required = false) String nameFr,
                    @RequestParam(required = false) String nameEn, @RequestParam(required = false) String leadCode,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                    @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        requireEdit();
        String back = "redirect:/organization/teams/" + teams.get(code).code();
        return forms.attempt(version, CooperationApi.TEAM.row(code), () -> {
            TeamRegister.Team t = teams.get(code);
            return FormChanges.values("nameFr", t.nameFr(), "nameEn", t.nameEn(), "leadCode", t.leadCode(),
                    "validTo", t.validTo());
        }, () -> {
            teams.update(code, new TeamRegister.TeamForm(code, null, nameFr, nameEn, leadCode, null, null, null, validTo, version));
            return back;
        }, back, locale, redirect);
    }

    @PostMapping("/teams/{code}/specialists")
    String addSpecialist(@PathVariable String code, @RequestParam(required = false) String person,
                         @RequestParam(required = false) String unitCode, @RequestParam(required = false) Integer sharePercent,
                         @RequestParam(required = false) String role,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                         Locale locale, RedirectAttributes redirect) {
        requireEdit();
        String back = "redirect:/organization/teams/" + teams.get(code).code();
        return attempt(() -> {
            teams.addSpecialist(code, new TeamRegister.SpecialistForm(person, unitCode, sharePercent, role, validFrom, validTo));
            return back;
        }, back, locale, redirect);
    }

    @PostMapping("/teams/{code}/specialists/{id}/end")
    String endSpecialist(@PathVariable String code, @PathVariable long id,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                         Locale locale, RedirectAttributes redirect) {
        requireEdit();
        String back = "redirect:/organization/teams/" + teams.get(code).code();
        return attempt(() -> {
            teams.endSpecialist(code, id, validTo);
            return back;
        }, back, locale, redirect);
    }

    @PostMapping("/teams/{code}/missions")
    String assignMission(@PathVariable String code, @RequestParam(required = false) String missionCode,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                         Locale locale, RedirectAttributes redirect) {
        requireEdit();
        String back = "redirect:/organization/teams/" + teams.get(code).code();
        return attempt(() -> {
            teams.assignMission(code, new TeamRegister.MissionForm(missionCode, validFrom, validTo));
            return back;
        }, back, locale, redirect);
    }

    // ---------------------------------------------------------------- relations

    @GetMapping("/relations")
    String relations(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        model.addAttribute("relations", relations.inForce(d));
        model.addAttribute("asOf", d);
        model.addAttribute("kinds", RelationKind.values());
        model.addAttribute("types", MissionType.values());
        model.addAttribute("names", views.names(d));
        model.addAttribute("mayEdit", mayEdit());
        return "organization/relations";
    }

    @GetMapping("/relations/{id}/edit")
    String editRelation(@PathVariable long id, Model model) {
        requireEdit();
        RelationRegister.Relation r = relations.get(id);
        model.addAttribute("r", r);
        model.addAttribute("history", relations.history(r.fromCode(), r.relation(), r.toCode()));
        model.addAttribute("kinds", RelationKind.values());
        model.addAttribute("types", MissionType.values());
        model.addAttribute("names", views.names(LocalDate.now()));
        return "organization/relation-edit";
    }

    @PostMapping({"/relations", "/relations/{id}/edit"})
    String saveRelation(@PathVariable(required = false) Long id, @RequestParam(required = false) String fromCode,
                        @RequestParam(required = false) String relation, @RequestParam(required = false) String toCode,
                        @RequestParam(required = false) String scopeText,
                        @RequestParam(required = false) List<String> missionTypes,
                        @RequestParam(required = false) String availableTo, @RequestParam(defaultValue = "false") boolean dual,
                        @RequestParam(required = false) String paragraph,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                        @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        requireEdit();
        RelationRegister.RelationForm form = new RelationRegister.RelationForm(fromCode, relation, toCode, scopeText,
                missionTypes, availableTo, dual, paragraph, validFrom, validTo, version);
        String back = id == null ? "redirect:/organization/relations" : "redirect:/organization/relations/" + id + "/edit";
        if (id != null) {
            return forms.attempt(version, CooperationApi.RELATION.row(id), () -> {
                RelationRegister.Relation r = relations.get(id);
                return FormChanges.values("fromCode", r.fromCode(), "relation", r.relation(), "toCode", r.toCode(),
                        "missionTypes", r.missionTypes(), "scopeText", r.scopeText(), "availableTo", r.availableTo(),
                        "paragraph", r.paragraph(), "validTo", r.validTo());
            }, () -> {
                relations.change(id, form, effectiveFrom);
                return "redirect:/organization/relations";
            }, back, locale, redirect);
        }
        return attempt(() -> {
            relations.create(form);
            return "redirect:/organization/relations";
        }, back, locale, redirect);
    }

    // ---------------------------------------------------------------- agreements

    @GetMapping("/agreements")
    String agreements(@RequestParam(required = false) String partner, @RequestParam(required = false) String review,
                      Model model) {
        AgreementReview r = Arrays.stream(AgreementReview.values()).filter(v -> v.name().equals(review)).findFirst().orElse(null);
        model.addAttribute("agreements", agreements.list(partner, r));
        model.addAttribute("partner", partner);
        model.addAttribute("review", r);
        model.addAttribute("reviews", AgreementReview.values());
        model.addAttribute("types", MissionType.values());
        model.addAttribute("names", views.names(LocalDate.now()));
        model.addAttribute("entities", legacy.externalEntities().values());
        model.addAttribute("mayEdit", mayEdit());
        return "organization/agreements";
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable long id, Model model) {
        model.addAttribute("a", agreements.get(id));
        model.addAttribute("types", MissionType.values());
        model.addAttribute("names", views.names(LocalDate.now()));
        model.addAttribute("mayEdit", mayEdit());
        return "organization/agreement";
    }

    @PostMapping({"/agreements", "/agreements/{id}"})
    String saveAgreement(@PathVariable(required = false) Long id, @RequestParam(required = false) String reference,
                         @RequestParam(required = false) String titleEn, @RequestParam(required = false) String titleFr,
                         @RequestParam(required = false) String providerCode, @RequestParam(required = false) String partnerCode,
                         @RequestParam(required = false) String supportText,
                         @RequestParam(required = false) List<String> missionTypes,
                         @RequestParam(required = false) String paragraph,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn,
                         @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        requireEdit();
        AgreementRegister.AgreementForm form = new AgreementRegister.AgreementForm(reference, titleEn, titleFr,
                providerCode, partnerCode, supportText, missionTypes, paragraph, validFrom, validTo, reviewOn, version);
        String back = id == null ? "redirect:/organization/agreements" : "redirect:/organization/agreements/" + id;
        if (id != null) {
            return forms.attempt(version, CooperationApi.AGREEMENT.row(id), () -> {
                AgreementRegister.Agreement a = agreements.get(id);
                return FormChanges.values("titleEn", a.titleEn(), "titleFr", a.titleFr(), "providerCode",
                        a.providerCode(), "partnerCode", a.partnerCode(), "supportText", a.supportText(),
                        "missionTypes", a.missionTypes(), "paragraph", a.paragraph(), "validFrom", a.validFrom(),
                        "validTo", a.validTo(), "reviewOn", a.reviewOn());
            }, () -> "redirect:/organization/agreements/" + agreements.update(id, form).id(), back, locale, redirect);
        }
        return attempt(() -> {
            AgreementRegister.Agreement a = agreements.create(form);
            return "redirect:/organization/agreements/" + a.id();
        }, back, locale, redirect);
    }

    private String attempt(Supplier<String> change, String back, Locale locale, RedirectAttributes redirect) {
        return forms.attempt(change, back, locale, redirect);
    }
}
