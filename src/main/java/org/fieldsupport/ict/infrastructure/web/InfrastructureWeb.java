package org.fieldsupport.ict.infrastructure.web;

import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.ict.infrastructure.domain.LinkAvailability;
import org.fieldsupport.ict.infrastructure.internal.Infrastructure;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.operations.IctInfraPermissions;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.ict.projects.internal.Projects;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Screens: sites (with equipment, links, strategic direction, planned improvements), links with availability, C4 support. */
@Controller
class InfrastructureWeb {

    private final Infrastructure infra;
    private final Projects projects;
    private final IctAccess access;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    InfrastructureWeb(Infrastructure infra, Projects projects, IctAccess access, JsonMapper json, MessageSource messages,
                      Formats formats) {
        this.infra = infra;
        this.projects = projects;
        this.access = access;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/ict/infrastructure")
    String sites(Model model) {
        return sitesScreen().show(model, Map.of(), null);
    }

    private RegisterScreen sitesScreen() {
        List<RegisterScreen.Row> rows = infra.sites().stream().map(s -> RegisterScreen.row("/ict/infrastructure/sites/" + s.id(), false, List.of(),
                s.name(), s.code(), "#ictinfra.siteKind." + s.kind(), s.missionCode(), s.location(),
                "#ictinfra.direction." + s.directionStatus())).toList();
        RegisterScreen screen = RegisterScreen.of("ictinfra.sites.title", "ictinfra.sites.intro", List.of("ictinfra.field.name", "ictinfra.field.code",
                "ictinfra.field.kind", "ictinfra.field.missionCode", "ictinfra.field.location", "ictinfra.field.direction"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/infrastructure/links", "ictinfra.nav.links"),
                        new RegisterScreen.Link("/ict/infrastructure/c4", "ictinfra.nav.c4")));
        if (access.may(IctInfraPermissions.INFRA_MANAGE, null)) {
            screen = screen.form("ictinfra.sites.new", "/ict/infrastructure", List.of(
                    RegisterScreen.field("code", "ictinfra.field.code", "text", true),
                    RegisterScreen.field("name", "ictinfra.field.name", "text", true),
                    RegisterScreen.choice("kind", "ictinfra.field.kind", "ictinfra.siteKind.", true, "TELEPORT", "HUB", "DATA_CENTRE"),
                    RegisterScreen.field("missionCode", "ictinfra.field.missionCode", "text", false),
                    RegisterScreen.field("location", "ictinfra.field.location", "text", true)));
        }
        return screen;
    }

    @PostMapping("/ict/infrastructure")
    String addSite(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> "redirect:/ict/infrastructure/sites/"
                + infra.addSite(RegisterScreen.bind(json, f, Infrastructure.NewSite.class)).id(), (f, e) -> sitesScreen().show(model, f, e));
    }

    @GetMapping("/ict/infrastructure/sites/{id}")
    String site(@PathVariable long id, Model model, Locale locale) {
        return siteScreen(id, model, locale).show(model, Map.of(), null);
    }

