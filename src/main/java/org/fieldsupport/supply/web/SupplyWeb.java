package org.fieldsupport.supply.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.supply.fuel.internal.Fuel;
import org.fieldsupport.lsd.Flows;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.supply.rations.internal.Rations;
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

/** Screens of rations (headcount, orders, receipt, invoice match) and fuel (issues with anomalies). */
@Controller
class SupplyWeb {

    private final Rations rations;
    private final Fuel fuel;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    SupplyWeb(Rations rations, Fuel fuel, JsonMapper json, MessageSource messages, Formats formats) {
        this.rations = rations;
        this.fuel = fuel;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/supply/rations")
    String rations(Model model) {
        return rationScreen().show(model, Map.of("days", "7", "scaleKg", "2.0"), null);
    }

    private RegisterScreen rationScreen() {
        List<RegisterScreen.Row> rows = rations.list(null).stream().map(o -> {
            List<RegisterScreen.Action> actions = RegisterScreen.Action.of("/supply/rations/" + o.id(), rations.actions(o), o.version(),
                    "supply.field.").stream().map(a -> a.path().endsWith("/receive")
                    ? new RegisterScreen.Action(a.path(), a.labelKey(), "receipt", "supply.field.receipt", a.version(), a.enabled(), a.refusal())
                    : new RegisterScreen.Action(a.path(), a.labelKey(), "invoice", "supply.field.invoiceInput", a.version(), a.enabled(),
                    a.refusal())).toList();
            return RegisterScreen.row(null, "MISMATCH".equals(o.match()), actions, o.reference(), o.missionCode(), o.location(),
                    formats.date(o.firstDay()), formats.number(o.days()), formats.number(o.headcount())
                            + (o.contingentReference() == null ? "" : " · " + o.contingentReference()),
                    "#supply.headcount.source." + o.headcountSource(),
                    formats.number(o.personDays()), o.weightKg() + " kg", formats.money(new BigDecimal(o.value()), "USD"),
                    "#supply.status." + o.status(), o.received() == null ? null : o.received() + " / −" + o.rejected(),
                    o.invoiced() == null ? null : o.invoiced() + " · " + formats.money(new BigDecimal(o.invoiceAmount()), "USD"),
                    o.match() == null ? null : "#supply.match." + o.match());
        }).toList();
        return RegisterScreen.of("supply.rations.title", "supply.rations.intro", List.of("supply.field.reference",
                        "supply.field.missionCode", "supply.field.location", "supply.field.firstDay", "supply.field.days",
                        "supply.field.headcount", "supply.field.headcountSource", "supply.field.personDays", "supply.field.weight", "supply.field.value",
                        "supply.field.status", "supply.field.receipt", "supply.field.invoice", "supply.field.match"), rows)
                .links(List.of(new RegisterScreen.Link("/supply/strengths", "supply.nav.strengths"),
                        new RegisterScreen.Link("/supply/fuel", "supply.nav.fuel")))
                .form("supply.rations.new", "/supply/rations", List.of(
                        RegisterScreen.field("missionCode", "supply.field.missionCode", "text", true),
                        RegisterScreen.field("location", "supply.field.location", "text", true),
                        RegisterScreen.field("contingentReference", "supply.field.contingentReference", "text", false),
                        RegisterScreen.field("firstDay", "supply.field.firstDay", "date", true),
                        RegisterScreen.field("days", "supply.field.days", "number", true),
                        RegisterScreen.field("scaleKg", "supply.field.scaleKg", "number", true),
                        RegisterScreen.field("unitPrice", "supply.field.unitPrice", "number", true)));
    }

    /** The contingents' strength this month from the claims module: what an order for a contingent is made for. */
    @GetMapping("/supply/strengths")
    String strengths(Model model) {
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        List<RegisterScreen.Row> rows = new ArrayList<>();
        for (String mission : rations.strengthMissions()) {
            for (var s : rations.strengths(mission, month)) {
                rows.add(RegisterScreen.row(null, false, List.of(), s.contingentReference(), mission, s.memberState(),
                        s.unitType(), formats.number(s.strength()), "#supply.headcount.source.CLAIMS_" + s.source()));
            }
        }
        return RegisterScreen.of("supply.strengths.title", "supply.strengths.intro", List.of("supply.field.contingentReference",
                        "supply.field.missionCode", "supply.field.memberState", "supply.field.unitType",
                        "supply.field.headcount", "supply.field.headcountSource"), rows)
                .links(List.of(new RegisterScreen.Link("/supply/rations", "supply.nav.rations")))
                .show(model, null, null);
    }

    @PostMapping("/supply/rations")
    String order(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            rations.order(RegisterScreen.bind(json, f, Rations.NewOrder.class));
            return "redirect:/supply/rations";
        }, (f, errors) -> rationScreen().show(model, f, errors));
    }

    /** Receipt typed as "received rejected reason…", invoice as "quantity amount". */
    @PostMapping("/supply/rations/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
               Locale locale, RedirectAttributes redirect) {
        try {
            if ("receive".equals(action)) {
                String[] p = form.getOrDefault("receipt", "").strip().split("\\s+", 3);
                rations.receive(id, new Rations.Receipt(integer(p, 0), p.length > 1 ? integer(p, 1) : 0,
                        p.length > 2 ? p[2] : null, Flows.version(form.get("version"))));
            } else if ("invoice".equals(action)) {
                String[] p = form.getOrDefault("invoice", "").strip().split("\\s+");
                rations.invoice(id, new Rations.Invoice(integer(p, 0), p.length > 1 ? new BigDecimal(p[1]) : null,
                        Flows.version(form.get("version"))));
            }
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("lsd.input.invalid", null, locale));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/supply/rations";
    }

    private static Integer integer(String[] parts, int i) {
        return parts.length > i && !parts[i].isBlank() ? Integer.valueOf(parts[i]) : null;
    }

    @GetMapping("/supply/fuel")
    String fuel(Model model) {
        return fuelScreen().show(model, Map.of(), null);
    }

    private RegisterScreen fuelScreen() {
        List<RegisterScreen.Row> rows = fuel.issues(null).stream().map(i -> RegisterScreen.row(null, i.anomaly(), List.of(),
                i.equipmentCode(), i.missionCode(), "#supply.kind." + i.kind(), formats.date(i.issuedOn()), i.litres(),
                i.meter(), i.consumption(), i.norm(), i.anomaly() ? "#supply.anomaly" : "")).toList();
        return RegisterScreen.of("supply.fuel.title", "supply.fuel.intro", List.of("supply.field.equipment",
                        "supply.field.missionCode", "supply.field.kind", "supply.field.issuedOn", "supply.field.litres",
                        "supply.field.meter", "supply.field.consumption", "supply.field.norm", "supply.field.flags"), rows)
                .links(List.of(new RegisterScreen.Link("/supply/rations", "supply.nav.rations")))
                .form("supply.fuel.new", "/supply/fuel", List.of(
                        RegisterScreen.field("equipmentCode", "supply.field.equipment", "text", true),
                        RegisterScreen.field("issuedOn", "supply.field.issuedOn", "date", true),
                        RegisterScreen.field("litres", "supply.field.litres", "number", true),
                        RegisterScreen.field("meter", "supply.field.meter", "number", true)));
    }

    @PostMapping("/supply/fuel")
    String issue(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            fuel.issue(RegisterScreen.bind(json, f, Fuel.NewIssue.class));
            return "redirect:/supply/fuel";
        }, (f, errors) -> fuelScreen().show(model, f, errors));
    }

    /** Rations and fuel over REST. */
    @RestController
    static class SupplyApi {

        private final Rations rations;
        private final Fuel fuel;

        SupplyApi(Rations rations, Fuel fuel) {
            this.rations = rations;
            this.fuel = fuel;
        }

        @GetMapping(path = "/api/v1/supply/strengths", produces = MediaType.APPLICATION_JSON_VALUE)
        List<org.fieldsupport.claims.ContingentMonthStrengths.Strength> strengths(
                @RequestParam(required = false) String mission, @RequestParam(required = false) java.time.YearMonth month) {
            return rations.strengths(mission, month);
        }

        @PostMapping(path = "/api/v1/supply/headcounts", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Map<String, Integer>> headcount(@RequestBody Rations.NewHeadcount h) {
            return ResponseEntity.status(201).body(Map.of("strength", rations.recordHeadcount(h)));
        }

        @GetMapping(path = "/api/v1/supply/ration-orders", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Rations.Order> orders(@RequestParam(required = false) String mission) {
            return rations.list(mission);
        }

        @PostMapping(path = "/api/v1/supply/ration-orders", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Rations.Order> order(@RequestBody Rations.NewOrder o) {
            Rations.Order created = rations.order(o);
            return ResponseEntity.created(URI.create("/api/v1/supply/ration-orders/" + created.id())).body(created);
        }

        @GetMapping(path = "/api/v1/supply/ration-orders/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Rations.Order read(@PathVariable long id) {
            return rations.read(id);
        }

        @PostMapping(path = "/api/v1/supply/ration-orders/{id}/receipt", produces = MediaType.APPLICATION_JSON_VALUE)
        Rations.Order receive(@PathVariable long id, @RequestBody Rations.Receipt r) {
            return rations.receive(id, r);
        }

        @PostMapping(path = "/api/v1/supply/ration-orders/{id}/invoice", produces = MediaType.APPLICATION_JSON_VALUE)
        Rations.Order invoice(@PathVariable long id, @RequestBody Rations.Invoice i) {
            return rations.invoice(id, i);
        }

        @PostMapping(path = "/api/v1/supply/fuel-equipment", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Map<String, String>> equipment(@RequestBody Fuel.NewEquipment e) {
            fuel.addEquipment(e);
            return ResponseEntity.status(201).body(Map.of("code", e.code()));
        }

        @GetMapping(path = "/api/v1/supply/fuel-issues", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Fuel.Issue> issues(@RequestParam(required = false) String mission) {
            return fuel.issues(mission);
        }

        @PostMapping(path = "/api/v1/supply/fuel-issues", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Fuel.Issue> issue(@RequestBody Fuel.NewIssue i) {
            return ResponseEntity.status(201).body(fuel.issue(i));
        }
    }
}
