package org.fieldsupport.ict.security.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.ict.operations.IctInfraPermissions;
import org.fieldsupport.ict.security.internal.Security;
import org.fieldsupport.ict.security.internal.SecurityDeadlines;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.platform.i18n.Formats;
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

/** Screens: security incidents and their steps, vulnerability findings, phishing exercises per mission. */
@Controller
class SecurityWeb {

    private final Security security;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;
    private final SecurityDeadlines deadlines;
    private final IctAccess access;

    SecurityWeb(Security security, JsonMapper json, MessageSource messages, Formats formats, SecurityDeadlines deadlines,
                IctAccess access) {
        this.security = security;
        this.deadlines = deadlines;
        this.access = access;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    private String at(java.time.Instant i) {
        return i == null ? "—" : formats.dateTime(i.atOffset(ZoneOffset.UTC));
    }

    @GetMapping("/ict/security")
    String incidents(Model model) {
        return incidentsScreen().show(model, Map.of(), null);
    }

    private RegisterScreen incidentsScreen() {
        List<RegisterScreen.Row> rows = security.incidents().stream().map(i -> RegisterScreen.row("/ict/security/incidents/" + i.id(),
                i.overdueSteps() > 0, List.of(), i.reference() + " " + i.title(), i.missionCode() == null ? "#ictinfra.hq" : i.missionCode(),
                "#ictinfra.severity." + i.severity(), "#ictinfra.classification." + i.classification(), at(i.detectedAt()),
                "#ictinfra.incidentStatus." + i.status(), formats.number(i.overdueSteps()))).toList();
        return RegisterScreen.of("ictinfra.security.title", "ictinfra.security.intro", List.of("ictinfra.field.title", "ictinfra.field.missionCode",
                        "ictinfra.field.severity", "ictinfra.field.classification", "ictinfra.field.detectedAt", "ictinfra.field.status",
                        "ictinfra.field.overdueSteps"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/security/vulnerabilities", "ictinfra.nav.vulnerabilities"),
                        new RegisterScreen.Link("/ict/security/phishing", "ictinfra.nav.phishing"),
                        new RegisterScreen.Link("/ict/security/deadlines", "ictinfra.nav.deadlines")))
                .form("ictinfra.security.new", "/ict/security", List.of(
                        RegisterScreen.field("title", "ictinfra.field.title", "text", true),
                        RegisterScreen.field("missionCode", "ictinfra.field.missionCode", "text", false),
                        RegisterScreen.choice("severity", "ictinfra.field.severity", "ictinfra.severity.", true, "LOW", "MEDIUM", "HIGH", "CRITICAL"),
                        RegisterScreen.choice("classification", "ictinfra.field.classification", "ictinfra.classification.", true,
                                "UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"),
                        RegisterScreen.field("detectedAt", "ictinfra.field.detectedAt", "datetime-local", true),
                        RegisterScreen.field("services", "ictinfra.field.servicesList", "text", false),
                        RegisterScreen.field("description", "ictinfra.field.description", "textarea", false)));
    }

    @PostMapping("/ict/security")
    String report(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            Map<String, String> plain = new LinkedHashMap<>(f);
            String services = plain.remove("services");
            Security.NewIncident in = RegisterScreen.bind(json, plain, Security.NewIncident.class);
            List<String> list = services == null || services.isBlank() ? List.of()
                    : Arrays.stream(services.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
            in = new Security.NewIncident(in.title(), in.missionCode(), in.severity(), in.classification(), in.detectedAt(), list,
                    in.description());
            return "redirect:/ict/security/incidents/" + security.report(in).id();
        }, (f, e) -> incidentsScreen().show(model, f, e));
    }

    @GetMapping("/ict/security/incidents/{id}")
    String incident(@PathVariable long id, Model model, Locale locale) {
        return incidentScreen(id, model, locale).show(model, Map.of(), null);
    }

