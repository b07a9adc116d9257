package org.fieldsupport.movements.request.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.movements.request.internal.MovementRequests;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Screens: movement requests (list and form) and a mission's manifest of a day. */
@Controller
class MovementRequestPages {

    private final MovementRequests requests;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    MovementRequestPages(MovementRequests requests, JsonMapper json, MessageSource messages, Formats formats) {
        this.requests = requests;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/movements/requests")
    String list(@RequestParam(required = false) String mission, Model model) {
        return screen(mission).show(model, Map.of("kind", "PASSENGER", "missionCode", mission == null ? "" : mission), null);
    }

    private RegisterScreen screen(String mission) {
        List<RegisterScreen.Row> rows = requests.list(mission, null).stream().map(r -> RegisterScreen.row(
                "/movements/manifests/" + r.missionCode() + "/" + r.departure().atZone(ZoneOffset.UTC).toLocalDate(),
                !r.flags().isEmpty(), List.of(), r.reference(), r.missionCode(), "#movements.kind." + r.kind(),
                r.origin() + " → " + r.destination(), formats.dateTime(r.departure()),
                r.passengers() != null ? formats.number(r.passengers()) : formats.number(r.weightKg()) + " kg",
                r.flags().isEmpty() ? "" : "#movements.flag.LATE_URGENT", r.justification())).toList();
        return RegisterScreen.of("movements.requests.title", "movements.requests.intro",
                List.of("movements.field.reference", "movements.field.missionCode", "movements.field.kind",
                        "movements.field.route", "movements.field.departure", "movements.field.load",
                        "movements.field.flags", "movements.field.justification"), rows)
                .form("movements.requests.new", "/movements/requests", List.of(
                        RegisterScreen.field("missionCode", "movements.field.missionCode", "text", true),
                        RegisterScreen.choice("kind", "movements.field.kind", "movements.kind.", true, "PASSENGER", "CARGO"),
                        RegisterScreen.field("origin", "movements.field.origin", "text", true),
                        RegisterScreen.field("destination", "movements.field.destination", "text", true),
                        RegisterScreen.field("departure", "movements.field.departureUtc", "datetime-local", true),
                        RegisterScreen.field("passengers", "movements.field.passengers", "number", false),
                        RegisterScreen.field("weightKg", "movements.field.weightKg", "number", false),
                        RegisterScreen.field("urgent", "movements.field.urgent", "checkbox", false),
                        RegisterScreen.field("justification", "movements.field.justification", "textarea", false)));
    }

    @PostMapping("/movements/requests")
    String submit(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            requests.submit(RegisterScreen.bind(json, f, MovementRequests.NewRequest.class));
            return "redirect:/movements/requests";
        }, (f, errors) -> screen(null).show(model, f, errors));
    }

    @GetMapping("/movements/manifests/{mission}/{date}")
    String manifest(@PathVariable String mission, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    Model model, Locale locale) {
        MovementRequests.Manifest m = requests.manifest(mission, date);
        List<RegisterScreen.Row> rows = new java.util.ArrayList<>();
        m.requests().forEach(r -> rows.add(RegisterScreen.row(null, false, List.of(), r.reference(), "#movements.manifest.on",
                r.origin() + " → " + r.destination(), formats.dateTime(r.departure()),
                r.passengers() != null ? formats.number(r.passengers()) : formats.number(r.weightKg()) + " kg",
                formats.dateTime(r.submittedAt()))));
        m.lateAdditions().forEach(r -> rows.add(RegisterScreen.row(null, true, List.of(), r.reference(),
                "#movements.manifest.late", r.origin() + " → " + r.destination(), formats.dateTime(r.departure()),
                r.passengers() != null ? formats.number(r.passengers()) : formats.number(r.weightKg()) + " kg",
                formats.dateTime(r.submittedAt()))));
        model.addAttribute("done", messages.getMessage(m.frozen() ? "movements.manifest.frozen" : "movements.manifest.open",
                new Object[] {m.missionCode(), formats.date(m.date()), formats.dateTime(m.frozenAt()), m.passengers(),
                        formats.number(m.cargoKg())}, locale));
        return RegisterScreen.of("movements.manifest.title", null, List.of("movements.field.reference",
                        "movements.manifest.status", "movements.field.route", "movements.field.departure",
                        "movements.field.load", "movements.field.submittedAt"), rows)
                .links(List.of(new RegisterScreen.Link("/movements/requests", "movements.nav.requests")))
                .show(model, null, null);
    }
}
