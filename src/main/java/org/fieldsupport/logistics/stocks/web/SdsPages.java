package org.fieldsupport.logistics.stocks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.lsd.Flows;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.logistics.stocks.internal.DeploymentStocks;
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

/** Screens: kits with readiness and replenishment, lots, allocations with shipment and receipt. */
@Controller
class SdsPages {

    private final DeploymentStocks stocks;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    SdsPages(DeploymentStocks stocks, JsonMapper json, MessageSource messages, Formats formats) {
        this.stocks = stocks;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/logistics/sds")
    String kits(Model model) {
        return kitScreen().show(model, Map.of("readiness", "SERVICEABLE"), null);
    }

    private RegisterScreen kitScreen() {
        List<RegisterScreen.Row> rows = stocks.kits().stream().map(k -> RegisterScreen.row(null, k.replenish(), List.of(), k.code(),
                k.name(), formats.number(k.targetQuantity()), formats.number(k.serviceable()),
                formats.number(k.underRefurbishment()), formats.number(k.reserved()),
                k.replenish() ? formats.number(k.shortfall()) : "", formats.number(k.lotsToRotate()))).toList();
        return RegisterScreen.of("logistics.sds.title", "logistics.sds.intro", List.of("logistics.field.code",
                        "logistics.field.name", "logistics.field.target", "logistics.readiness.SERVICEABLE",
                        "logistics.readiness.REFURBISHMENT", "logistics.readiness.RESERVED", "logistics.field.replenish",
                        "logistics.field.rotate"), rows)
                .links(List.of(new RegisterScreen.Link("/logistics/sds/allocations", "logistics.nav.allocations")))
                .form("logistics.sds.lot", "/logistics/sds/lots", List.of(
                        RegisterScreen.field("kitCode", "logistics.field.code", "text", true),
                        RegisterScreen.field("location", "logistics.field.location", "text", true),
                        RegisterScreen.choice("readiness", "logistics.field.readiness", "logistics.readiness.", true,
                                "SERVICEABLE", "REFURBISHMENT", "RESERVED"),
                        RegisterScreen.field("quantity", "logistics.field.quantity", "number", true),
                        RegisterScreen.field("stockedOn", "logistics.field.stockedOn", "date", true)));
    }

    @PostMapping("/logistics/sds/lots")
    String addLot(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            stocks.addLot(RegisterScreen.bind(json, f, DeploymentStocks.NewLot.class));
            return "redirect:/logistics/sds";
        }, (f, errors) -> kitScreen().show(model, f, errors));
    }

    @GetMapping("/logistics/sds/allocations")
    String allocations(Model model) {
        return allocationScreen().show(model, Map.of(), null);
    }

    private static final List<String> ALLOCATION_COLUMNS = List.of("logistics.field.reference", "logistics.field.code",
            "logistics.field.missionCode", "logistics.field.quantity", "logistics.field.picked", "logistics.field.status",
            "logistics.field.waybill", "logistics.field.receiptDays", "logistics.field.serviceable");

    private RegisterScreen.Row allocationRow(DeploymentStocks.Allocation a, boolean link) {
        List<RegisterScreen.Action> actions = RegisterScreen.Action.of("/logistics/sds/allocations/" + a.id(), stocks.actions(a),
                a.version(), "logistics.field.");
        return RegisterScreen.row(link ? "/logistics/sds/allocations/" + a.id() : null, a.receiptLate(), actions, a.reference(),
                a.kitCode(), a.missionCode(), formats.number(a.quantity()), a.picked(),
                "#logistics.allocation." + a.status(), a.waybill(),
                a.receiptDays() == null ? null : formats.number(a.receiptDays()),
                a.inspectedOk() == null ? null : formats.number(a.inspectedOk()));
    }

    /** The allocation's page: its row and moves, its history and its shipping documents (attachment kit). */
    @GetMapping("/logistics/sds/allocations/{id}")
    String allocation(@PathVariable long id, Model model) {
        DeploymentStocks.Allocation a = stocks.allocation(id);
        return RegisterScreen.of("logistics.allocation.title", "logistics.allocation.intro", ALLOCATION_COLUMNS,
                        List.of(allocationRow(a, false)))
                .links(List.of(new RegisterScreen.Link("/logistics/sds/allocations", "logistics.nav.allocations")))
                .showRecord(model, "logistics.sds-allocation", id, "/logistics/sds/allocations/" + id, stocks.history(id));
    }

    private RegisterScreen allocationScreen() {
        List<RegisterScreen.Row> rows = stocks.allocations().stream().map(a -> allocationRow(a, true)).toList();
        return RegisterScreen.of("logistics.allocations.title", "logistics.allocations.intro", ALLOCATION_COLUMNS, rows)
                .links(List.of(new RegisterScreen.Link("/logistics/sds", "logistics.nav.sds")))
                .form("logistics.allocations.new", "/logistics/sds/allocations", List.of(
                        RegisterScreen.field("kitCode", "logistics.field.code", "text", true),
                        RegisterScreen.field("missionCode", "logistics.field.missionCode", "text", true),
                        RegisterScreen.field("quantity", "logistics.field.quantity", "number", true)));
    }

    @PostMapping("/logistics/sds/allocations")
    String allocate(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            stocks.allocate(RegisterScreen.bind(json, f, DeploymentStocks.NewAllocation.class));
            return "redirect:/logistics/sds/allocations";
        }, (f, errors) -> allocationScreen().show(model, f, errors));
    }

    @PostMapping("/logistics/sds/allocations/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
               Locale locale, RedirectAttributes redirect) {
        try {
            if ("ship".equals(action)) {
                stocks.ship(id, form.get("waybill"), Flows.version(form.get("version")));
            } else if ("receive".equals(action)) {
                record R(Integer serviceable) { }
                stocks.receive(id, RegisterScreen.bind(json, Map.of("serviceable", form.getOrDefault("serviceable", "")),
                        R.class).serviceable(), null, Flows.version(form.get("version")));
            }
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/logistics/sds/allocations";
    }
}
