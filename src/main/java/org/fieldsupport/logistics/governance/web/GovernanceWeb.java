package org.fieldsupport.logistics.governance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.logistics.governance.domain.GovernanceRules;
import org.fieldsupport.logistics.governance.internal.Governance;
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

/** Screens of the innovation register, the logistics policies and the liquidation disposal plan. */
@Controller
class GovernanceWeb {

    private final Governance governance;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    GovernanceWeb(Governance governance, JsonMapper json, MessageSource messages, Formats formats) {
        this.governance = governance;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/logistics/innovations")
    String innovations(Model model) {
        return innovationScreen().show(model, Map.of(), null);
    }

    private RegisterScreen innovationScreen() {
        List<RegisterScreen.Row> rows = governance.innovations().stream().map(i -> {
            List<RegisterScreen.Action> actions = RegisterScreen.Action.of("/logistics/innovations/" + i.id(),
                    governance.actions(i), i.version(), "logistics.field.");
            return RegisterScreen.row(null, false, actions, i.title(), i.technology(), i.proposedBy(), i.pilotMission(),
                    "#logistics.innovation." + i.status(), i.evaluation(), i.precautions());
        }).toList();
        return RegisterScreen.of("logistics.innovations.title", "logistics.innovations.intro", List.of("logistics.field.title",
                        "logistics.field.technology", "logistics.field.proposedBy", "logistics.field.pilotMission",
                        "logistics.field.status", "logistics.field.evaluation", "logistics.field.precautions"), rows)
                .form("logistics.innovations.new", "/logistics/innovations", List.of(
                        RegisterScreen.field("title", "logistics.field.title", "text", true),
                        RegisterScreen.field("technology", "logistics.field.technology", "text", true),
                        RegisterScreen.field("proposedBy", "logistics.field.proposedBy", "text", true),
                        RegisterScreen.field("precautions", "logistics.field.precautions", "textarea", false)));
    }

    @PostMapping("/logistics/innovations")
    String propose(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            governance.propose(RegisterScreen.bind(json, f, Governance.NewInnovation.class));
            return "redirect:/logistics/innovations";
        }, (f, errors) -> innovationScreen().show(model, f, errors));
    }

    /** One decision of the kit's actions ({@code pilot}, {@code evaluate}, {@code adopt}, {@code reject}). */
    @PostMapping("/logistics/innovations/{id}/{action}")
    String decide(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
                  Locale locale, RedirectAttributes redirect) {
        try {
            String status = Governance.ACTION_FOR_STATUS.entrySet().stream().filter(e -> e.getValue().equals(action))
                    .map(Map.Entry::getKey).findFirst().orElse(action);
            governance.decide(id, new Governance.Decision(status, form.get("pilotMission"), form.get("evaluation"),
                    org.fieldsupport.lsd.Flows.version(form.get("version"))));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/logistics/innovations";
    }

    @GetMapping("/logistics/policies")
    String policies(Model model) {
        return policyScreen().show(model, Map.of("reviewMonths", "24"), null);
    }

    private RegisterScreen policyScreen() {
        List<RegisterScreen.Row> rows = governance.policies().stream().map(p -> RegisterScreen.row(null, p.reviewOverdue(), List.of(),
                p.reference(), p.title(), "#logistics.area." + p.area(), p.version(), formats.date(p.effectiveOn()),
                formats.date(p.reviewDue()), p.reviewOverdue() ? "#logistics.policy.overdue" : "",
                p.liquidation() ? "#logistics.policy.liquidation" : "")).toList();
        return RegisterScreen.of("logistics.policies.title", "logistics.policies.intro", List.of("logistics.field.reference",
                        "logistics.field.title", "logistics.field.area", "logistics.field.version",
                        "logistics.field.effectiveOn", "logistics.field.reviewDue", "logistics.field.flags",
                        "logistics.field.liquidation"), rows)
                .form("logistics.policies.new", "/logistics/policies", List.of(
                        RegisterScreen.field("reference", "logistics.field.reference", "text", true),
                        RegisterScreen.field("title", "logistics.field.title", "text", true),
                        RegisterScreen.choice("area", "logistics.field.area", "logistics.area.", true,
                                Governance.AREAS.stream().sorted().toArray(String[]::new)),
                        RegisterScreen.field("version", "logistics.field.version", "text", true),
                        RegisterScreen.field("effectiveOn", "logistics.field.effectiveOn", "date", true),
                        RegisterScreen.field("reviewMonths", "logistics.field.reviewMonths", "number", true),
                        RegisterScreen.field("liquidation", "logistics.field.liquidation", "checkbox", false)));
    }

    @PostMapping("/logistics/policies")
    String issue(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            governance.issuePolicy(RegisterScreen.bind(json, f, Governance.NewPolicy.class));
            return "redirect:/logistics/policies";
        }, (f, errors) -> policyScreen().show(model, f, errors));
    }

    @GetMapping("/logistics/liquidation")
    String liquidation(Model model) {
        return liquidationScreen().show(model, Map.of(), null);
    }

    private RegisterScreen liquidationScreen() {
        List<RegisterScreen.Row> rows = governance.disposals(null).stream().map(d -> RegisterScreen.row(null, d.overdue(),
                d.doneOn() == null ? List.of(RegisterScreen.Action.of("/logistics/liquidation/" + d.id() + "/done",
                        "logistics.action.done")) : List.of(),
                d.missionCode(), d.assetGroup(), formats.number(d.quantity()),
                formats.money(new BigDecimal(d.bookValue()), "USD"), "#logistics.method." + d.method(),
                String.valueOf(d.priority()), d.justification(), formats.date(d.dueOn()),
                d.doneOn() == null ? (d.overdue() ? "#logistics.liquidation.overdue" : "") : formats.date(d.doneOn())))
                .toList();
        return RegisterScreen.of("logistics.liquidation.title", "logistics.liquidation.intro", List.of(
                        "logistics.field.missionCode", "logistics.field.assetGroup", "logistics.field.quantity",
                        "logistics.field.bookValue", "logistics.field.method", "logistics.field.priority",
                        "logistics.field.justification", "logistics.field.dueOn", "logistics.field.doneOn"), rows)
                .form("logistics.liquidation.new", "/logistics/liquidation", List.of(
                        RegisterScreen.field("missionCode", "logistics.field.missionCode", "text", true),
                        RegisterScreen.field("assetGroup", "logistics.field.assetGroup", "text", true),
                        RegisterScreen.field("quantity", "logistics.field.quantity", "number", true),
                        RegisterScreen.field("bookValue", "logistics.field.bookValue", "number", true),
                        RegisterScreen.choice("method", "logistics.field.method", "logistics.method.", true,
                                GovernanceRules.DISPOSAL_PRIORITY.toArray(String[]::new)),
                        RegisterScreen.field("justification", "logistics.field.justification", "textarea", false),
                        RegisterScreen.field("dueOn", "logistics.field.dueOn", "date", true)));
    }

    @PostMapping("/logistics/liquidation")
    String plan(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            governance.planDisposal(RegisterScreen.bind(json, f, Governance.NewDisposal.class));
            return "redirect:/logistics/liquidation";
        }, (f, errors) -> liquidationScreen().show(model, f, errors));
    }

    @PostMapping("/logistics/liquidation/{id}/done")
    String done(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            governance.completeDisposal(id, null);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/logistics/liquidation";
    }

    /** Innovations, policies and liquidation over REST. */
    @RestController
    static class GovernanceApi {

        private final Governance governance;

        GovernanceApi(Governance governance) {
            this.governance = governance;
        }

        record Done(LocalDate doneOn) { }

        @GetMapping(path = "/api/v1/logistics/innovations", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Governance.Innovation> innovations() {
            return governance.innovations();
        }

        @PostMapping(path = "/api/v1/logistics/innovations", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Governance.Innovation> propose(@RequestBody Governance.NewInnovation i) {
            Governance.Innovation created = governance.propose(i);
            return ResponseEntity.created(URI.create("/api/v1/logistics/innovations/" + created.id())).body(created);
        }

        @PostMapping(path = "/api/v1/logistics/innovations/{id}/decision", produces = MediaType.APPLICATION_JSON_VALUE)
        Governance.Innovation decide(@PathVariable long id, @RequestBody Governance.Decision d) {
            return governance.decide(id, d);
        }

        @GetMapping(path = "/api/v1/logistics/innovations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Governance.Innovation innovation(@PathVariable long id) {
            return governance.innovation(id);
        }

        @GetMapping(path = "/api/v1/logistics/innovations/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
        List<org.fieldsupport.platform.workflow.Workflows.TransitionRecord> innovationHistory(@PathVariable long id) {
            return governance.history(id);
        }

        @GetMapping(path = "/api/v1/logistics/policies", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Governance.Policy> policies() {
            return governance.policies();
        }

        @PostMapping(path = "/api/v1/logistics/policies", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Governance.Policy> issue(@RequestBody Governance.NewPolicy p) {
            return ResponseEntity.status(201).body(governance.issuePolicy(p));
        }

        @GetMapping(path = "/api/v1/logistics/liquidation", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Governance.Disposal> disposals(@RequestParam(required = false) String mission) {
            return governance.disposals(mission);
        }

        @PostMapping(path = "/api/v1/logistics/liquidation", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Governance.Disposal> plan(@RequestBody Governance.NewDisposal d) {
            return ResponseEntity.status(201).body(governance.planDisposal(d));
        }

        @PostMapping(path = "/api/v1/logistics/liquidation/{id}/done", produces = MediaType.APPLICATION_JSON_VALUE)
        Governance.Disposal done(@PathVariable long id, @RequestBody(required = false) Done d) {
            return governance.completeDisposal(id, d == null ? null : d.doneOn());
        }
    }
}
