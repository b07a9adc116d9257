package org.fieldsupport.logistics.aviation.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.logistics.aviation.internal.AviationSafety;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.logistics.internal.LogisticsPermissions;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
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

/** Aviation safety reports: the screen (report form for everyone who may report; the register for readers). */
@Controller
class AviationWeb {

    private final AviationSafety safety;
    private final MissionAccess access;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    AviationWeb(AviationSafety safety, MissionAccess access, JsonMapper json, MessageSource messages, Formats formats) {
        this.safety = safety;
        this.access = access;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/logistics/aviation-safety")
    String list(Model model) {
        return screen().show(model, Map.of("kind", "OCCURRENCE"), null);
    }

    private RegisterScreen screen() {
        boolean reader = access.visibleOrNone(LogisticsPermissions.AVIATION_READ);
        List<AviationSafety.Report> reports = reader ? safety.list(null) : safety.mine();
        List<RegisterScreen.Row> rows = reports.stream().map(r -> {
            List<RegisterScreen.Action> actions = new ArrayList<>();
            if (access.may(LogisticsPermissions.AVIATION_MANAGE, r.missionCode())) {
                actions.add(new RegisterScreen.Action("/logistics/aviation-safety/" + r.id() + "/classify",
                        "logistics.action.classify", "cell", "logistics.field.cell"));
            }
            return RegisterScreen.row(null, r.late() || "INTOLERABLE".equals(r.risk()), actions, r.reference(), r.missionCode(),
                    "#logistics.aviation.kind." + r.kind(), formats.dateTime(r.occurredAt()), formats.dateTime(r.reportedAt()),
                    r.late() ? "#logistics.aviation.late" : "", r.location(), r.description(),
                    r.anonymous() ? "#logistics.aviation.anonymous" : r.reporter(),
                    r.classification() == null ? null : "#logistics.aviation.class." + r.classification(),
                    r.risk() == null ? null : r.likelihood() + r.severity() + " — "
                            + messages.getMessage("logistics.aviation.risk." + r.risk(), null,
                            org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                    r.feedback());
        }).toList();
        return RegisterScreen.of("logistics.aviation.title", "logistics.aviation.intro", List.of("logistics.field.reference",
                        "logistics.field.missionCode", "logistics.field.kind", "logistics.field.occurredAt",
                        "logistics.field.reportedAt", "logistics.field.flags", "logistics.field.location",
                        "logistics.field.description", "logistics.field.reporter", "logistics.field.classification",
                        "logistics.field.risk", "logistics.field.feedback"), rows)
                .form("logistics.aviation.new", "/logistics/aviation-safety", List.of(
                        RegisterScreen.field("missionCode", "logistics.field.missionCode", "text", true),
                        RegisterScreen.choice("kind", "logistics.field.kind", "logistics.aviation.kind.", true, "OCCURRENCE", "HAZARD"),
                        RegisterScreen.field("occurredAt", "logistics.field.occurredAtUtc", "datetime-local", true),
                        RegisterScreen.field("location", "logistics.field.location", "text", true),
                        RegisterScreen.field("aircraft", "logistics.field.aircraft", "text", false),
                        RegisterScreen.field("description", "logistics.field.description", "textarea", true),
                        RegisterScreen.field("anonymous", "logistics.field.anonymous", "checkbox", false)));
    }

    @PostMapping("/logistics/aviation-safety")
    String submit(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            safety.submit(RegisterScreen.bind(json, f, AviationSafety.NewReport.class));
            return "redirect:/logistics/aviation-safety";
        }, (f, errors) -> screen().show(model, f, errors));
    }

    /** Classification from the register: the matrix cell typed as "4B INCIDENT" (likelihood, severity, class). */
    @PostMapping("/logistics/aviation-safety/{id}/classify")
    String classify(@PathVariable long id, @RequestParam(required = false) String cell, Locale locale,
                    RedirectAttributes redirect) {
        try {
            String c = cell == null ? "" : cell.strip().toUpperCase(Locale.ROOT);
            Integer likelihood = c.length() >= 2 && Character.isDigit(c.charAt(0)) ? c.charAt(0) - '0' : null;
            String severity = c.length() >= 2 ? c.substring(1, 2) : null;
            String classification = c.length() > 3 ? c.substring(3).strip() : null;
            safety.classify(id, new AviationSafety.Classification(classification, likelihood, severity, null));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/logistics/aviation-safety";
    }

    /** The reports over REST: intake, register, classification, actions, de-identified export, own reports. */
    @RestController
    static class AviationApi {

        private final AviationSafety safety;

        AviationApi(AviationSafety safety) {
            this.safety = safety;
        }

        @PostMapping(path = "/api/v1/logistics/aviation-safety/reports", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<AviationSafety.Report> submit(@RequestBody AviationSafety.NewReport report) {
            AviationSafety.Report r = safety.submit(report);
            return ResponseEntity.created(URI.create("/api/v1/logistics/aviation-safety/reports/" + r.id())).body(r);
        }

        @GetMapping(path = "/api/v1/logistics/aviation-safety/reports", produces = MediaType.APPLICATION_JSON_VALUE)
        List<AviationSafety.Report> list(@RequestParam(required = false) String mission) {
            return safety.list(mission);
        }

        @GetMapping(path = "/api/v1/logistics/aviation-safety/reports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        AviationSafety.Report report(@PathVariable long id) {
            return safety.report(id);
        }

        @PostMapping(path = "/api/v1/logistics/aviation-safety/reports/{id}/classification",
                produces = MediaType.APPLICATION_JSON_VALUE)
        AviationSafety.Report classify(@PathVariable long id, @RequestBody AviationSafety.Classification c) {
            return safety.classify(id, c);
        }

        @PostMapping(path = "/api/v1/logistics/aviation-safety/reports/{id}/actions",
                produces = MediaType.APPLICATION_JSON_VALUE)
        AviationSafety.Report action(@PathVariable long id, @RequestBody AviationSafety.NewAction a) {
            return safety.addAction(id, a);
        }

        @GetMapping(path = "/api/v1/logistics/aviation-safety/shared", produces = MediaType.APPLICATION_JSON_VALUE)
        List<AviationSafety.SharedReport> shared() {
            return safety.deidentified();
        }

        @GetMapping(path = "/api/v1/logistics/aviation-safety/mine", produces = MediaType.APPLICATION_JSON_VALUE)
        List<AviationSafety.Report> mine() {
            return safety.mine();
        }
    }
}