    private RegisterScreen siteScreen(long id, Model model, Locale locale) {
        Infrastructure.Site s = infra.site(id);
        model.addAttribute("done", messages.getMessage("ictinfra.site.summary", new Object[] {s.name(), s.location(),
                messages.getMessage("ictinfra.direction." + s.directionStatus(), null, locale),
                s.direction() == null ? "—" : s.direction(), s.directionBy() == null ? "—" : s.directionBy()}, locale));
        List<RegisterScreen.Row> rows = new ArrayList<>();
        String base = "/ict/infrastructure/sites/" + id + "/direction/";
        rows.add(RegisterScreen.row(null, "RETURNED".equals(s.directionStatus()), List.of(
                        new RegisterScreen.Action(base + "propose", "ictinfra.action.propose", "text", "ictinfra.field.direction"),
                        RegisterScreen.Action.of(base + "approve", "ictinfra.action.approve"),
                        new RegisterScreen.Action(base + "return", "ictinfra.action.return", "text", "ictinfra.field.note")),
                "#ictinfra.site.strategicDirection", "#ictinfra.direction." + s.directionStatus(),
                s.direction() == null ? "—" : s.direction(), s.directionAt() == null ? "—" : formats.dateTime(s.directionAt())));
        for (Infrastructure.Equipment e : infra.equipment(id)) {
            rows.add(RegisterScreen.row(null, e.pastEndOfSupport(), List.of(), "#ictinfra.equipmentKind." + e.kind(), e.model() + " · " + e.serialNo(),
                    formats.date(e.installedOn()), e.endOfSupport() == null ? "—" : formats.date(e.endOfSupport())));
        }
        for (Infrastructure.Link l : infra.linksOfSite(id)) {
            rows.add(RegisterScreen.row("/ict/infrastructure/links/" + l.id(), false, List.of(), l.code(), "#ictinfra.medium." + l.medium(),
                    l.fromSite() + " → " + l.toSite(), formats.number(l.bandwidthMbps()) + " Mbit/s"));
        }
        for (Projects.Project p : projects.ofSite(id)) {
            rows.add(RegisterScreen.row("/ict/projects/" + p.id(), false, List.of(), p.code() + " " + p.title(), "#ictinfra.stage." + p.stage(),
                    formats.date(p.startsOn()) + " – " + formats.date(p.endsOn()), formats.money(p.budget(), "USD")));
        }
        return RegisterScreen.of("ictinfra.site.title", "ictinfra.site.intro", List.of("ictinfra.field.item", "ictinfra.field.detail",
                        "ictinfra.field.when", "ictinfra.field.more"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/infrastructure", "ictinfra.nav.sites"),
                        new RegisterScreen.Link("/ict/projects", "ictinfra.nav.projects")))
                .form("ictinfra.equipment.new", "/ict/infrastructure/sites/" + id + "/equipment", List.of(
                        RegisterScreen.choice("kind", "ictinfra.field.kind", "ictinfra.equipmentKind.", true,
                                Infrastructure.EQUIPMENT.stream().sorted().toArray(String[]::new)),
                        RegisterScreen.field("model", "ictinfra.field.model", "text", true),
                        RegisterScreen.field("serialNo", "ictinfra.field.serialNo", "text", true),
                        RegisterScreen.field("installedOn", "ictinfra.field.installedOn", "date", true),
                        RegisterScreen.field("endOfSupport", "ictinfra.field.endOfSupport", "date", false)));
    }

