package org.fieldsupport.movements.shipment.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.lsd.Flows;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.movements.shipment.internal.Shipments;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.platform.workflow.Workflows;
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

/**
 * Screens of shipments: the register (transport document, customs status, documents attached) with its form, and a
 * shipment's page with its moves, history and files panel (customs documents through the attachment kit).
 */
@Controller
class ShipmentWeb {

    private final Shipments shipments;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    ShipmentWeb(Shipments shipments, JsonMapper json, MessageSource messages, Formats formats) {
        this.shipments = shipments;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    private static final List<String> COLUMNS = List.of("movements.field.reference", "movements.field.missionCode",
            "movements.field.mode", "movements.field.documentType", "movements.field.documentNumber",
            "movements.field.carrier", "movements.field.route", "movements.field.shippedOn", "movements.field.pieces",
            "movements.field.weightKg", "movements.field.customsReference", "movements.field.documents",
            "movements.field.status");

    private RegisterScreen.Row row(Shipments.Shipment s, boolean link) {
        List<RegisterScreen.Action> actions = RegisterScreen.Action.of("/movements/shipments/" + s.id(), shipments.actions(s),
                s.version(), "movements.field.");
        return RegisterScreen.row(link ? "/movements/shipments/" + s.id() : null,
                "IN_TRANSIT".equals(s.status()) && s.documents() == 0, actions, s.reference(), s.missionCode(),
                "#movements.shipment.mode." + s.mode(), "#movements.shipment.document." + s.documentType(),
                s.documentNumber(), s.carrier(), s.origin() + " → " + s.destination(), formats.date(s.shippedOn()),
                formats.number(s.pieces()), formats.number(s.weightKg()) + " kg", s.customsReference(),
                formats.number(s.documents()), "#movements.shipment.status." + s.status());
    }

    @GetMapping("/movements/shipments")
    String list(Model model) {
        return screen().show(model, Map.of("mode", "SEA"), null);
    }

    private RegisterScreen screen() {
        List<RegisterScreen.Row> rows = shipments.list(null).stream().map(s -> row(s, true)).toList();
        return RegisterScreen.of("movements.shipments.title", "movements.shipments.intro", COLUMNS, rows)
                .links(List.of(new RegisterScreen.Link("/movements/trips", "movements.nav.trips"),
                        new RegisterScreen.Link("/movements/requests", "movements.nav.requests")))
                .form("movements.shipments.new", "/movements/shipments", List.of(
                        RegisterScreen.field("missionCode", "movements.field.missionCode", "text", true),
                        RegisterScreen.choice("mode", "movements.field.mode", "movements.shipment.mode.", true, "SEA", "AIR", "ROAD"),
                        RegisterScreen.field("documentNumber", "movements.field.documentNumber", "text", true),
                        RegisterScreen.field("carrier", "movements.field.carrier", "text", true),
                        RegisterScreen.field("origin", "movements.field.origin", "text", true),
                        RegisterScreen.field("destination", "movements.field.destination", "text", true),
                        RegisterScreen.field("shippedOn", "movements.field.shippedOn", "date", true),
                        RegisterScreen.field("pieces", "movements.field.pieces", "number", true),
                        RegisterScreen.field("weightKg", "movements.field.weightKg", "number", true),
                        RegisterScreen.field("description", "movements.field.description", "textarea", true)));
    }

    @PostMapping("/movements/shipments")
    String record(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            Shipments.Shipment s = shipments.record(RegisterScreen.bind(json, f, Shipments.NewShipment.class));
            return "redirect:/movements/shipments/" + s.id();
        }, (f, errors) -> screen().show(model, f, errors));
    }

    /** The shipment's page: its row and moves, its history, its documents (customs declaration...) and comments. */
    @GetMapping("/movements/shipments/{id}")
    String shipment(@PathVariable long id, Model model) {
        Shipments.Shipment s = shipments.shipment(id);
        return RegisterScreen.of("movements.shipment.title", "movements.shipment.intro", COLUMNS, List.of(row(s, false)))
                .links(List.of(new RegisterScreen.Link("/movements/shipments", "movements.nav.shipments")))
                .showRecord(model, Shipments.ENTITY, id, "/movements/shipments/" + id, shipments.history(id));
    }

    @PostMapping("/movements/shipments/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
               Locale locale, RedirectAttributes redirect) {
        try {
            Long version = Flows.version(form.get("version"));
            if ("clear".equals(action)) {
                shipments.clear(id, new Shipments.Clearance(form.get("customsReference"), version));
            } else if ("deliver".equals(action)) {
                shipments.deliver(id, version);
            }
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/movements/shipments/" + id;
    }

    /** Shipments over REST. */
    @RestController
    static class ShipmentApi {

        private final Shipments shipments;

        ShipmentApi(Shipments shipments) {
            this.shipments = shipments;
        }

        record Delivery(Long version) { }

        @GetMapping(path = "/api/v1/movements/shipments", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Shipments.Shipment> list(@RequestParam(required = false) String mission) {
            return shipments.list(mission);
        }

        @PostMapping(path = "/api/v1/movements/shipments", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Shipments.Shipment> record(@RequestBody(required = false) Shipments.NewShipment s) {
            Shipments.Shipment created = shipments.record(s);
            return ResponseEntity.created(URI.create("/api/v1/movements/shipments/" + created.id())).body(created);
        }

        @GetMapping(path = "/api/v1/movements/shipments/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Shipments.Shipment read(@PathVariable long id) {
            return shipments.shipment(id);
        }

        @PostMapping(path = "/api/v1/movements/shipments/{id}/clearance", produces = MediaType.APPLICATION_JSON_VALUE)
        Shipments.Shipment clear(@PathVariable long id, @RequestBody(required = false) Shipments.Clearance c) {
            return shipments.clear(id, c);
        }

        @PostMapping(path = "/api/v1/movements/shipments/{id}/delivery", produces = MediaType.APPLICATION_JSON_VALUE)
        Shipments.Shipment deliver(@PathVariable long id, @RequestBody(required = false) Delivery d) {
            return shipments.deliver(id, d == null ? null : d.version());
        }

        @GetMapping(path = "/api/v1/movements/shipments/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Workflows.TransitionRecord> history(@PathVariable long id) {
            return shipments.history(id);
        }
    }
}
