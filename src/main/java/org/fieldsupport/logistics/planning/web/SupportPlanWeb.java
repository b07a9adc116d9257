package org.fieldsupport.logistics.planning.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.logistics.planning.internal.SupportPlans;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The mission support plan by service line: screen. */
@Controller
class SupportPlanWeb {

    private final SupportPlans plans;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    SupportPlanWeb(SupportPlans plans, JsonMapper json, MessageSource messages, Formats formats) {
        this.plans = plans;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/logistics/support-plan")
    String plan(@RequestParam(required = false) String mission, Model model, Locale locale) {
        return screen(mission, model, locale).show(model, Map.of("fiscalYear", "2027"), null);
    }

    private RegisterScreen screen(String mission, Model model, Locale locale) {
        SupportPlans.Plan plan = plans.plan(mission, null);
        StringBuilder totals = new StringBuilder();
        plan.totalByServiceLine().forEach((line, total) -> totals.append(messages.getMessage("logistics.line." + line,
                null, locale)).append(": ").append(formats.money(new BigDecimal(total), "USD")).append(" · "));
        model.addAttribute("done", totals + messages.getMessage("logistics.plan.total", null, locale) + ": "
                + formats.money(new BigDecimal(plan.total()), "USD"));
        List<RegisterScreen.Row> rows = plan.lines().stream().map(l -> RegisterScreen.row(null, false, List.of(), l.missionCode(),
                String.valueOf(l.fiscalYear()), "#logistics.line." + l.serviceLine(), l.requirement(),
                formats.number(l.quantity()), formats.money(new BigDecimal(l.total()), "USD"), formats.date(l.neededBy()),
                "#logistics.sourcing." + l.sourcing())).toList();
        return RegisterScreen.of("logistics.plan.title", "logistics.plan.intro", List.of("logistics.field.missionCode",
                        "logistics.field.fiscalYear", "logistics.field.serviceLine", "logistics.field.requirement",
                        "logistics.field.quantity", "logistics.field.total", "logistics.field.neededBy",
                        "logistics.field.sourcing"), rows)
                .form("logistics.plan.new", "/logistics/support-plan", List.of(
                        RegisterScreen.field("missionCode", "logistics.field.missionCode", "text", true),
                        RegisterScreen.field("fiscalYear", "logistics.field.fiscalYear", "number", true),
                        RegisterScreen.choice("serviceLine", "logistics.field.serviceLine", "logistics.line.", true,
                                SupportPlans.LINES.stream().sorted().toArray(String[]::new)),
                        RegisterScreen.field("requirement", "logistics.field.requirement", "text", true),
                        RegisterScreen.field("quantity", "logistics.field.quantity", "number", true),
                        RegisterScreen.field("unitCost", "logistics.field.unitCost", "number", true),
                        RegisterScreen.field("neededBy", "logistics.field.neededBy", "date", true),
                        RegisterScreen.choice("sourcing", "logistics.field.sourcing", "logistics.sourcing.", true,
                                SupportPlans.SOURCING.stream().sorted().toArray(String[]::new))));
    }

    @PostMapping("/logistics/support-plan")
    String add(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            plans.add(RegisterScreen.bind(json, f, SupportPlans.NewLine.class));
            return "redirect:/logistics/support-plan";
        }, (f, errors) -> screen(null, model, locale).show(model, f, errors));
    }

    /** The same plan over REST. */
    @RestController
    static class SupportPlanApi {

        private final SupportPlans plans;

        SupportPlanApi(SupportPlans plans) {
            this.plans = plans;
        }

        @GetMapping(path = "/api/v1/logistics/support-plan", produces = MediaType.APPLICATION_JSON_VALUE)
        SupportPlans.Plan plan(@RequestParam(required = false) String mission,
                               @RequestParam(required = false) Integer fiscalYear) {
            return plans.plan(mission, fiscalYear);
        }

        @PostMapping(path = "/api/v1/logistics/support-plan", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<SupportPlans.Line> add(@RequestBody SupportPlans.NewLine line) {
            SupportPlans.Line l = plans.add(line);
            return ResponseEntity.created(URI.create("/api/v1/logistics/support-plan/" + l.id())).body(l);
        }
    }
}
