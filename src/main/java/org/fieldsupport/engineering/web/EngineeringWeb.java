package org.fieldsupport.engineering.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.engineering.internal.Camps;
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

/** Screens: camps with occupancy; a camp's projects (phases, budget) and utilities readings. */
@Controller
class EngineeringWeb {

    private final Camps camps;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    EngineeringWeb(Camps camps, JsonMapper json, MessageSource messages, Formats formats) {
        this.camps = camps;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/engineering/camps")
    String list(Model model) {
        return listScreen().show(model, Map.of(), null);
    }

    private RegisterScreen listScreen() {
        List<RegisterScreen.Row> rows = camps.camps(null).stream().map(c -> RegisterScreen.row("/engineering/camps/" + c.id(),
                c.overCapacity(), List.of(), c.name(), c.missionCode(), formats.number(c.capacity()),
                formats.number(c.personnel()), c.occupancyPercent() + " %", formats.number(c.projects().size()))).toList();
        return RegisterScreen.of("engineering.camps.title", "engineering.camps.intro", List.of("engineering.field.name",
                        "engineering.field.missionCode", "engineering.field.capacity", "engineering.field.personnel",
                        "engineering.field.occupancy", "engineering.field.projects"), rows)
                .form("engineering.camps.new", "/engineering/camps", List.of(
                        RegisterScreen.field("missionCode", "engineering.field.missionCode", "text", true),
                        RegisterScreen.field("name", "engineering.field.name", "text", true),
                        RegisterScreen.field("capacity", "engineering.field.capacity", "number", true),
                        RegisterScreen.field("personnel", "engineering.field.personnel", "number", true)));
    }

    @PostMapping("/engineering/camps")
    String add(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            Camps.Camp c = camps.addCamp(RegisterScreen.bind(json, f, Camps.NewCamp.class));
            return "redirect:/engineering/camps/" + c.id();
        }, (f, errors) -> listScreen().show(model, f, errors));
    }

    @GetMapping("/engineering/camps/{id}")
    String camp(@PathVariable long id, Model model, Locale locale) {
        return campScreen(id, model, locale).show(model, Map.of(), null);
    }

    private RegisterScreen campScreen(long id, Model model, Locale locale) {
        Camps.Camp c = camps.camp(id);
        model.addAttribute("done", messages.getMessage("engineering.camp.summary", new Object[] {c.name(), c.personnel(),
                c.capacity(), c.occupancyPercent()}, locale));
        List<RegisterScreen.Row> rows = new ArrayList<>();
        for (Camps.Project p : c.projects()) {
            // the kit's next-phase move when the user may make it, then the amount spent (same holders)
            List<RegisterScreen.Action> actions = new ArrayList<>();
            for (RegisterScreen.Action a : RegisterScreen.Action.of("/engineering/projects/" + p.id(), camps.actions(p), p.version(),
                    "engineering.field.")) {
                actions.add(new RegisterScreen.Action(a.path() + "?camp=" + id, a.labelKey(), null, null, a.version(),
                        a.enabled(), a.refusal()));
            }
            if (!actions.isEmpty()) {
                actions.add(new RegisterScreen.Action("/engineering/projects/" + p.id() + "/spent?camp=" + id,
                        "engineering.action.spent", "spent", "engineering.field.spent"));
            }
            rows.add(RegisterScreen.row(null, p.overBudget(), actions, p.title(), "#engineering.phase." + p.phase(),
                    formats.money(new BigDecimal(p.budget()), "USD"), formats.money(new BigDecimal(p.spent()), "USD")));
        }
        for (Camps.Reading r : c.readings()) {
            rows.add(RegisterScreen.row(null, false, List.of(), "#engineering.kind." + r.kind(), formats.date(r.readOn()), r.meter(),
                    r.perPersonPerDay() == null ? "" : r.perPersonPerDay()));
        }
        return RegisterScreen.of("engineering.camp.title", null, List.of("engineering.field.item", "engineering.field.stage",
                        "engineering.field.budgetOrMeter", "engineering.field.spentOrUse"), rows)
                .links(List.of(new RegisterScreen.Link("/engineering/camps", "engineering.nav.camps")))
                .form("engineering.projects.new", "/engineering/camps/" + id + "/projects", List.of(
                        RegisterScreen.field("title", "engineering.field.title", "text", true),
                        RegisterScreen.field("budget", "engineering.field.budget", "number", true)));
    }

    @PostMapping("/engineering/camps/{id}/projects")
    String addProject(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            camps.addProject(id, RegisterScreen.bind(json, f, Camps.NewProject.class));
            return "redirect:/engineering/camps/" + id;
        }, (f, errors) -> campScreen(id, model, locale).show(model, f, errors));
    }

    @PostMapping("/engineering/projects/{id}/{action}")
    String project(@PathVariable long id, @PathVariable String action, @RequestParam long camp,
                   @RequestParam(required = false) String spent, @RequestParam(required = false) String version,
                   Locale locale, RedirectAttributes redirect) {
        try {
            if ("spent".equals(action)) {
                camps.changeProject(id, new Camps.ProjectChange(null, new BigDecimal(spent == null ? "" : spent.strip())));
            } else {
                camps.changeProject(id, new Camps.ProjectChange(action, null,
                        org.fieldsupport.lsd.Flows.version(version)));
            }
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("lsd.input.invalid", null, locale));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/engineering/camps/" + camp;
    }

    /** Camps, projects and readings over REST. */
    @RestController
    static class EngineeringApi {

        private final Camps camps;

        EngineeringApi(Camps camps) {
            this.camps = camps;
        }

        @GetMapping(path = "/api/v1/engineering/camps", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Camps.Camp> camps(@RequestParam(required = false) String mission) {
            return camps.camps(mission);
        }

        @PostMapping(path = "/api/v1/engineering/camps", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Camps.Camp> add(@RequestBody Camps.NewCamp c) {
            Camps.Camp created = camps.addCamp(c);
            return ResponseEntity.created(URI.create("/api/v1/engineering/camps/" + created.id())).body(created);
        }

        @GetMapping(path = "/api/v1/engineering/camps/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Camps.Camp camp(@PathVariable long id) {
            return camps.camp(id);
        }

        @PostMapping(path = "/api/v1/engineering/camps/{id}/projects", produces = MediaType.APPLICATION_JSON_VALUE)
        Camps.Camp project(@PathVariable long id, @RequestBody Camps.NewProject p) {
            return camps.addProject(id, p);
        }

        @PostMapping(path = "/api/v1/engineering/projects/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Camps.Camp change(@PathVariable long id, @RequestBody Camps.ProjectChange ch) {
            return camps.changeProject(id, ch);
        }

        @GetMapping(path = "/api/v1/engineering/projects/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
        List<org.fieldsupport.platform.workflow.Workflows.TransitionRecord> history(@PathVariable long id) {
            return camps.history(id);
        }

        @PostMapping(path = "/api/v1/engineering/camps/{id}/readings", produces = MediaType.APPLICATION_JSON_VALUE)
        Camps.Camp reading(@PathVariable long id, @RequestBody Camps.NewReading r) {
            return camps.addReading(id, r);
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
