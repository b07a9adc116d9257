package org.fieldsupport.ict.projects.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.ict.projects.domain.StageGates;
import org.fieldsupport.ict.projects.internal.Projects;
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
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/** Screens: the ICT project portfolio, a project (gates, risks, benefits, status reports), the roadmap. */
@Controller
class ProjectsWeb {

    private final Projects projects;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    ProjectsWeb(Projects projects, JsonMapper json, MessageSource messages, Formats formats) {
        this.projects = projects;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/ict/projects")
    String portfolio(@RequestParam(required = false) String stage, Model model) {
        return portfolioScreen(stage).show(model, Map.of(), null);
    }

    private RegisterScreen portfolioScreen(String stage) {
        List<RegisterScreen.Row> rows = projects.portfolio(stage).stream().map(p -> RegisterScreen.row("/ict/projects/" + p.id(),
                p.overBudget() || "RED".equals(p.latestRag()), List.of(), p.code() + " " + p.title(),
                p.missionCode() == null ? "#ictinfra.hq" : p.missionCode(), "#ictinfra.stage." + p.stage(),
                formats.money(p.budget(), "USD"), formats.money(p.spent(), "USD"),
                p.latestRag() == null ? "—" : "#ictinfra.rag." + p.latestRag(), formats.number(p.openRisks()),
                formats.date(p.startsOn()) + " – " + formats.date(p.endsOn()))).toList();
        return RegisterScreen.of("ictinfra.projects.title", "ictinfra.projects.intro", List.of("ictinfra.field.title",
                        "ictinfra.field.missionCode", "ictinfra.field.stage", "ictinfra.field.budget", "ictinfra.field.spent",
                        "ictinfra.field.rag", "ictinfra.field.openRisks", "ictinfra.field.period"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/projects/roadmap", "ictinfra.nav.roadmap")))
                .form("ictinfra.projects.new", "/ict/projects", List.of(
                        RegisterScreen.field("code", "ictinfra.field.code", "text", true),
                        RegisterScreen.field("title", "ictinfra.field.title", "text", true),
                        RegisterScreen.field("missionCode", "ictinfra.field.missionCode", "text", false),
                        RegisterScreen.field("siteId", "ictinfra.field.siteId", "number", false),
                        RegisterScreen.field("budget", "ictinfra.field.budget", "number", true),
                        RegisterScreen.field("startsOn", "ictinfra.field.startsOn", "date", true),
                        RegisterScreen.field("endsOn", "ictinfra.field.endsOn", "date", true),
                        RegisterScreen.field("manager", "ictinfra.field.manager", "text", true)));
    }

    @PostMapping("/ict/projects")
    String create(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> "redirect:/ict/projects/"
                + projects.create(RegisterScreen.bind(json, f, Projects.NewProject.class)).id(), (f, e) -> portfolioScreen(null).show(model, f, e));
    }

    @GetMapping("/ict/projects/{id}")
    String project(@PathVariable long id, Model model, Locale locale) {
        return projectScreen(id, model, locale).show(model, Map.of(), null);
    }

    private RegisterScreen projectScreen(long id, Model model, Locale locale) {
        Projects.Detail d = projects.detail(id);
        Projects.Project p = d.project();
        String unmet = d.nextGateUnmet().stream().map(k -> messages.getMessage(k, new Object[] {p.stage(), d.nextStage()}, locale))
                .reduce((a, b) -> a + " " + b).orElse("—");
        model.addAttribute("done", messages.getMessage("ictinfra.project.summary", new Object[] {p.code(), p.title(),
                messages.getMessage("ictinfra.stage." + p.stage(), null, locale), formats.money(p.budget(), "USD"),
                formats.money(p.spent(), "USD"), p.manager(), unmet}, locale));
        String base = "/ict/projects/" + id;
        List<RegisterScreen.Row> rows = new ArrayList<>();
        List<RegisterScreen.Action> gate = new ArrayList<>();
        if (d.nextStage() != null) {
            gate.add(new RegisterScreen.Action(base + "/gate/" + d.nextStage(), "ictinfra.action.gate." + d.nextStage(), "note", "ictinfra.field.note"));
        }
        if (StageGates.isOpen(p.stage())) {
            gate.add(new RegisterScreen.Action(base + "/gate/CANCELLED", "ictinfra.action.gate.CANCELLED", "note", "ictinfra.field.note"));
        }
        rows.add(RegisterScreen.row(null, !d.nextGateUnmet().isEmpty(), gate, "#ictinfra.project.gate", "#ictinfra.stage." + p.stage(),
                d.nextStage() == null ? "—" : "#ictinfra.stage." + d.nextStage(), unmet));
        for (Projects.Gate g : d.gates()) {
            rows.add(RegisterScreen.row(null, false, List.of(), "#ictinfra.project.gateDecision", "#ictinfra.stage." + g.to(),
                    g.decidedBy() + " · " + formats.dateTime(g.decidedAt().atOffset(java.time.ZoneOffset.UTC)), g.note()));
        }
        for (Projects.Risk r : d.risks()) {
            rows.add(RegisterScreen.row(null, r.open() && r.score() >= StageGates.HIGH_RISK && r.mitigation() == null,
                    r.open() ? List.of(new RegisterScreen.Action(base + "/risks/" + r.id() + "/mitigate", "ictinfra.action.mitigate", "mitigation",
                            "ictinfra.field.mitigation"), RegisterScreen.Action.of(base + "/risks/" + r.id() + "/close", "ictinfra.action.closeRisk"))
                            : List.of(),
                    "#ictinfra.project.risk", r.title(), r.likelihood() + " × " + r.impact() + " = " + r.score()
                            + (r.open() ? "" : " ✓"), r.mitigation() == null ? "—" : r.mitigation()));
        }
        for (Projects.Benefit b : d.benefits()) {
            rows.add(RegisterScreen.row(null, false, List.of(new RegisterScreen.Action(base + "/benefits/" + b.id() + "/realise", "ictinfra.action.realise",
                            "realised", "ictinfra.field.realised")), "#ictinfra.project.benefit", b.description() + " (" + b.measure() + ")",
                    formats.decimal(b.target(), 2), b.realised() == null ? "—" : formats.decimal(b.realised(), 2)));
        }
        for (Projects.StatusReport s : d.reports()) {
            rows.add(RegisterScreen.row(null, "RED".equals(s.rag()), List.of(), "#ictinfra.project.report", "#ictinfra.rag." + s.rag(),
                    formats.date(s.reportedOn()) + " · " + s.reportedBy(), s.summary()));
        }
        return RegisterScreen.of("ictinfra.project.title", null, List.of("ictinfra.field.item", "ictinfra.field.detail", "ictinfra.field.when",
                        "ictinfra.field.more"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/projects", "ictinfra.nav.projects"),
                        new RegisterScreen.Link(base + "/risks", "ictinfra.nav.newRisk"), new RegisterScreen.Link(base + "/benefits", "ictinfra.nav.newBenefit")))
                .form("ictinfra.project.newReport", base + "/reports", List.of(
                        RegisterScreen.choice("rag", "ictinfra.field.rag", "ictinfra.rag.", true, "GREEN", "AMBER", "RED"),
                        RegisterScreen.field("summary", "ictinfra.field.summary", "textarea", true),
                        RegisterScreen.field("spentToDate", "ictinfra.field.spentToDate", "number", false)));
    }

    @PostMapping("/ict/projects/{id}/reports")
    String report(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            projects.report(id, RegisterScreen.bind(json, f, Projects.NewReport.class));
            return "redirect:/ict/projects/" + id;
        }, (f, e) -> projectScreen(id, model, locale).show(model, f, e));
    }

