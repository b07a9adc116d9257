package org.fieldsupport.medical.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.medical.internal.MedicalSupport;
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

/** Screens of medical facilities and evacuations. */
@Controller
class MedicalWeb {

    private final MedicalSupport medical;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    MedicalWeb(MedicalSupport medical, JsonMapper json, MessageSource messages, Formats formats) {
        this.medical = medical;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/medical/facilities")
    String facilities(Model model) {
        return facilityScreen().show(model, Map.of("level", "1"), null);
    }

    private RegisterScreen facilityScreen() {
        List<RegisterScreen.Row> rows = medical.facilities(null).stream().map(f -> RegisterScreen.row(null, false, List.of(), f.name(),
                f.missionCode(), "#medical.level." + f.level(), f.location(), f.provider(), formats.number(f.beds()),
                f.capabilities(), String.valueOf(f.id()))).toList();
        return RegisterScreen.of("medical.facilities.title", "medical.facilities.intro", List.of("medical.field.name",
                        "medical.field.missionCode", "medical.field.level", "medical.field.location", "medical.field.provider",
                        "medical.field.beds", "medical.field.capabilities", "medical.field.id"), rows)
                .links(List.of(new RegisterScreen.Link("/medical/evacuations", "medical.nav.evacuations")))
                .form("medical.facilities.new", "/medical/facilities", List.of(
                        RegisterScreen.field("missionCode", "medical.field.missionCode", "text", true),
                        RegisterScreen.field("name", "medical.field.name", "text", true),
                        RegisterScreen.choice("level", "medical.field.level", "medical.level.", true, "1", "2", "3", "4"),
                        RegisterScreen.field("location", "medical.field.location", "text", true),
                        RegisterScreen.field("provider", "medical.field.provider", "text", true),
                        RegisterScreen.field("beds", "medical.field.beds", "number", true),
                        RegisterScreen.field("capabilities", "medical.field.capabilities", "textarea", true)));
    }

    @PostMapping("/medical/facilities")
    String addFacility(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            medical.addFacility(RegisterScreen.bind(json, f, MedicalSupport.NewFacility.class));
            return "redirect:/medical/facilities";
        }, (f, errors) -> facilityScreen().show(model, f, errors));
    }

    @GetMapping("/medical/evacuations")
    String evacuations(Model model) {
        return evacuationScreen().show(model, Map.of("kind", "CASEVAC", "priority", "URGENT"), null);
    }

    private RegisterScreen evacuationScreen() {
        List<RegisterScreen.Row> rows = medical.evacuations(null).stream().map(e -> RegisterScreen.row(null,
                Boolean.FALSE.equals(e.withinTarget()),
                RegisterScreen.Action.of("/medical/evacuations/" + e.id(), medical.actions(e), e.version(), "medical.field.")
                        .stream().map(a -> new RegisterScreen.Action(a.path(), a.labelKey(), "outcome",
                                "medical.field.outcomeInput", a.version(), a.enabled(), a.refusal())).toList(),
                e.reference(), e.missionCode(), e.kind(), "#medical.priority." + e.priority(), e.pickup(),
                e.facility() + " (" + e.level() + ")", formats.number(e.patients()), formats.dateTime(e.requestedAt()),
                e.minutes() == null ? null : e.minutes() + " / " + e.targetMinutes() + " min",
                e.outcome() == null ? null : "#medical.outcome." + e.outcome())).toList();
        return RegisterScreen.of("medical.evacuations.title", "medical.evacuations.intro", List.of("medical.field.reference",
                        "medical.field.missionCode", "medical.field.kind", "medical.field.priority", "medical.field.pickup",
                        "medical.field.facility", "medical.field.patients", "medical.field.requestedAt",
                        "medical.field.minutes", "medical.field.outcome"), rows)
                .links(List.of(new RegisterScreen.Link("/medical/facilities", "medical.nav.facilities")))
                .form("medical.evacuations.new", "/medical/evacuations", List.of(
                        RegisterScreen.field("missionCode", "medical.field.missionCode", "text", true),
                        RegisterScreen.choice("kind", "medical.field.kind", null, true, "CASEVAC", "MEDEVAC"),
                        RegisterScreen.choice("priority", "medical.field.priority", "medical.priority.", true, "URGENT",
                                "PRIORITY", "ROUTINE"),
                        RegisterScreen.field("pickup", "medical.field.pickup", "text", true),
                        RegisterScreen.field("facilityId", "medical.field.facilityId", "number", true),
                        RegisterScreen.field("patients", "medical.field.patients", "number", true)));
    }

    @PostMapping("/medical/evacuations")
    String request(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            medical.request(RegisterScreen.bind(json, f, MedicalSupport.NewEvacuation.class));
            return "redirect:/medical/evacuations";
        }, (f, errors) -> evacuationScreen().show(model, f, errors));
    }

    /** The outcome typed on the list: arrival is now. */
    @PostMapping("/medical/evacuations/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String version, Locale locale, RedirectAttributes redirect) {
        try {
            medical.close(id, new MedicalSupport.Outcome(Instant.now(),
                    outcome == null ? null : outcome.strip().toUpperCase(Locale.ROOT),
                    org.fieldsupport.lsd.Flows.version(version)));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/medical/evacuations";
    }

    /** Facilities and evacuations over REST. */
    @RestController
    static class MedicalApi {

        private final MedicalSupport medical;

        MedicalApi(MedicalSupport medical) {
            this.medical = medical;
        }

        @GetMapping(path = "/api/v1/medical/facilities", produces = MediaType.APPLICATION_JSON_VALUE)
        List<MedicalSupport.Facility> facilities(@RequestParam(required = false) String mission) {
            return medical.facilities(mission);
        }

        @PostMapping(path = "/api/v1/medical/facilities", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<MedicalSupport.Facility> add(@RequestBody MedicalSupport.NewFacility f) {
            MedicalSupport.Facility created = medical.addFacility(f);
            return ResponseEntity.created(URI.create("/api/v1/medical/facilities/" + created.id())).body(created);
        }

        @GetMapping(path = "/api/v1/medical/evacuations", produces = MediaType.APPLICATION_JSON_VALUE)
        List<MedicalSupport.Evacuation> evacuations(@RequestParam(required = false) String mission) {
            return medical.evacuations(mission);
        }

        @PostMapping(path = "/api/v1/medical/evacuations", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<MedicalSupport.Evacuation> request(@RequestBody MedicalSupport.NewEvacuation e) {
            MedicalSupport.Evacuation created = medical.request(e);
            return ResponseEntity.created(URI.create("/api/v1/medical/evacuations/" + created.id())).body(created);
        }

        @GetMapping(path = "/api/v1/medical/evacuations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        MedicalSupport.Evacuation evacuation(@PathVariable long id) {
            return medical.evacuation(id);
        }

        @PostMapping(path = "/api/v1/medical/evacuations/{id}/outcome", produces = MediaType.APPLICATION_JSON_VALUE)
        MedicalSupport.Evacuation close(@PathVariable long id, @RequestBody MedicalSupport.Outcome o) {
            return medical.close(id, o);
        }

        @GetMapping(path = "/api/v1/medical/evacuations/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
        List<org.fieldsupport.platform.workflow.Workflows.TransitionRecord> history(@PathVariable long id) {
            return medical.history(id);
        }
    }
}
