package org.fieldsupport.ict.continuity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.ict.continuity.domain.Bcdr2026v1;
import org.fieldsupport.ict.continuity.internal.Continuity;
import org.fieldsupport.ict.infrastructure.internal.Infrastructure;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.operations.IctInfraPermissions;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.attachment.Attachments;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Screens: BC/DR plans with their status by BCDR-2026-v1, a plan (services, tests, runbook versions), the exercise calendar. */
@Controller
class ContinuityWeb {

    private final Continuity continuity;
    private final Infrastructure infra;
    private final IctAccess access;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    ContinuityWeb(Continuity continuity, Infrastructure infra, IctAccess access, JsonMapper json, MessageSource messages,
                  Formats formats) {
        this.continuity = continuity;
        this.infra = infra;
        this.access = access;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/ict/continuity")
    String plans(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model, Locale locale) {
        return plansScreen(asOf, model, locale).show(model, Map.of(), null);
    }

    private RegisterScreen plansScreen(LocalDate asOf, Model model, Locale locale) {
        List<Continuity.PlanSummary> plans = continuity.plans(asOf);
        LocalDate date = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
        model.addAttribute("done", messages.getMessage("ictinfra.bcdr.asOf", new Object[] {formats.date(date),
                plans.stream().filter(p -> p.status() == Bcdr2026v1.PlanStatus.TEST_OVERDUE).count(), plans.size()}, locale));
        List<RegisterScreen.Row> rows = plans.stream().map(p -> RegisterScreen.row("/ict/continuity/plans/" + p.id(),
                p.status() == Bcdr2026v1.PlanStatus.TEST_OVERDUE, List.of(), p.missionCode(), p.failoverSite(), p.ownerName(),
                String.join(", ", p.services()), "#ictinfra.planStatus." + p.status(),
                p.servicesWithoutPassedTest().isEmpty() ? "—" : String.join(", ", p.servicesWithoutPassedTest()),
                p.dueBy() == null ? "—" : formats.date(p.dueBy()),
                p.runbookVersion() == null ? "—" : "v" + p.runbookVersion())).toList();
        RegisterScreen screen = RegisterScreen.of("ictinfra.bcdr.title", "ictinfra.bcdr.intro", List.of("ictinfra.field.missionCode",
                "ictinfra.field.failoverSiteId", "ictinfra.field.ownerName", "ictinfra.field.services", "ictinfra.field.status",
                "ictinfra.field.withoutPassedTest", "ictinfra.field.dueBy", "ictinfra.field.runbook"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/continuity/exercises", "ictinfra.nav.exercises")));
        if (access.may(IctInfraPermissions.BCDR_MANAGE, null) || !access.visible(IctInfraPermissions.BCDR_READ).isEmpty()) {
            screen = screen.form("ictinfra.bcdr.new", "/ict/continuity", List.of(
                    RegisterScreen.field("missionCode", "ictinfra.field.missionCode", "text", true),
                    new RegisterScreen.Field("failoverSiteId", "ictinfra.field.failoverSiteId", "select", siteOptions(), true),
                    RegisterScreen.field("ownerName", "ictinfra.field.ownerName", "text", true),
                    RegisterScreen.field("services", "ictinfra.field.servicesList", "text", false)));
        }
        return screen;
    }

    private List<RegisterScreen.Option> siteOptions() {
        return infra.sites().stream().map(s -> new RegisterScreen.Option(String.valueOf(s.id()), s.name())).toList();
    }

    @PostMapping("/ict/continuity")
    String create(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            List<String> services = f.get("services") == null || f.get("services").isBlank() ? List.of()
                    : Arrays.stream(f.get("services").split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
            Long site = f.get("failoverSiteId") == null || f.get("failoverSiteId").isBlank() ? null : parse(f.get("failoverSiteId"));
            var plan = continuity.createPlan(new Continuity.NewPlan(f.get("missionCode"), site, f.get("ownerName"), services));
            return "redirect:/ict/continuity/plans/" + plan.summary().id();
        }, (f, e) -> plansScreen(null, model, locale).show(model, f, e));
    }

    private static Long parse(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("failoverSiteId", "Type", "ictinfra.input.invalid",
                    org.fieldsupport.ict.operations.Check.label("failoverSiteId"));
        }
    }

    @GetMapping("/ict/continuity/plans/{id}")
    String plan(@PathVariable long id, Model model, Locale locale) {
        return planScreen(id, model, locale).show(model, Map.of(), null);
    }

    private RegisterScreen planScreen(long id, Model model, Locale locale) {
        Continuity.Plan plan = continuity.plan(id, null);
        Continuity.PlanSummary s = plan.summary();
        model.addAttribute("done", messages.getMessage("ictinfra.bcdr.planSummary", new Object[] {s.missionCode(), s.failoverSite(),
                messages.getMessage("ictinfra.planStatus." + s.status(), null, locale),
                s.dueBy() == null ? "—" : formats.date(s.dueBy())}, locale));
        String base = "/ict/continuity/plans/" + id;
        List<RegisterScreen.Row> rows = new ArrayList<>();
        rows.add(RegisterScreen.row(null, false, List.of(new RegisterScreen.Action(base + "/services", "ictinfra.action.cover", "serviceCode",
                "ictinfra.field.serviceCode")), "#ictinfra.bcdr.services", String.join(", ", s.services()), "", "", ""));
        for (String svc : s.services()) {
            rows.add(RegisterScreen.row(null, s.servicesWithoutPassedTest().contains(svc),
                    List.of(RegisterScreen.Action.of(base + "/services/" + svc + "/remove", "ictinfra.action.remove")),
                    "#ictinfra.bcdr.service", svc, s.servicesWithoutPassedTest().contains(svc) ? "#ictinfra.bcdr.noPassedTest" : "✓", "", ""));
        }
        for (Continuity.Test t : plan.tests()) {
            rows.add(RegisterScreen.row(null, "FAIL".equals(t.result()), List.of(), "#ictinfra.bcdr.test", t.serviceCode() + " · "
                            + formats.date(t.testedOn()), "#ictinfra.result." + t.result()
                            + (t.failedOn() == null ? "" : ""), t.achievedRecoveryMinutes() + " / " + t.rtoMinutes() + " min",
                    t.achievedDataLossMinutes() + " / " + t.rpoMinutes() + " min", t.failedOn() == null ? t.ruleSet() : t.failedOn() + " · " + t.ruleSet()));
        }
        for (Continuity.Runbook r : plan.runbooks()) {
            rows.add(RegisterScreen.row("/api/v1/ict/continuity/plans/" + id + "/runbook/" + r.version(), false, List.of(),
                    "v" + r.version() + " · " + r.fileName(), r.uploadedBy(), formats.dateTime(r.uploadedAt().atOffset(ZoneOffset.UTC)),
                    r.note() == null ? "" : r.note(), ""));
        }
        for (Continuity.Exercise e : plan.exercises()) {
            rows.add(RegisterScreen.row(null, false, List.of(), "#ictinfra.exerciseKind." + e.kind(), e.title(), formats.date(e.scheduledOn()),
                    "#ictinfra.exerciseStatus." + e.status(), ""));
        }
        return RegisterScreen.of("ictinfra.bcdr.planTitle", "ictinfra.bcdr.planIntro", List.of("ictinfra.field.item", "ictinfra.field.detail",
                        "ictinfra.field.result", "ictinfra.field.recovery", "ictinfra.field.dataLoss"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/continuity", "ictinfra.nav.continuity"),
                        new RegisterScreen.Link(base + "/runbook", "ictinfra.nav.runbook"),
                        new RegisterScreen.Link("/ict/continuity/exercises", "ictinfra.nav.exercises")))
                .form("ictinfra.bcdr.newTest", base + "/tests", List.of(
                        new RegisterScreen.Field("serviceCode", "ictinfra.field.serviceCode", "select",
                                s.services().stream().map(x -> new RegisterScreen.Option(x, x)).toList(), true),
                        RegisterScreen.field("testedOn", "ictinfra.field.testedOn", "date", true),
                        RegisterScreen.field("achievedRecoveryMinutes", "ictinfra.field.achievedRecoveryMinutes", "number", true),
                        RegisterScreen.field("achievedDataLossMinutes", "ictinfra.field.achievedDataLossMinutes", "number", true),
                        RegisterScreen.field("note", "ictinfra.field.note", "textarea", false)));
    }

    @PostMapping("/ict/continuity/plans/{id}/tests")
    String test(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            continuity.recordTest(id, RegisterScreen.bind(json, f, Continuity.NewTest.class));
            return "redirect:/ict/continuity/plans/" + id;
        }, (f, e) -> planScreen(id, model, locale).show(model, f, e));
    }

    @PostMapping("/ict/continuity/plans/{id}/services")
    String cover(@PathVariable long id, @RequestParam(required = false) String serviceCode, Locale locale, RedirectAttributes redirect) {
        try {
            continuity.cover(id, serviceCode, false);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/continuity/plans/" + id;
    }

    @PostMapping("/ict/continuity/plans/{id}/services/{code}/remove")
    String uncover(@PathVariable long id, @PathVariable String code, Locale locale, RedirectAttributes redirect) {
        try {
            continuity.cover(id, code, true);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/continuity/plans/" + id;
    }

    @GetMapping("/ict/continuity/plans/{id}/runbook")
    String runbook(@PathVariable long id, Model model) {
        return runbookScreen(id).show(model, Map.of(), null);
    }

    private RegisterScreen runbookScreen(long id) {
        Continuity.Plan plan = continuity.plan(id, null);
        List<RegisterScreen.Row> rows = plan.runbooks().stream().map(r -> RegisterScreen.row("/api/v1/ict/continuity/plans/" + id + "/runbook/" + r.version(),
                false, List.of(), "v" + r.version(), r.fileName(), r.uploadedBy(), formats.dateTime(r.uploadedAt().atOffset(ZoneOffset.UTC)),
                r.note() == null ? "" : r.note())).toList();
        return RegisterScreen.of("ictinfra.runbook.title", "ictinfra.runbook.intro", List.of("ictinfra.field.version", "ictinfra.field.file",
                        "ictinfra.field.uploadedBy", "ictinfra.field.when", "ictinfra.field.note"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/continuity/plans/" + id, "ictinfra.nav.plan")))
                .form("ictinfra.runbook.new", "/ict/continuity/plans/" + id + "/runbook", List.of(
                        RegisterScreen.field("file", "ictinfra.field.file", "file", true),
                        RegisterScreen.field("note", "ictinfra.field.note", "text", false)));
    }

    @PostMapping("/ict/continuity/plans/{id}/runbook")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, @RequestParam Map<String, String> form,
                  Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "Required", "ictinfra.input.required",
                        org.fieldsupport.ict.operations.Check.label("file"));
            }
            continuity.uploadRunbook(id, file.getOriginalFilename(), file.getContentType(), bytes(file), f.get("note"));
            return "redirect:/ict/continuity/plans/" + id + "/runbook";
        }, (f, e) -> runbookScreen(id).show(model, f, e));
    }

    @GetMapping("/ict/continuity/exercises")
    String calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
        return calendarScreen(from).show(model, Map.of(), null);
    }

    private RegisterScreen calendarScreen(LocalDate from) {
        LocalDate start = from == null ? LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1) : from;
        List<RegisterScreen.Row> rows = continuity.calendar(start, start.plusMonths(12)).stream().map(e -> RegisterScreen.row(
                "/ict/continuity/plans/" + e.planId(), false,
                "PLANNED".equals(e.status()) && access.may(IctInfraPermissions.BCDR_MANAGE, e.missionCode())
                        ? List.of(RegisterScreen.Action.of("/ict/continuity/exercises/" + e.id() + "/HELD", "ictinfra.action.held"),
                        RegisterScreen.Action.of("/ict/continuity/exercises/" + e.id() + "/CANCELLED", "ictinfra.action.cancel"))
                        : List.of(),
                e.scheduledOn().getYear() + "-" + String.format("%02d", e.scheduledOn().getMonthValue()), formats.date(e.scheduledOn()),
                e.missionCode(), "#ictinfra.exerciseKind." + e.kind(), e.title(), "#ictinfra.exerciseStatus." + e.status())).toList();
        List<RegisterScreen.Option> plans = continuity.plans(null).stream().map(p -> new RegisterScreen.Option(String.valueOf(p.id()), p.missionCode())).toList();
        return RegisterScreen.of("ictinfra.exercises.title", "ictinfra.exercises.intro", List.of("ictinfra.field.month",
                        "ictinfra.field.scheduledOn", "ictinfra.field.missionCode", "ictinfra.field.kind", "ictinfra.field.title",
                        "ictinfra.field.status"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/continuity", "ictinfra.nav.continuity")))
                .form("ictinfra.exercises.new", "/ict/continuity/exercises", List.of(
                        new RegisterScreen.Field("planId", "ictinfra.field.planId", "select", plans, true),
                        RegisterScreen.choice("kind", "ictinfra.field.kind", "ictinfra.exerciseKind.", true, "TABLETOP", "FAILOVER", "FULL"),
                        RegisterScreen.field("scheduledOn", "ictinfra.field.scheduledOn", "date", true),
                        RegisterScreen.field("title", "ictinfra.field.title", "text", true)));
    }

    @PostMapping("/ict/continuity/exercises")
    String schedule(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            long plan = f.get("planId") == null || f.get("planId").isBlank() ? -1 : Long.parseLong(f.get("planId").strip());
            continuity.scheduleExercise(plan, RegisterScreen.bind(json, Map.of("kind", f.getOrDefault("kind", ""),
                    "scheduledOn", f.getOrDefault("scheduledOn", ""), "title", f.getOrDefault("title", "")), Continuity.NewExercise.class));
            return "redirect:/ict/continuity/exercises";
        }, (f, e) -> calendarScreen(null).show(model, f, e));
    }

    @PostMapping("/ict/continuity/exercises/{id}/{status}")
    String exerciseStatus(@PathVariable long id, @PathVariable String status, Locale locale, RedirectAttributes redirect) {
        try {
            continuity.exerciseStatus(id, status);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/continuity/exercises";
    }

    /** The department dashboard card: plans TEST_OVERDUE today in the reader's scope. */
    @GetMapping("/ict/continuity/card")
    String card(Model model) {
        List<Continuity.PlanSummary> overdue = continuity.overdue(LocalDate.now(ZoneOffset.UTC),
                access.visible(IctInfraPermissions.BCDR_READ));
        model.addAttribute("overdue", overdue);
        return "ict-infra/card :: card";
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Component
    static class ContinuityCard implements DashboardCardContributor {
        @Override
        public List<DashboardCard> dashboardCards() {
            return List.of(new DashboardCard("ict-bcdr-overdue", "ictinfra.card.title", "/ict/continuity/card",
                    IctInfraPermissions.BCDR_READ, 70));
        }
    }

    /** Plans, tests, runbook versions and exercises over REST. */
    @RestController
    static class ContinuityApi {

        private final Continuity continuity;

        ContinuityApi(Continuity continuity) {
            this.continuity = continuity;
        }

        @GetMapping(path = "/api/v1/ict/continuity/plans", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Continuity.PlanSummary> plans(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
            return continuity.plans(asOf);
        }

        @PostMapping(path = "/api/v1/ict/continuity/plans", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Continuity.Plan> create(@RequestBody Continuity.NewPlan in) {
            Continuity.Plan p = continuity.createPlan(in);
            return ResponseEntity.created(URI.create("/api/v1/ict/continuity/plans/" + p.summary().id())).body(p);
        }

        @GetMapping(path = "/api/v1/ict/continuity/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Continuity.Plan plan(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
            return continuity.plan(id, asOf);
        }

        @PostMapping(path = "/api/v1/ict/continuity/plans/{id}/services", produces = MediaType.APPLICATION_JSON_VALUE)
        Continuity.Plan cover(@PathVariable long id, @RequestBody Map<String, String> in) {
            return continuity.cover(id, in.get("serviceCode"), "remove".equals(in.get("action")));
        }

        @PostMapping(path = "/api/v1/ict/continuity/plans/{id}/tests", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Continuity.Test> test(@PathVariable long id, @RequestBody Continuity.NewTest in) {
            return ResponseEntity.status(201).body(continuity.recordTest(id, in));
        }

        @PostMapping(path = "/api/v1/ict/continuity/plans/{id}/runbook", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Continuity.Runbook> runbook(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                                                   @RequestParam(required = false) String note) {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "Required", "ictinfra.input.required",
                        org.fieldsupport.ict.operations.Check.label("file"));
            }
            return ResponseEntity.status(201).body(continuity.uploadRunbook(id, file.getOriginalFilename(), file.getContentType(),
                    bytes(file), note));
        }

        @GetMapping(path = "/api/v1/ict/continuity/plans/{id}/runbook/{version}")
        ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable int version) {
            Attachments.Download d = continuity.runbookFile(id, version);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.attachment().contentType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(d.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                    .body(d.content());
        }

        @GetMapping(path = "/api/v1/ict/continuity/exercises", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Continuity.Exercise> calendar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
            return continuity.calendar(from, to);
        }

        @PostMapping(path = "/api/v1/ict/continuity/plans/{id}/exercises", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Continuity.Exercise> schedule(@PathVariable long id, @RequestBody Continuity.NewExercise in) {
            return ResponseEntity.status(201).body(continuity.scheduleExercise(id, in));
        }

        @PostMapping(path = "/api/v1/ict/continuity/exercises/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Continuity.Exercise exercise(@PathVariable long id, @RequestBody Map<String, String> in) {
            return continuity.exerciseStatus(id, in.get("status"));
        }
    }
}