    private RegisterScreen incidentScreen(long id, Model model, Locale locale) {
        Security.Incident i = security.incident(id);
        model.addAttribute("done", messages.getMessage("ictinfra.incident.summary", new Object[] {i.reference(), i.title(),
                messages.getMessage("ictinfra.severity." + i.severity(), null, locale),
                messages.getMessage("ictinfra.classification." + i.classification(), null, locale),
                i.services().isEmpty() ? "—" : String.join(", ", i.services()), at(i.detectedAt()),
                messages.getMessage("ictinfra.incidentStatus." + i.status(), null, locale)}, locale));
        String base = "/ict/security/incidents/" + id;
        List<RegisterScreen.Row> rows = new ArrayList<>();
        rows.add(RegisterScreen.row(null, false, "CLOSED".equals(i.status()) ? List.of() : List.of(
                        RegisterScreen.Action.of(base + "/status/CONTAINED", "ictinfra.action.contained"),
                        RegisterScreen.Action.of(base + "/status/CLOSED", "ictinfra.action.closeIncident")),
                "#ictinfra.incidentStatus." + i.status(), at(i.containedAt()), "", "", ""));
        for (Security.Step s : i.steps()) {
            String what = s.description().startsWith("ictinfra.") ? "#" + s.description() : s.description();
            rows.add(RegisterScreen.row(null, s.overdue(), s.doneAt() == null
                            ? List.of(new RegisterScreen.Action(base + "/steps/" + s.id() + "/done", "ictinfra.action.stepDone", "toldWhom",
                            "ictinfra.field.toldWhom")) : List.of(),
                    what, "#ictinfra.stepKind." + s.kind(), at(s.dueAt()), s.doneAt() == null ? "—" : at(s.doneAt()) + " · " + s.doneBy(),
                    s.toldWhom() == null ? "—" : s.toldWhom()));
        }
        return RegisterScreen.of("ictinfra.incident.title", "ictinfra.incident.intro", List.of("ictinfra.field.step", "ictinfra.field.kind",
                        "ictinfra.field.dueAt", "ictinfra.field.doneAt", "ictinfra.field.toldWhom"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/security", "ictinfra.nav.security")))
                .form("ictinfra.incident.newStep", base + "/steps", List.of(
                        RegisterScreen.choice("kind", "ictinfra.field.kind", "ictinfra.stepKind.", true, "CONTAINMENT", "NOTIFICATION"),
                        RegisterScreen.field("description", "ictinfra.field.description", "text", true),
                        RegisterScreen.field("audience", "ictinfra.field.audience", "text", false),
                        RegisterScreen.field("dueAt", "ictinfra.field.dueAt", "datetime-local", true)));
    }

    @PostMapping("/ict/security/incidents/{id}/steps")
    String addStep(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            security.addStep(id, RegisterScreen.bind(json, f, Security.NewStep.class));
            return "redirect:/ict/security/incidents/" + id;
        }, (f, e) -> incidentScreen(id, model, locale).show(model, f, e));
    }

