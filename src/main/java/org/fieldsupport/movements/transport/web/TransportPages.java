package org.fieldsupport.movements.transport.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.movements.transport.internal.Transport;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Screens: fleet and utilisation, flights and convoys, letters of assist, rotation plans, transport requirements. */
@Controller
class TransportPages {

    private final Transport transport;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    TransportPages(Transport transport, JsonMapper json, MessageSource messages, Formats formats) {
        this.transport = transport;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    private String money(BigDecimal amount) {
        return formats.money(amount, "USD");
    }

    // fleet

    @GetMapping("/movements/fleet")
    String fleet(Model model) {
        return fleetScreen().show(model, Map.of(), null);
    }

    private RegisterScreen fleetScreen() {
        List<RegisterScreen.Row> rows = transport.fleet(null, YearMonth.now(ZoneOffset.UTC)).stream().map(a -> RegisterScreen.row(null,
                a.lowUtilisation(), List.of(), a.registration(), a.missionCode(), "#movements.asset." + a.kind(), a.model(),
                formats.number(a.passengerSeats()), formats.number(a.payloadKg()),
                a.contractHoursMonth() == null ? null : formats.number(a.contractHoursMonth()),
                formats.number(a.hoursThisMonth()),
                a.utilisationPercent() == null ? null : formats.decimal(a.utilisationPercent(), 1) + " %")).toList();
        return RegisterScreen.of("movements.fleet.title", "movements.fleet.intro", List.of("movements.field.registration",
                        "movements.field.missionCode", "movements.field.assetKind", "movements.field.model",
                        "movements.field.seats", "movements.field.payloadKg", "movements.field.contractHours",
                        "movements.field.hoursFlown", "movements.field.utilisation"), rows)
                .form("movements.fleet.new", "/movements/fleet", List.of(
                        RegisterScreen.field("missionCode", "movements.field.missionCode", "text", true),
                        RegisterScreen.field("registration", "movements.field.registration", "text", true),
                        RegisterScreen.choice("kind", "movements.field.assetKind", "movements.asset.", true, "AIRCRAFT",
                                "HELICOPTER", "VEHICLE"),
                        RegisterScreen.field("model", "movements.field.model", "text", true),
                        RegisterScreen.field("passengerSeats", "movements.field.seats", "number", true),
                        RegisterScreen.field("payloadKg", "movements.field.payloadKg", "number", true),
                        RegisterScreen.field("contractHoursMonth", "movements.field.contractHours", "number", false)));
    }

    @PostMapping("/movements/fleet")
    String addAsset(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            transport.addAsset(RegisterScreen.bind(json, f, Transport.NewAsset.class));
            return "redirect:/movements/fleet";
        }, (f, errors) -> fleetScreen().show(model, f, errors));
    }

    // trips

    @GetMapping("/movements/trips")
    String trips(Model model) {
        return tripScreen().show(model, Map.of("mode", "FLIGHT"), null);
    }

    private RegisterScreen tripScreen() {
        List<RegisterScreen.Row> rows = transport.trips(null).stream().map(t -> RegisterScreen.row(null, false, tripActions(t),
                t.reference(), t.missionCode(), "#movements.mode." + t.mode(), t.asset(),
                t.origin() + " → " + t.destination(), formats.dateTime(t.departure()),
                formats.number(t.passengers()) + " / " + formats.number(t.seats()),
                formats.number(t.cargoKg()) + " / " + formats.number(t.payloadKg()) + " kg",
                "#movements.trip." + t.status(), t.hoursFlown() == null ? null : formats.number(t.hoursFlown()))).toList();
        return RegisterScreen.of("movements.trips.title", "movements.trips.intro", List.of("movements.field.reference",
                        "movements.field.missionCode", "movements.field.mode", "movements.field.registration",
                        "movements.field.route", "movements.field.departure", "movements.field.passengers",
                        "movements.field.weightKg", "movements.field.status", "movements.field.hoursFlown"), rows)
                .form("movements.trips.new", "/movements/trips", List.of(
                        RegisterScreen.field("missionCode", "movements.field.missionCode", "text", true),
                        RegisterScreen.choice("mode", "movements.field.mode", "movements.mode.", true, "FLIGHT", "CONVOY"),
                        RegisterScreen.field("assetId", "movements.field.assetId", "number", true),
                        RegisterScreen.field("origin", "movements.field.origin", "text", true),
                        RegisterScreen.field("destination", "movements.field.destination", "text", true),
                        RegisterScreen.field("departure", "movements.field.departureUtc", "datetime-local", true)))
                .links(List.of(new RegisterScreen.Link("/movements/requests", "movements.nav.requests"),
                        new RegisterScreen.Link("/movements/fleet", "movements.nav.fleet")));
    }

    /** Boarding while scheduled, then the kit's moves the user may make (completion asks for the hours flown). */
    private List<RegisterScreen.Action> tripActions(Transport.Trip t) {
        List<RegisterScreen.Action> actions = new java.util.ArrayList<>();
        List<RegisterScreen.Action> moves = RegisterScreen.Action.of("/movements/trips/" + t.id(), transport.actions(t), t.version(),
                "movements.field.");
        if (!moves.isEmpty() && "SCHEDULED".equals(t.status())) {
            actions.add(new RegisterScreen.Action("/movements/trips/" + t.id() + "/requests", "movements.trip.assign",
                    "requestId", "movements.field.requestId"));
        }
        for (RegisterScreen.Action a : moves) {
            actions.add(a.path().endsWith("/complete") ? new RegisterScreen.Action(a.path(), a.labelKey(), "hoursFlown",
                    "movements.field.hoursFlown", a.version(), a.enabled(), a.refusal()) : a);
        }
        return actions;
    }

    @PostMapping("/movements/trips")
    String schedule(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            transport.schedule(RegisterScreen.bind(json, f, Transport.NewTrip.class));
            return "redirect:/movements/trips";
        }, (f, errors) -> tripScreen().show(model, f, errors));
    }

    @PostMapping("/movements/trips/{id}/{action}")
    String tripAction(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
                      Locale locale, RedirectAttributes redirect) {
        try {
            if ("requests".equals(action)) {
                record A(Long requestId) { }
                A a = RegisterScreen.bind(json, form, A.class);
                if (a.requestId() == null) {
                    throw org.fieldsupport.platform.api.InvalidInputException.of("requestId", "Required", "lsd.input.required");
                }
                transport.assign(id, a.requestId());
            } else if ("complete".equals(action)) {
                record C(BigDecimal hoursFlown) { }
                transport.complete(id, RegisterScreen.bind(json, Map.of("hoursFlown", form.getOrDefault("hoursFlown", "")),
                        C.class).hoursFlown(),
                        org.fieldsupport.lsd.Flows.version(form.get("version")));
            } else if ("cancel".equals(action)) {
                transport.cancel(id, form.get("reason"), org.fieldsupport.lsd.Flows.version(form.get("version")));
            }
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/movements/trips";
    }

    // letters of assist

    @GetMapping("/movements/letters-of-assist")
    String letters(Model model) {
        return letterScreen().show(model, Map.of(), null);
    }

    private RegisterScreen letterScreen() {
        List<RegisterScreen.Row> rows = transport.letters(null).stream().map(l -> RegisterScreen.row(
                "/movements/letters-of-assist/" + l.id(), l.percentUsed().compareTo(new BigDecimal("90")) >= 0, List.of(),
                l.reference(), l.missionCode(), l.memberState(), l.purpose(), money(l.nteAmount()), money(l.used()),
                money(l.remaining()), formats.decimal(l.percentUsed(), 1) + " %", formats.date(l.validTo()))).toList();
        return RegisterScreen.of("movements.loa.title", "movements.loa.intro", List.of("movements.field.reference",
                        "movements.field.missionCode", "movements.field.memberState", "movements.field.purpose",
                        "movements.field.nte", "movements.field.used", "movements.field.remaining",
                        "movements.field.percentUsed", "movements.field.validTo"), rows)
                .form("movements.loa.new", "/movements/letters-of-assist", List.of(
                        RegisterScreen.field("missionCode", "movements.field.missionCode", "text", true),
                        RegisterScreen.field("memberState", "movements.field.memberState", "text", true),
                        RegisterScreen.field("purpose", "movements.field.purpose", "text", true),
                        RegisterScreen.field("nteAmount", "movements.field.nte", "number", true),
                        RegisterScreen.field("validTo", "movements.field.validTo", "date", true)));
    }

    @PostMapping("/movements/letters-of-assist")
    String issue(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            transport.issueLetter(RegisterScreen.bind(json, f, Transport.NewLetter.class));
            return "redirect:/movements/letters-of-assist";
        }, (f, errors) -> letterScreen().show(model, f, errors));
    }

    @GetMapping("/movements/letters-of-assist/{id}")
    String letter(@PathVariable long id, Model model) {
        return letterDetail(id).show(model, Map.of(), null);
    }

    private RegisterScreen letterDetail(long id) {
        Transport.Letter l = transport.letter(id);
        return RegisterScreen.of("movements.loa.detail", null, List.of("movements.field.reference",
                        "movements.field.nte", "movements.field.used", "movements.field.remaining",
                        "movements.field.percentUsed"),
                List.of(RegisterScreen.row(null, false, List.of(), l.reference(), money(l.nteAmount()), money(l.used()),
                        money(l.remaining()), formats.decimal(l.percentUsed(), 1) + " %")))
                .form("movements.loa.use", "/movements/letters-of-assist/" + id + "/uses", List.of(
                        RegisterScreen.field("usedOn", "movements.field.usedOn", "date", false),
                        RegisterScreen.field("amount", "movements.field.amount", "number", true),
                        RegisterScreen.field("description", "movements.field.description", "text", true)))
                .links(List.of(new RegisterScreen.Link("/movements/letters-of-assist", "movements.nav.loa")));
    }

    @PostMapping("/movements/letters-of-assist/{id}/uses")
    String use(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            transport.recordUse(id, RegisterScreen.bind(json, f, Transport.NewUse.class));
            return "redirect:/movements/letters-of-assist/" + id;
        }, (f, errors) -> letterDetail(id).show(model, f, errors));
    }

    // rotations

    @GetMapping("/movements/rotations")
    String rotations(Model model) {
        return rotationScreen().show(model, Map.of("cycleMonths", "6", "means", "CHARTER"), null);
    }

    private RegisterScreen rotationScreen() {
        List<RegisterScreen.Row> rows = transport.rotations(null).stream().map(r -> RegisterScreen.row(null, r.due(), List.of(),
                r.unitName(), r.missionCode(), r.memberState(), formats.number(r.troops()),
                formats.number(r.cycleMonths()), formats.date(r.lastRotation()), formats.date(r.nextRotation()),
                "#movements.means." + r.means(), r.due() ? "#movements.rotation.due" : "")).toList();
        return RegisterScreen.of("movements.rotations.title", "movements.rotations.intro", List.of("movements.field.unitName",
                        "movements.field.missionCode", "movements.field.memberState", "movements.field.troops",
                        "movements.field.cycleMonths", "movements.field.lastRotation", "movements.field.nextRotation",
                        "movements.field.means", "movements.field.flags"), rows)
                .form("movements.rotations.new", "/movements/rotations", List.of(
                        RegisterScreen.field("missionCode", "movements.field.missionCode", "text", true),
                        RegisterScreen.field("memberState", "movements.field.memberState", "text", true),
                        RegisterScreen.field("unitName", "movements.field.unitName", "text", true),
                        RegisterScreen.field("troops", "movements.field.troops", "number", true),
                        RegisterScreen.choice("cycleMonths", "movements.field.cycleMonths", null, true, "6", "12"),
                        RegisterScreen.field("lastRotation", "movements.field.lastRotation", "date", true),
                        RegisterScreen.choice("means", "movements.field.means", "movements.means.", true, "CHARTER", "LOA"),
                        RegisterScreen.field("letterId", "movements.field.letterId", "number", false)));
    }

    @PostMapping("/movements/rotations")
    String plan(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            transport.planRotation(RegisterScreen.bind(json, f, Transport.NewRotation.class));
            return "redirect:/movements/rotations";
        }, (f, errors) -> rotationScreen().show(model, f, errors));
    }

    // requirements

    @GetMapping("/movements/requirements")
    String requirements(Model model) {
        return requirementScreen().show(model, Map.of(), null);
    }

    private RegisterScreen requirementScreen() {
        List<RegisterScreen.Row> rows = transport.requirements(null).stream().map(r -> RegisterScreen.row(null, r.late(), List.of(),
                r.description(), r.missionCode(), "#movements.line." + r.serviceLine(), formats.number(r.quantity()),
                money(r.total()), formats.date(r.neededBy()), "#movements.route." + r.route(),
                formats.date(r.latestStart()), r.planQuarter(), r.late() ? "#movements.requirement.late" : "")).toList();
        return RegisterScreen.of("movements.requirements.title", "movements.requirements.intro", List.of(
                        "movements.field.description", "movements.field.missionCode", "movements.field.serviceLine",
                        "movements.field.quantity", "movements.field.total", "movements.field.neededBy",
                        "movements.field.route", "movements.field.latestStart", "movements.field.planQuarter",
                        "movements.field.flags"), rows)
                .form("movements.requirements.new", "/movements/requirements", List.of(
                        RegisterScreen.field("missionCode", "movements.field.missionCode", "text", true),
                        RegisterScreen.choice("serviceLine", "movements.field.serviceLine", "movements.line.", true, "AIR",
                                "SEA", "ROAD", "RAIL"),
                        RegisterScreen.field("description", "movements.field.description", "text", true),
                        RegisterScreen.field("quantity", "movements.field.quantity", "number", true),
                        RegisterScreen.field("unitCost", "movements.field.unitCost", "number", true),
                        RegisterScreen.field("neededBy", "movements.field.neededBy", "date", true),
                        RegisterScreen.choice("route", "movements.field.route", "movements.route.", true, "COMMERCIAL",
                                "SYSTEMS_CONTRACT", "LOA")));
    }

    @PostMapping("/movements/requirements")
    String addRequirement(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            transport.addRequirement(RegisterScreen.bind(json, f, Transport.NewRequirement.class));
            return "redirect:/movements/requirements";
        }, (f, errors) -> requirementScreen().show(model, f, errors));
    }
}