    @PostMapping("/ict/infrastructure/sites/{id}/equipment")
    String addEquipment(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            infra.addEquipment(id, RegisterScreen.bind(json, f, Infrastructure.NewEquipment.class));
            return "redirect:/ict/infrastructure/sites/" + id;
        }, (f, e) -> siteScreen(id, model, locale).show(model, f, e));
    }

    @PostMapping("/ict/infrastructure/sites/{id}/direction/{action}")
    String direction(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String text,
                     Locale locale, RedirectAttributes redirect) {
        try {
            infra.direction(id, new Infrastructure.DirectionChange(action, text));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/infrastructure/sites/" + id;
    }

    @GetMapping("/ict/infrastructure/links")
    String links(Model model) {
        return linksScreen().show(model, Map.of(), null);
    }

    private RegisterScreen linksScreen() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        List<RegisterScreen.Row> rows = new ArrayList<>();
        for (Infrastructure.Link l : infra.links()) {
            var view = infra.availability(l.id(), now.minusMonths(1), now);
            LinkAvailability.Month last = view.months().get(0);
            LinkAvailability.Month current = view.months().get(1);
            rows.add(RegisterScreen.row("/ict/infrastructure/links/" + l.id(), last.belowTarget() || current.belowTarget(), List.of(),
                    l.code(), l.fromSite() + " → " + l.toSite(), "#ictinfra.medium." + l.medium(),
                    formats.number(l.bandwidthMbps()) + " Mbit/s", l.provider() + " · " + l.contractRef(),
                    l.targetPercent().toPlainString() + " %", last.percent().toPlainString() + " %", current.percent().toPlainString() + " %"));
        }
        List<RegisterScreen.Option> siteOptions = infra.sites().stream().map(s -> new RegisterScreen.Option(String.valueOf(s.id()), s.name())).toList();
        RegisterScreen screen = RegisterScreen.of("ictinfra.links.title", "ictinfra.links.intro", List.of("ictinfra.field.code", "ictinfra.field.route",
                "ictinfra.field.medium", "ictinfra.field.bandwidthMbps", "ictinfra.field.contract", "ictinfra.field.targetPercent",
                "ictinfra.field.lastMonth", "ictinfra.field.thisMonth"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/infrastructure", "ictinfra.nav.sites")));
        if (access.may(IctInfraPermissions.INFRA_MANAGE, null)) {
            screen = screen.form("ictinfra.links.new", "/ict/infrastructure/links", List.of(
                    RegisterScreen.field("code", "ictinfra.field.code", "text", true),
                    new RegisterScreen.Field("fromSiteId", "ictinfra.field.fromSiteId", "select", siteOptions, true),
                    new RegisterScreen.Field("toSiteId", "ictinfra.field.toSiteId", "select", siteOptions, true),
                    RegisterScreen.choice("medium", "ictinfra.field.medium", "ictinfra.medium.", true, "SATELLITE", "TERRESTRIAL", "MICROWAVE"),
                    RegisterScreen.field("bandwidthMbps", "ictinfra.field.bandwidthMbps", "number", true),
                    RegisterScreen.field("provider", "ictinfra.field.provider", "text", true),
                    RegisterScreen.field("contractRef", "ictinfra.field.contractRef", "text", true),
                    RegisterScreen.field("contractEnd", "ictinfra.field.contractEnd", "date", false),
                    RegisterScreen.field("targetPercent", "ictinfra.field.targetPercent", "number", true)));
        }
        return screen;
    }

    @PostMapping("/ict/infrastructure/links")
    String addLink(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> "redirect:/ict/infrastructure/links/"
                + infra.addLink(RegisterScreen.bind(json, f, Infrastructure.NewLink.class)).id(), (f, e) -> linksScreen().show(model, f, e));
    }

    @GetMapping("/ict/infrastructure/links/{id}")
    String link(@PathVariable long id, Model model, Locale locale) {
        return linkScreen(id, model, locale).show(model, Map.of(), null);
    }

    private RegisterScreen linkScreen(long id, Model model, Locale locale) {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        Infrastructure.LinkView v = infra.availability(id, now.minusMonths(5), now);
        Infrastructure.Link l = v.link();
        model.addAttribute("done", messages.getMessage("ictinfra.link.summary", new Object[] {l.code(), l.fromSite(), l.toSite(),
                l.bandwidthMbps(), l.provider(), l.contractRef(), l.contractEnd() == null ? "—" : formats.date(l.contractEnd()),
                l.targetPercent().toPlainString()}, locale));
        List<RegisterScreen.Row> rows = new ArrayList<>();
        for (LinkAvailability.Month m : v.months()) {
            rows.add(RegisterScreen.row(null, m.belowTarget(), List.of(), m.month().toString(), m.percent().toPlainString() + " %",
                    formats.number(m.downMinutes()) + " min", formats.number(m.minutes()) + " min"));
        }
        for (Infrastructure.Outage o : v.outages()) {
            List<RegisterScreen.Action> actions = o.endedAt() == null
                    ? List.of(RegisterScreen.Action.of("/ict/infrastructure/links/" + id + "/outages/" + o.id() + "/end", "ictinfra.action.endOutage"))
                    : List.of();
            rows.add(RegisterScreen.row(null, o.endedAt() == null, actions, "#ictinfra.outage", formats.dateTime(o.startedAt().atOffset(ZoneOffset.UTC)),
                    o.endedAt() == null ? "#ictinfra.outage.ongoing" : formats.dateTime(o.endedAt().atOffset(ZoneOffset.UTC)), o.cause()));
        }
        return RegisterScreen.of("ictinfra.link.title", "ictinfra.link.intro", List.of("ictinfra.field.month", "ictinfra.field.availability",
                        "ictinfra.field.down", "ictinfra.field.minutes"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/infrastructure/links", "ictinfra.nav.links")))
                .form("ictinfra.outage.new", "/ict/infrastructure/links/" + id + "/outages", List.of(
                        RegisterScreen.field("startedAt", "ictinfra.field.startedAt", "datetime-local", true),
                        RegisterScreen.field("endedAt", "ictinfra.field.endedAt", "datetime-local", false),
                        RegisterScreen.field("cause", "ictinfra.field.cause", "text", true)));
    }

    @PostMapping("/ict/infrastructure/links/{id}/outages")
    String addOutage(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            infra.addOutage(id, RegisterScreen.bind(json, f, Infrastructure.NewOutage.class));
            return "redirect:/ict/infrastructure/links/" + id;
        }, (f, e) -> linkScreen(id, model, locale).show(model, f, e));
    }

    @PostMapping("/ict/infrastructure/links/{id}/outages/{outage}/end")
    String endOutage(@PathVariable long id, @PathVariable long outage, Locale locale, RedirectAttributes redirect) {
        try {
            infra.endOutage(id, outage, null);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/infrastructure/links/" + id;
    }

    @GetMapping("/ict/infrastructure/c4")
    String c4(Model model) {
        return c4Screen().show(model, Map.of(), null);
    }

    private RegisterScreen c4Screen() {
        List<RegisterScreen.Row> rows = infra.c4(null).stream().map(c -> RegisterScreen.row(null, false,
                "REQUESTED".equals(c.status()) && access.may(IctInfraPermissions.INFRA_MANAGE, c.missionCode())
                        ? List.of(RegisterScreen.Action.of("/ict/infrastructure/c4/" + c.id() + "/IN_SERVICE", "ictinfra.action.inService"))
                        : List.of(),
                c.missionCode(), "#ictinfra.component." + c.component(), c.unitName(), "#ictinfra.c4Kind." + c.kind(),
                c.description() + (c.linkId() != null ? " (#" + c.linkId() + ")" : c.equipmentId() != null ? " (#" + c.equipmentId() + ")" : ""),
                "#ictinfra.c4Status." + c.status())).toList();
        return RegisterScreen.of("ictinfra.c4.title", "ictinfra.c4.intro", List.of("ictinfra.field.missionCode", "ictinfra.field.component",
                        "ictinfra.field.unitName", "ictinfra.field.kind", "ictinfra.field.description", "ictinfra.field.status"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/infrastructure", "ictinfra.nav.sites")))
                .form("ictinfra.c4.new", "/ict/infrastructure/c4", List.of(
                        RegisterScreen.field("missionCode", "ictinfra.field.missionCode", "text", true),
                        RegisterScreen.choice("component", "ictinfra.field.component", "ictinfra.component.", true, "MILITARY", "POLICE"),
                        RegisterScreen.field("unitName", "ictinfra.field.unitName", "text", true),
                        RegisterScreen.choice("kind", "ictinfra.field.kind", "ictinfra.c4Kind.", true, "SERVICE_REQUEST", "LINK", "EQUIPMENT"),
                        RegisterScreen.field("linkId", "ictinfra.field.linkId", "number", false),
                        RegisterScreen.field("equipmentId", "ictinfra.field.equipmentId", "number", false),
                        RegisterScreen.field("description", "ictinfra.field.description", "textarea", true)));
    }

    @PostMapping("/ict/infrastructure/c4")
    String addC4(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            infra.addC4(RegisterScreen.bind(json, f, Infrastructure.NewC4.class));
            return "redirect:/ict/infrastructure/c4";
        }, (f, e) -> c4Screen().show(model, f, e));
    }

    @PostMapping("/ict/infrastructure/c4/{id}/{status}")
    String c4Status(@PathVariable long id, @PathVariable String status, Locale locale, RedirectAttributes redirect) {
        try {
            infra.c4Status(id, status);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/infrastructure/c4";
    }

    /** Sites, links, outages, availability, equipment and C4 support over REST. */
    @RestController
    static class InfrastructureApi {

        private final Infrastructure infra;

        InfrastructureApi(Infrastructure infra) {
            this.infra = infra;
        }

        @GetMapping(path = "/api/v1/ict/sites", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Infrastructure.Site> sites() {
            return infra.sites();
        }

        @PostMapping(path = "/api/v1/ict/sites", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Infrastructure.Site> addSite(@RequestBody Infrastructure.NewSite in) {
            Infrastructure.Site s = infra.addSite(in);
            return ResponseEntity.created(URI.create("/api/v1/ict/sites/" + s.id())).body(s);
        }

        @GetMapping(path = "/api/v1/ict/sites/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> site(@PathVariable long id) {
            return Map.of("site", infra.site(id), "equipment", infra.equipment(id), "links", infra.linksOfSite(id));
        }

        @PostMapping(path = "/api/v1/ict/sites/{id}/direction", produces = MediaType.APPLICATION_JSON_VALUE)
        Infrastructure.Site direction(@PathVariable long id, @RequestBody Infrastructure.DirectionChange in) {
            return infra.direction(id, in);
        }

        @PostMapping(path = "/api/v1/ict/sites/{id}/equipment", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Infrastructure.Equipment> equipment(@PathVariable long id, @RequestBody Infrastructure.NewEquipment in) {
            return ResponseEntity.status(201).body(infra.addEquipment(id, in));
        }

        @GetMapping(path = "/api/v1/ict/links", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Infrastructure.Link> links() {
            return infra.links();
        }

        @PostMapping(path = "/api/v1/ict/links", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Infrastructure.Link> addLink(@RequestBody Infrastructure.NewLink in) {
            Infrastructure.Link l = infra.addLink(in);
            return ResponseEntity.created(URI.create("/api/v1/ict/links/" + l.id())).body(l);
        }

        @GetMapping(path = "/api/v1/ict/links/{id}/availability", produces = MediaType.APPLICATION_JSON_VALUE)
        Infrastructure.LinkView availability(@PathVariable long id, @RequestParam(required = false) YearMonth from,
                                             @RequestParam(required = false) YearMonth to) {
            YearMonth now = YearMonth.now(ZoneOffset.UTC);
            return infra.availability(id, from == null ? now.minusMonths(5) : from, to == null ? now : to);
        }

        @PostMapping(path = "/api/v1/ict/links/{id}/outages", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Infrastructure.Outage> outage(@PathVariable long id, @RequestBody Infrastructure.NewOutage in) {
            return ResponseEntity.status(201).body(infra.addOutage(id, in));
        }

        @PostMapping(path = "/api/v1/ict/links/{id}/outages/{outage}/end", produces = MediaType.APPLICATION_JSON_VALUE)
        Infrastructure.Outage endOutage(@PathVariable long id, @PathVariable long outage,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
            return infra.endOutage(id, outage, at);
        }

        @GetMapping(path = "/api/v1/ict/c4-support", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Infrastructure.C4Support> c4(@RequestParam(required = false) String mission) {
            return infra.c4(mission);
        }

        @PostMapping(path = "/api/v1/ict/c4-support", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Infrastructure.C4Support> addC4(@RequestBody Infrastructure.NewC4 in) {
            Infrastructure.C4Support c = infra.addC4(in);
            return ResponseEntity.created(URI.create("/api/v1/ict/c4-support/" + c.id())).body(c);
        }

        @PostMapping(path = "/api/v1/ict/c4-support/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        Infrastructure.C4Support c4Status(@PathVariable long id, @RequestBody Map<String, String> in) {
            return infra.c4Status(id, in.get("status"));
        }
    }
}