    @GetMapping("/ict/projects/{id}/risks")
    String riskForm(@PathVariable long id, Model model) {
        return riskScreen(id).show(model, Map.of(), null);
    }

    private RegisterScreen riskScreen(long id) {
        Projects.Project p = projects.project(id);
        return RegisterScreen.of("ictinfra.project.newRisk", null, List.of(), List.of())
                .links(List.of(new RegisterScreen.Link("/ict/projects/" + id, "ictinfra.nav.project")))
                .form("ictinfra.project.newRisk", "/ict/projects/" + p.id() + "/risks", List.of(
                        RegisterScreen.field("title", "ictinfra.field.title", "text", true),
                        RegisterScreen.choice("likelihood", "ictinfra.field.likelihood", null, true, "1", "2", "3", "4", "5"),
                        RegisterScreen.choice("impact", "ictinfra.field.impact", null, true, "1", "2", "3", "4", "5"),
                        RegisterScreen.field("mitigation", "ictinfra.field.mitigation", "textarea", false)));
    }

    @PostMapping("/ict/projects/{id}/risks")
    String addRisk(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            projects.addRisk(id, RegisterScreen.bind(json, f, Projects.NewRisk.class));
            return "redirect:/ict/projects/" + id;
        }, (f, e) -> riskScreen(id).show(model, f, e));
    }

    @GetMapping("/ict/projects/{id}/benefits")
    String benefitForm(@PathVariable long id, Model model) {
        return benefitScreen(id).show(model, Map.of(), null);
    }

    private RegisterScreen benefitScreen(long id) {
        Projects.Project p = projects.project(id);
        return RegisterScreen.of("ictinfra.project.newBenefit", null, List.of(), List.of())
                .links(List.of(new RegisterScreen.Link("/ict/projects/" + id, "ictinfra.nav.project")))
                .form("ictinfra.project.newBenefit", "/ict/projects/" + p.id() + "/benefits", List.of(
                        RegisterScreen.field("description", "ictinfra.field.description", "text", true),
                        RegisterScreen.field("measure", "ictinfra.field.measure", "text", true),
                        RegisterScreen.field("target", "ictinfra.field.target", "number", true)));
    }

    @PostMapping("/ict/projects/{id}/benefits")
    String addBenefit(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            projects.addBenefit(id, RegisterScreen.bind(json, f, Projects.NewBenefit.class));
            return "redirect:/ict/projects/" + id;
        }, (f, e) -> benefitScreen(id).show(model, f, e));
    }

    @PostMapping("/ict/projects/{id}/gate/{stage}")
    String gate(@PathVariable long id, @PathVariable String stage, @RequestParam(required = false) String note, Locale locale,
                RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> projects.gate(id, new Projects.GateDecision(stage, note)));
    }

    @PostMapping("/ict/projects/{id}/risks/{risk}/{action}")
    String risk(@PathVariable long id, @PathVariable long risk, @PathVariable String action,
                @RequestParam(required = false) String mitigation, Locale locale, RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> projects.changeRisk(id, risk, mitigation, "close".equals(action)));
    }

    @PostMapping("/ict/projects/{id}/benefits/{benefit}/realise")
    String realise(@PathVariable long id, @PathVariable long benefit, @RequestParam(required = false) String realised, Locale locale,
                   RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> projects.realise(id, benefit, decimal(realised)));
    }

    private static BigDecimal decimal(String s) {
        try {
            return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("realised", "Type", "ictinfra.input.invalid",
                    org.fieldsupport.ict.operations.Check.label("realised"));
        }
    }

    private String act(long id, Locale locale, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/projects/" + id;
    }

    @GetMapping("/ict/projects/roadmap")
    String roadmap(Model model, Locale locale) {
        List<Projects.Project> list = projects.portfolio(null).stream().filter(p -> !"CANCELLED".equals(p.stage())).toList();
        List<RegisterScreen.Row> rows = list.stream().map(p -> RegisterScreen.row("/ict/projects/" + p.id(), false, List.of(), p.code() + " " + p.title(),
                "#ictinfra.stage." + p.stage(), formats.date(p.startsOn()), formats.date(p.endsOn()))).toList();
        return RegisterScreen.of("ictinfra.roadmap.title", "ictinfra.roadmap.intro", List.of("ictinfra.field.title", "ictinfra.field.stage",
                        "ictinfra.field.startsOn", "ictinfra.field.endsOn"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/projects", "ictinfra.nav.projects")))
                .svg(svg(list, locale)).show(model, Map.of(), null);
    }

    /** A Gantt-like bar per project between its start and end, coloured by stage; server-drawn, no script. */
    private String svg(List<Projects.Project> list, Locale locale) {
        if (list.isEmpty()) {
            return null;
        }
        LocalDate min = list.stream().map(Projects.Project::startsOn).min(LocalDate::compareTo).orElseThrow().withDayOfMonth(1);
        LocalDate max = list.stream().map(Projects.Project::endsOn).max(LocalDate::compareTo).orElseThrow();
        long days = Math.max(1, ChronoUnit.DAYS.between(min, max));
        int width = 720;
        int label = 220;
        int h = 22;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + (width + label)
                + "\" height=\"" + (list.size() * h + 24) + "\" aria-label=\""
                + HtmlUtils.htmlEscape(messages.getMessage("ictinfra.roadmap.title", null, locale)) + "\">");
        for (LocalDate y = min.withDayOfYear(1).plusYears(1); !y.isAfter(max); y = y.plusYears(1)) {
            double x = label + (double) ChronoUnit.DAYS.between(min, y) / days * width;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"/>", x, x, list.size() * h + 10));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%d</text>", x + 2, list.size() * h + 20, y.getYear()));
        }
        int i = 0;
        for (Projects.Project p : list) {
            double x = label + (double) ChronoUnit.DAYS.between(min, p.startsOn()) / days * width;
            double w = Math.max(2, (double) ChronoUnit.DAYS.between(p.startsOn(), p.endsOn()) / days * width);
            String colour = switch (p.stage()) {
                case "CLOSED" -> "#8a8a8a";
                case "BUILD", "DEPLOY" -> "#2b6cb0";
                default -> "#9ac1e8";
            };
            s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>", i * h + 15,
                    HtmlUtils.htmlEscape(p.code())));
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%s</title></rect>",
                    x, i * h + 4, w, colour, HtmlUtils.htmlEscape(p.title() + " · " + messages.getMessage("ictinfra.stage." + p.stage(), null, locale))));
            i++;
        }
        return s.append("</svg>").toString();
    }

    /** The portfolio over REST. */
    @RestController
    static class ProjectsApi {

        private final Projects projects;

        ProjectsApi(Projects projects) {
            this.projects = projects;
        }

        @GetMapping(path = "/api/v1/ict/projects", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Projects.Project> portfolio(@RequestParam(required = false) String stage) {
            return projects.portfolio(stage);
        }

        @PostMapping(path = "/api/v1/ict/projects", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Projects.Project> create(@RequestBody Projects.NewProject in) {
            Projects.Project p = projects.create(in);
            return ResponseEntity.created(URI.create("/api/v1/ict/projects/" + p.id())).body(p);
        }

        @GetMapping(path = "/api/v1/ict/projects/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Projects.Detail detail(@PathVariable long id) {
            return projects.detail(id);
        }

        @PostMapping(path = "/api/v1/ict/projects/{id}/gate", produces = MediaType.APPLICATION_JSON_VALUE)
        Projects.Detail gate(@PathVariable long id, @RequestBody Projects.GateDecision in) {
            return projects.gate(id, in);
        }

        @PostMapping(path = "/api/v1/ict/projects/{id}/risks", produces = MediaType.APPLICATION_JSON_VALUE)
        Projects.Detail risk(@PathVariable long id, @RequestBody Projects.NewRisk in) {
            return projects.addRisk(id, in);
        }

        @PostMapping(path = "/api/v1/ict/projects/{id}/risks/{risk}", produces = MediaType.APPLICATION_JSON_VALUE)
        Projects.Detail changeRisk(@PathVariable long id, @PathVariable long risk, @RequestBody Map<String, Object> in) {
            return projects.changeRisk(id, risk, (String) in.get("mitigation"), Boolean.TRUE.equals(in.get("close")));
        }

        @PostMapping(path = "/api/v1/ict/projects/{id}/benefits", produces = MediaType.APPLICATION_JSON_VALUE)
        Projects.Detail benefit(@PathVariable long id, @RequestBody Projects.NewBenefit in) {
            return projects.addBenefit(id, in);
        }

        @PostMapping(path = "/api/v1/ict/projects/{id}/benefits/{benefit}", produces = MediaType.APPLICATION_JSON_VALUE)
        Projects.Detail realise(@PathVariable long id, @PathVariable long benefit, @RequestBody Map<String, BigDecimal> in) {
            return projects.realise(id, benefit, in.get("realised"));
        }

        @PostMapping(path = "/api/v1/ict/projects/{id}/reports", produces = MediaType.APPLICATION_JSON_VALUE)
        Projects.Detail report(@PathVariable long id, @RequestBody Projects.NewReport in) {
            return projects.report(id, in);
        }
    }
}
