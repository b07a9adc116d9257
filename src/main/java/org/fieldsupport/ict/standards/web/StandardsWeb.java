package org.fieldsupport.ict.standards.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.operations.IctInfraPermissions;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.ict.standards.domain.Compliance;
import org.fieldsupport.ict.standards.internal.Standards;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Screens: technology standards, the compliance of the catalogue's services, exceptions requested by missions. */
@Controller
class StandardsWeb {

    private final Standards standards;
    private final IctAccess access;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    StandardsWeb(Standards standards, IctAccess access, JsonMapper json, MessageSource messages, Formats formats) {
        this.standards = standards;
        this.access = access;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/ict/standards")
    String list(Model model) {
        return listScreen().show(model, Map.of(), null);
    }

    private RegisterScreen listScreen() {
        List<RegisterScreen.Row> rows = standards.standards().stream().map(s -> RegisterScreen.row(null, s.sunset(), List.of(), s.code(), s.name(),
                "#ictinfra.category." + s.category(), s.versionLabel(), formats.date(s.approvedOn()),
                s.sunsetOn() == null ? "—" : formats.date(s.sunsetOn()))).toList();
        RegisterScreen screen = RegisterScreen.of("ictinfra.standards.title", "ictinfra.standards.intro", List.of("ictinfra.field.code",
                        "ictinfra.field.name", "ictinfra.field.category", "ictinfra.field.versionLabel", "ictinfra.field.approvedOn",
                        "ictinfra.field.sunsetOn"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/standards/compliance", "ictinfra.nav.compliance"),
                        new RegisterScreen.Link("/ict/standards/exceptions", "ictinfra.nav.exceptions")));
        if (access.may(IctInfraPermissions.STANDARDS_MANAGE, null)) {
            screen = screen.form("ictinfra.standards.new", "/ict/standards", List.of(
                    RegisterScreen.field("code", "ictinfra.field.code", "text", true),
                    RegisterScreen.field("name", "ictinfra.field.name", "text", true),
                    RegisterScreen.choice("category", "ictinfra.field.category", "ictinfra.category.", true,
                            Standards.CATEGORIES.stream().sorted().toArray(String[]::new)),
                    RegisterScreen.field("versionLabel", "ictinfra.field.versionLabel", "text", true),
                    RegisterScreen.field("approvedOn", "ictinfra.field.approvedOn", "date", true),
                    RegisterScreen.field("sunsetOn", "ictinfra.field.sunsetOn", "date", false)));
        }
        return screen;
    }

    @PostMapping("/ict/standards")
    String add(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            standards.addStandard(RegisterScreen.bind(json, f, Standards.NewStandard.class));
            return "redirect:/ict/standards";
        }, (f, e) -> listScreen().show(model, f, e));
    }

    @GetMapping("/ict/standards/compliance")
    String compliance(Model model) {
        return complianceScreen().show(model, Map.of(), null);
    }

    private RegisterScreen complianceScreen() {
        List<RegisterScreen.Row> rows = standards.compliance(null, null).stream().map(c -> RegisterScreen.row(null,
                c.status() == Compliance.Status.SUNSET || c.status() == Compliance.Status.NOT_APPROVED, List.of(),
                c.serviceCode(), c.serviceName(), c.standardCode(), c.versionLabel(), "#ictinfra.compliance." + c.status())).toList();
        RegisterScreen screen = RegisterScreen.of("ictinfra.compliance.title", "ictinfra.compliance.intro", List.of("ictinfra.field.serviceCode",
                        "ictinfra.field.name", "ictinfra.field.standardCode", "ictinfra.field.versionLabel", "ictinfra.field.status"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/standards", "ictinfra.nav.standards")));
        if (access.may(IctInfraPermissions.STANDARDS_MANAGE, null)) {
            screen = screen.form("ictinfra.compliance.new", "/ict/standards/compliance", List.of(
                    RegisterScreen.field("serviceCode", "ictinfra.field.serviceCode", "text", true),
                    RegisterScreen.field("standardCode", "ictinfra.field.standardCode", "text", true),
                    RegisterScreen.field("versionLabel", "ictinfra.field.versionLabel", "text", true)));
        }
        return screen;
    }

    @PostMapping("/ict/standards/compliance")
    String use(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            standards.recordUse(RegisterScreen.bind(json, f, Standards.NewUse.class));
            return "redirect:/ict/standards/compliance";
        }, (f, e) -> complianceScreen().show(model, f, e));
    }

    @GetMapping("/ict/standards/exceptions")
    String exceptions(Model model) {
        return exceptionsScreen().show(model, Map.of(), null);
    }

    private RegisterScreen exceptionsScreen() {
        List<RegisterScreen.Row> rows = standards.exceptions().stream().map(e -> RegisterScreen.row("/ict/standards/exceptions/" + e.id(),
                e.status() == Standards.Status.SUBMITTED, List.of(), e.reference(), e.missionCode(), e.standardCode(),
                e.serviceCode() == null ? "—" : e.serviceCode(), formats.date(e.validUntil()), "#ictinfra.exceptionStatus." + e.status()))
                .toList();
        return RegisterScreen.of("ictinfra.exceptions.title", "ictinfra.exceptions.intro", List.of("ictinfra.field.reference",
                        "ictinfra.field.missionCode", "ictinfra.field.standardCode", "ictinfra.field.serviceCode",
                        "ictinfra.field.validUntil", "ictinfra.field.status"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/standards", "ictinfra.nav.standards")))
                .form("ictinfra.exceptions.new", "/ict/standards/exceptions", List.of(
                        RegisterScreen.field("missionCode", "ictinfra.field.missionCode", "text", true),
                        RegisterScreen.field("standardCode", "ictinfra.field.standardCode", "text", true),
                        RegisterScreen.field("serviceCode", "ictinfra.field.serviceCode", "text", false),
                        RegisterScreen.field("justification", "ictinfra.field.justification", "textarea", true),
                        RegisterScreen.field("validUntil", "ictinfra.field.validUntil", "date", true)));
    }

    @PostMapping("/ict/standards/exceptions")
    String request(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> "redirect:/ict/standards/exceptions/"
                + standards.request(RegisterScreen.bind(json, f, Standards.NewException.class)).id(), (f, e) -> exceptionsScreen().show(model, f, e));
    }

    @GetMapping("/ict/standards/exceptions/{id}")
    String exception(@PathVariable long id, Model model, Locale locale) {
        Standards.ExceptionRequest e = standards.exception(id);
        model.addAttribute("done", messages.getMessage("ictinfra.exception.summary", new Object[] {e.reference(), e.missionCode(),
                e.standardCode(), e.serviceCode() == null ? "—" : e.serviceCode(), e.justification(), formats.date(e.validUntil()),
                messages.getMessage("ictinfra.exceptionStatus." + e.status(), null, locale), e.requestedBy()}, locale));
        List<RegisterScreen.Row> rows = new ArrayList<>();
        List<RegisterScreen.Action> actions = new ArrayList<>();
        for (AvailableAction a : standards.actions(e)) {
            // shown disabled, with the reason, when only the delegation of authority is missing
            actions.add(new RegisterScreen.Action("/ict/standards/exceptions/" + id + "/" + a.action() + "?version=" + e.version(),
                    a.labelKey(), "note", "ictinfra.field.note", null, a.allowed(), a.refusal()));
        }
        rows.add(RegisterScreen.row(null, false, actions, "#ictinfra.exceptionStatus." + e.status(), e.decisionNote() == null ? "—" : e.decisionNote(), ""));
        for (Workflows.TransitionRecord t : standards.history(id)) {
            rows.add(RegisterScreen.row(null, false, List.of(), "#ictinfra.exceptionStatus." + t.to(), t.actor() + " · "
                    + formats.dateTime(t.at().atOffset(java.time.ZoneOffset.UTC)), t.note() == null ? "" : t.note()));
        }
        return RegisterScreen.of("ictinfra.exception.title", null, List.of("ictinfra.field.status", "ictinfra.field.detail", "ictinfra.field.note"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/standards/exceptions", "ictinfra.nav.exceptions"))).show(model, Map.of(), null);
    }

    @PostMapping("/ict/standards/exceptions/{id}/{action}")
    String decide(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
                  @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        try {
            standards.decide(id, new Standards.Decision(action, note, version));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/standards/exceptions/" + id;
    }

    /** Standards, compliance and exceptions over REST. */
    @RestController
    static class StandardsApi {

        private final Standards standards;

        StandardsApi(Standards standards) {
            this.standards = standards;
        }

        @GetMapping(path = "/api/v1/ict/standards", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Standards.Standard> standards() {
            return standards.standards();
        }

        @PostMapping(path = "/api/v1/ict/standards", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Standards.Standard> add(@RequestBody Standards.NewStandard in) {
            return ResponseEntity.status(201).body(standards.addStandard(in));
        }

        @GetMapping(path = "/api/v1/ict/standards/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Standards.ServiceCompliance> compliance(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                     @RequestParam(required = false) String mission) {
            return standards.compliance(asOf, mission);
        }

        @PostMapping(path = "/api/v1/ict/standards/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Standards.ServiceCompliance> use(@RequestBody Standards.NewUse in) {
            return standards.recordUse(in);
        }

        @GetMapping(path = "/api/v1/ict/standards/exceptions", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Standards.ExceptionRequest> exceptions() {
            return standards.exceptions();
        }

        @PostMapping(path = "/api/v1/ict/standards/exceptions", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Standards.ExceptionRequest> request(@RequestBody Standards.NewException in) {
            Standards.ExceptionRequest e = standards.request(in);
            return ResponseEntity.created(URI.create("/api/v1/ict/standards/exceptions/" + e.id())).body(e);
        }

        @GetMapping(path = "/api/v1/ict/standards/exceptions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Standards.ExceptionRequest exception(@PathVariable long id) {
            return standards.exception(id);
        }

        @PostMapping(path = "/api/v1/ict/standards/exceptions/{id}/decision", produces = MediaType.APPLICATION_JSON_VALUE)
        Standards.ExceptionRequest decide(@PathVariable long id, @RequestBody Standards.Decision in) {
            return standards.decide(id, in);
        }
    }
}