    @PostMapping("/ict/security/incidents/{id}/steps/{step}/done")
    String stepDone(@PathVariable long id, @PathVariable long step, @RequestParam(required = false) String toldWhom, Locale locale,
                    RedirectAttributes redirect) {
        try {
            security.stepDone(id, step, new Security.StepDone(toldWhom, null));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/security/incidents/" + id;
    }

    @PostMapping("/ict/security/incidents/{id}/status/{status}")
    String status(@PathVariable long id, @PathVariable String status, Locale locale, RedirectAttributes redirect) {
        try {
            security.move(id, status);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/security/incidents/" + id;
    }

    @GetMapping("/ict/security/vulnerabilities")
    String vulnerabilities(Model model) {
        return vulnerabilitiesScreen().show(model, Map.of(), null);
    }

    private RegisterScreen vulnerabilitiesScreen() {
        List<RegisterScreen.Row> rows = security.vulnerabilities().stream().map(v -> RegisterScreen.row(null, v.overdue(),
                v.remediatedOn() == null ? List.of(RegisterScreen.Action.of("/ict/security/vulnerabilities/" + v.id() + "/remediated",
                        "ictinfra.action.remediated")) : List.of(),
                v.reference() + " " + v.title(), v.missionCode() == null ? "#ictinfra.hq" : v.missionCode(),
                v.serviceCode() == null ? "—" : v.serviceCode(), "#ictinfra.severity." + v.severity(), formats.date(v.foundOn()),
                formats.date(v.remediateBy()), v.remediatedOn() == null ? "—" : formats.date(v.remediatedOn()))).toList();
        return RegisterScreen.of("ictinfra.vulnerabilities.title", "ictinfra.vulnerabilities.intro", List.of("ictinfra.field.title",
                        "ictinfra.field.missionCode", "ictinfra.field.serviceCode", "ictinfra.field.severity", "ictinfra.field.foundOn",
                        "ictinfra.field.remediateBy", "ictinfra.field.remediatedOn"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/security", "ictinfra.nav.security")))
                .form("ictinfra.vulnerabilities.new", "/ict/security/vulnerabilities", List.of(
                        RegisterScreen.field("reference", "ictinfra.field.reference", "text", true),
                        RegisterScreen.field("title", "ictinfra.field.title", "text", true),
                        RegisterScreen.field("missionCode", "ictinfra.field.missionCode", "text", false),
                        RegisterScreen.field("serviceCode", "ictinfra.field.serviceCode", "text", false),
                        RegisterScreen.choice("severity", "ictinfra.field.severity", "ictinfra.severity.", true, "LOW", "MEDIUM", "HIGH", "CRITICAL"),
                        RegisterScreen.field("foundOn", "ictinfra.field.foundOn", "date", true),
                        RegisterScreen.field("remediateBy", "ictinfra.field.remediateBy", "date", false)));
    }

    @PostMapping("/ict/security/vulnerabilities")
    String addVulnerability(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            security.addVulnerability(RegisterScreen.bind(json, f, Security.NewVulnerability.class));
            return "redirect:/ict/security/vulnerabilities";
        }, (f, e) -> vulnerabilitiesScreen().show(model, f, e));
    }

    @PostMapping("/ict/security/vulnerabilities/{id}/remediated")
    String remediated(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            security.remediated(id, null);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/security/vulnerabilities";
    }

    @GetMapping("/ict/security/phishing")
    String phishing(Model model) {
        return phishingScreen().show(model, Map.of(), null);
    }

    private RegisterScreen phishingScreen() {
        List<RegisterScreen.Row> rows = security.phishing(null).stream().map(p -> RegisterScreen.row(null,
                p.credentialRate().compareTo(new java.math.BigDecimal("5")) > 0, List.of(), p.missionCode(), formats.date(p.runOn()),
                formats.number(p.recipients()), p.clickRate() + " %", p.credentialRate() + " %", p.reportRate() + " %")).toList();
        return RegisterScreen.of("ictinfra.phishing.title", "ictinfra.phishing.intro", List.of("ictinfra.field.missionCode", "ictinfra.field.runOn",
                        "ictinfra.field.recipients", "ictinfra.field.clickRate", "ictinfra.field.credentialRate", "ictinfra.field.reportRate"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/security", "ictinfra.nav.security")))
                .form("ictinfra.phishing.new", "/ict/security/phishing", List.of(
                        RegisterScreen.field("missionCode", "ictinfra.field.missionCode", "text", true),
                        RegisterScreen.field("runOn", "ictinfra.field.runOn", "date", true),
                        RegisterScreen.field("recipients", "ictinfra.field.recipients", "number", true),
                        RegisterScreen.field("clicked", "ictinfra.field.clicked", "number", true),
                        RegisterScreen.field("credentialsGiven", "ictinfra.field.credentialsGiven", "number", true),
                        RegisterScreen.field("reported", "ictinfra.field.reported", "number", true)));
    }

    @PostMapping("/ict/security/phishing")
    String addPhishing(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            security.addPhishing(RegisterScreen.bind(json, f, Security.NewPhishing.class));
            return "redirect:/ict/security/phishing";
        }, (f, e) -> phishingScreen().show(model, f, e));
    }

    @GetMapping("/ict/security/deadlines")
    String deadlines(Model model) {
        return deadlinesScreen().show(model, Map.of(), null);
    }

    /** The response deadlines in force today (set or default), the next change if scheduled, and every figure set. */
    private RegisterScreen deadlinesScreen() {
        List<RegisterScreen.Row> rows = new ArrayList<>();
        for (SecurityDeadlines.Current c : deadlines.current()) {
            rows.add(RegisterScreen.row(null, false, List.of(), "#ictinfra.deadline." + c.deadline(), formats.number(c.hours()),
                    c.since() == null ? "#ictinfra.deadline.default" : formats.date(c.since()) + " · " + c.setBy(),
                    c.reason(), c.next() == null ? "—" : formats.number(c.next().hours()) + " · " + formats.date(c.next().effectiveFrom())));
        }
        for (SecurityDeadlines.Entry e : deadlines.history()) {
            rows.add(RegisterScreen.row(null, false, List.of(), "#ictinfra.deadline." + e.deadline(), formats.number(e.hours()),
                    formats.date(e.effectiveFrom()) + " · " + e.setBy() + " · " + at(e.setAt()), e.reason(), ""));
        }
        RegisterScreen screen = RegisterScreen.of("ictinfra.deadlines.title", "ictinfra.deadlines.intro", List.of(
                        "ictinfra.field.deadline", "ictinfra.field.hours", "ictinfra.field.since", "ictinfra.field.reason",
                        "ictinfra.field.nextChange"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/security", "ictinfra.nav.security")));
        if (!access.may(IctInfraPermissions.SECURITY_MANAGE, null)) {
            return screen;
        }
        String[] names = Arrays.stream(org.fieldsupport.ict.security.domain.IncidentResponse.Deadline.values()).map(Enum::name)
                .toArray(String[]::new);
        return screen.form("ictinfra.deadlines.set", "/ict/security/deadlines", List.of(
                RegisterScreen.choice("deadline", "ictinfra.field.deadline", "ictinfra.deadline.", true, names),
                RegisterScreen.field("hours", "ictinfra.field.hours", "number", true),
                RegisterScreen.field("effectiveFrom", "ictinfra.field.effectiveFrom", "date", true),
                RegisterScreen.field("reason", "ictinfra.field.reason", "text", true)));
    }

    @PostMapping("/ict/security/deadlines")
    String setDeadline(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            deadlines.set(RegisterScreen.bind(json, f, SecurityDeadlines.SetDeadline.class));
            return "redirect:/ict/security/deadlines";
        }, (f, e) -> deadlinesScreen().show(model, f, e));
    }

    /** Incidents, vulnerabilities and phishing exercises over REST. */
    @RestController
    static class SecurityApi {

        private final Security security;
        private final SecurityDeadlines deadlines;

        SecurityApi(Security security, SecurityDeadlines deadlines) {
            this.security = security;
            this.deadlines = deadlines;
        }

        /** The response deadlines as they stand today and every figure the CISO has set. */
        record DeadlinesView(List<SecurityDeadlines.Current> current, List<SecurityDeadlines.Entry> history) { }

        @GetMapping(path = "/api/v1/ict/security/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
        DeadlinesView deadlines() {
            return new DeadlinesView(deadlines.current(), deadlines.history());
        }

        @PostMapping(path = "/api/v1/ict/security/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<SecurityDeadlines.Entry> setDeadline(
                @RequestBody(required = false) SecurityDeadlines.SetDeadline in) {
            // an absent body reaches the service, which checks the caller's permission before the fields
            return ResponseEntity.status(201).body(deadlines.set(
                    in != null ? in : new SecurityDeadlines.SetDeadline(null, null, null, null)));
        }

        @GetMapping(path = "/api/v1/ict/security/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Security.Incident> incidents() {
            return security.incidents();
        }

        @PostMapping(path = "/api/v1/ict/security/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Security.Incident> report(@RequestBody Security.NewIncident in) {
            Security.Incident i = security.report(in);
            return ResponseEntity.created(URI.create("/api/v1/ict/security/incidents/" + i.id())).body(i);
        }

        @GetMapping(path = "/api/v1/ict/security/incidents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Security.Incident incident(@PathVariable long id) {
            return security.incident(id);
        }

        @PostMapping(path = "/api/v1/ict/security/incidents/{id}/steps", produces = MediaType.APPLICATION_JSON_VALUE)
        Security.Incident addStep(@PathVariable long id, @RequestBody Security.NewStep in) {
            return security.addStep(id, in);
        }

        @PostMapping(path = "/api/v1/ict/security/incidents/{id}/steps/{step}", produces = MediaType.APPLICATION_JSON_VALUE)
        Security.Incident stepDone(@PathVariable long id, @PathVariable long step, @RequestBody Security.StepDone in) {
            return security.stepDone(id, step, in);
        }

        @PostMapping(path = "/api/v1/ict/security/incidents/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
        Security.Incident status(@PathVariable long id, @RequestBody Map<String, String> in) {
            return security.move(id, in.get("status"));
        }

        @GetMapping(path = "/api/v1/ict/security/vulnerabilities", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Security.Vulnerability> vulnerabilities() {
            return security.vulnerabilities();
        }

        @PostMapping(path = "/api/v1/ict/security/vulnerabilities", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Security.Vulnerability> addVulnerability(@RequestBody Security.NewVulnerability in) {
            return ResponseEntity.status(201).body(security.addVulnerability(in));
        }

        @PostMapping(path = "/api/v1/ict/security/vulnerabilities/{id}/remediated", produces = MediaType.APPLICATION_JSON_VALUE)
        Security.Vulnerability remediated(@PathVariable long id,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
            return security.remediated(id, on);
        }

        @GetMapping(path = "/api/v1/ict/security/phishing", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Security.Phishing> phishing(@RequestParam(required = false) String mission) {
            return security.phishing(mission);
        }

        @PostMapping(path = "/api/v1/ict/security/phishing", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Security.Phishing> addPhishing(@RequestBody Security.NewPhishing in) {
            return ResponseEntity.status(201).body(security.addPhishing(in));
        }
    }
}
