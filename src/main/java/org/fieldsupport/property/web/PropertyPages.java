package org.fieldsupport.property.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.property.count.internal.PhysicalCounts;
import org.fieldsupport.lsd.Flows;
import org.fieldsupport.platform.web.RegisterScreen;
import org.fieldsupport.property.register.internal.PropertyRegister;
import org.fieldsupport.property.writeoff.internal.WriteOffCases;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Screens: the register, physical counts with discrepancies, write-off cases with the board's steps. */
@Controller
class PropertyPages {

    private final PropertyRegister register;
    private final PhysicalCounts counts;
    private final WriteOffCases writeOffs;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;
    private final RecordVersions versions;

    PropertyPages(PropertyRegister register, PhysicalCounts counts, WriteOffCases writeOffs, JsonMapper json,
                  MessageSource messages, Formats formats, RecordVersions versions) {
        this.versions = versions;
        this.register = register;
        this.counts = counts;
        this.writeOffs = writeOffs;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/property/assets")
    String assets(@RequestParam(required = false) String location, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        return assetScreen(location, page).show(model, Map.of(), null);
    }

    private RegisterScreen assetScreen(String location, int page) {
        List<RegisterScreen.Row> rows = register.list(null, location, null, Math.max(0, page), 50).stream().map(a -> RegisterScreen.row(
                "/property/assets/" + a.id(),
                !"IN_SERVICE".equals(a.status()), List.of(), a.tag(), a.missionCode(), a.description(),
                "#property.category." + a.category(), a.serialNumber(), a.location(), a.custodian(),
                formats.date(a.acquiredOn()), formats.money(a.acquisitionValue(), "USD"),
                formats.money(a.netBookValue(), "USD"), "#property.status." + a.status(), String.valueOf(a.id()))).toList();
        return RegisterScreen.of("property.assets.title", "property.assets.intro", List.of("property.field.tag",
                        "property.field.missionCode", "property.field.description", "property.field.category",
                        "property.field.serialNumber", "property.field.location", "property.field.custodian",
                        "property.field.acquiredOn", "property.field.acquisitionValue", "property.field.netBookValue",
                        "property.field.status", "property.field.id"), rows)
                .links(List.of(new RegisterScreen.Link("/property/assets?page=" + (page + 1), "property.next")))
                .form("property.assets.new", "/property/assets", List.of(
                        RegisterScreen.field("missionCode", "property.field.missionCode", "text", true),
                        RegisterScreen.field("tag", "property.field.tag", "text", true),
                        RegisterScreen.field("serialNumber", "property.field.serialNumber", "text", true),
                        RegisterScreen.field("description", "property.field.description", "text", true),
                        RegisterScreen.choice("category", "property.field.category", "property.category.", true,
                                PropertyRegister.CATEGORIES.stream().sorted().toArray(String[]::new)),
                        RegisterScreen.field("location", "property.field.location", "text", true),
                        RegisterScreen.field("custodian", "property.field.custodian", "text", true),
                        RegisterScreen.field("acquiredOn", "property.field.acquiredOn", "date", true),
                        RegisterScreen.field("acquisitionValue", "property.field.acquisitionValue", "number", true),
                        RegisterScreen.field("usefulLifeYears", "property.field.usefulLifeYears", "number", true)));
    }

    @PostMapping("/property/assets")
    String addAsset(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            register.register(RegisterScreen.bind(json, f, PropertyRegister.NewAsset.class));
            return "redirect:/property/assets";
        }, (f, errors) -> assetScreen(null, 0).show(model, f, errors));
    }

    /** One asset, with the form to record a transfer of custody or location (the version the user saw kept). */
    @GetMapping("/property/assets/{id}")
    String asset(@PathVariable long id, Model model) {
        PropertyRegister.Asset a = register.asset(id);
        Map<String, String> form = new java.util.HashMap<>();
        form.put("location", a.location());
        form.put("custodian", a.custodian());
        form.put("description", a.description());
        form.put("_version", String.valueOf(versions.current(PropertyRegister.ROW.row(id)).orElse(0)));
        return assetEditScreen(a).show(model, form, null);
    }

    private RegisterScreen assetEditScreen(PropertyRegister.Asset a) {
        return RegisterScreen.of("property.asset.title", "property.asset.intro", List.of("property.field.tag",
                        "property.field.missionCode", "property.field.category", "property.field.serialNumber",
                        "property.field.acquiredOn", "property.field.acquisitionValue", "property.field.netBookValue",
                        "property.field.status"), List.of(RegisterScreen.row(null, !"IN_SERVICE".equals(a.status()), List.of(),
                        a.tag(), a.missionCode(), "#property.category." + a.category(), a.serialNumber(),
                        formats.date(a.acquiredOn()), formats.money(a.acquisitionValue(), "USD"),
                        formats.money(a.netBookValue(), "USD"), "#property.status." + a.status())))
                .links(List.of(new RegisterScreen.Link("/property/assets", "property.nav.register")))
                .form("property.asset.edit", "/property/assets/" + a.id(), List.of(
                        RegisterScreen.field("location", "property.field.location", "text", true),
                        RegisterScreen.field("custodian", "property.field.custodian", "text", true),
                        RegisterScreen.field("description", "property.field.description", "text", true),
                        RegisterScreen.field("_version", "property.field.version", "hidden", false)));
    }

    @PostMapping("/property/assets/{id}")
    String updateAsset(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        PropertyRegister.Asset a = register.asset(id);
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            versions.write(Flows.version(f.get("_version")), PropertyRegister.ROW.row(id),
                    () -> register.update(id, RegisterScreen.bind(json, f, PropertyRegister.AssetChange.class)));
            return "redirect:/property/assets/" + id;
        }, (f, errors) -> assetEditScreen(a).show(model, f, errors));
    }

    @GetMapping("/property/counts")
    String counts(Model model) {
        return countScreen().show(model, Map.of(), null);
    }

    private RegisterScreen countScreen() {
        List<RegisterScreen.Row> rows = counts.list(null).stream().map(c -> RegisterScreen.row("/property/counts/" + c.id(),
                c.missing() + c.unrecorded() + c.misplaced() > 0, List.of(), formats.date(c.countedOn()),
                c.missionCode(), c.location(), formats.number(c.expected()), formats.number(c.found()),
                formats.number(c.missing()), formats.number(c.misplaced()), formats.number(c.unrecorded()),
                c.countedBy())).toList();
        return RegisterScreen.of("property.counts.title", "property.counts.intro", List.of("property.field.countedOn",
                        "property.field.missionCode", "property.field.location", "property.field.expected",
                        "property.field.found", "property.discrepancy.MISSING", "property.discrepancy.MISPLACED",
                        "property.discrepancy.UNRECORDED", "property.field.countedBy"), rows)
                .form("property.counts.new", "/property/counts", List.of(
                        RegisterScreen.field("missionCode", "property.field.missionCode", "text", true),
                        RegisterScreen.field("location", "property.field.location", "text", true),
                        RegisterScreen.field("countedOn", "property.field.countedOn", "date", true),
                        RegisterScreen.field("tags", "property.field.tags", "textarea", false)));
    }

    @PostMapping("/property/counts")
    String count(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            Map<String, String> fields = new java.util.LinkedHashMap<>(f);
            String tags = fields.remove("tags");
            record Head(String missionCode, String location, java.time.LocalDate countedOn) { }
            Head h = RegisterScreen.bind(json, fields, Head.class);
            List<String> list = tags == null ? List.of() : Arrays.stream(tags.split("[\\s,;]+"))
                    .filter(t -> !t.isBlank()).toList();
            PhysicalCounts.Count c = counts.record(new PhysicalCounts.NewCount(h.missionCode(), h.location(),
                    h.countedOn(), list));
            return "redirect:/property/counts/" + c.id();
        }, (f, errors) -> countScreen().show(model, f, errors));
    }

    @GetMapping("/property/counts/{id}")
    String countDetail(@PathVariable long id, Model model, Locale locale) {
        PhysicalCounts.Count c = counts.count(id);
        List<RegisterScreen.Row> rows = c.discrepancies().stream().map(d -> RegisterScreen.row(null, true, List.of(), d.tag(),
                "#property.discrepancy." + d.kind().name(), d.registerLocation())).toList();
        model.addAttribute("done", messages.getMessage("property.count.summary", new Object[] {c.location(),
                formats.date(c.countedOn()), c.expected(), c.found()}, locale));
        return RegisterScreen.of("property.count.title", null, List.of("property.field.tag", "property.field.discrepancy",
                        "property.field.registerLocation"), rows)
                .links(List.of(new RegisterScreen.Link("/property/counts", "property.nav.counts")))
                .show(model, null, null);
    }

    @GetMapping("/property/write-offs")
    String writeOffs(Model model) {
        return writeOffScreen().show(model, Map.of(), null);
    }

    private static final List<String> CASE_COLUMNS = List.of("property.field.reference", "property.field.missionCode",
            "property.field.reason", "property.field.assets", "property.field.total", "property.field.board",
            "property.field.status", "property.field.recommendation", "property.field.decidedBy", "property.field.method");

    private RegisterScreen.Row caseRow(WriteOffCases.Case c, boolean link) {
        List<RegisterScreen.Action> actions = RegisterScreen.Action.of("/property/write-offs/" + c.id(), writeOffs.actions(c),
                c.version(), "property.field.");
        return RegisterScreen.row(link ? "/property/write-offs/" + c.id() : null, "HEADQUARTERS".equals(c.board()), actions,
                c.reference(), c.missionCode(), c.reason(),
                String.join(", ", c.assets().stream().map(WriteOffCases.CaseAsset::tag).toList()),
                formats.money(new BigDecimal(c.total()), "USD"), "#property.board." + c.board(),
                "#property.case." + c.status(), c.recommendation(), c.decidedBy(), c.disposalMethod());
    }

    /** The case's page: its row and moves, its history (delegation used) and its documents (board report...). */
    @GetMapping("/property/write-offs/{id}")
    String writeOff(@PathVariable long id, Model model) {
        WriteOffCases.Case c = writeOffs.read(id);
        return RegisterScreen.of("property.writeoff.title", "property.writeoff.intro", CASE_COLUMNS, List.of(caseRow(c, false)))
                .links(List.of(new RegisterScreen.Link("/property/write-offs", "property.nav.writeoffs")))
                .showRecord(model, "property.write-off", id, "/property/write-offs/" + id, writeOffs.history(id));
    }

    private RegisterScreen writeOffScreen() {
        List<RegisterScreen.Row> rows = writeOffs.list(null).stream().map(c -> caseRow(c, true)).toList();
        return RegisterScreen.of("property.writeoffs.title", "property.writeoffs.intro", CASE_COLUMNS, rows)
                .form("property.writeoffs.new", "/property/write-offs", List.of(
                        RegisterScreen.field("missionCode", "property.field.missionCode", "text", true),
                        RegisterScreen.field("reason", "property.field.reason", "textarea", true),
                        RegisterScreen.field("assetIds", "property.field.assetIds", "text", true)));
    }

    @PostMapping("/property/write-offs")
    String open(@RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            List<Long> ids = new ArrayList<>();
            for (String s : f.getOrDefault("assetIds", "").split("[\\s,;]+")) {
                if (!s.isBlank()) {
                    try {
                        ids.add(Long.valueOf(s));
                    } catch (NumberFormatException e) {
                        throw InvalidInputException.of("assetIds", "Type", "lsd.input.invalid");
                    }
                }
            }
            writeOffs.open(new WriteOffCases.NewCase(f.get("missionCode"), f.get("reason"), ids));
            return "redirect:/property/write-offs";
        }, (f, errors) -> writeOffScreen().show(model, f, errors));
    }

    @PostMapping("/property/write-offs/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
               Locale locale, RedirectAttributes redirect) {
        try {
            Long version = Flows.version(form.get("version"));
            switch (action) {
                case "recommend" -> writeOffs.recommend(id, true, form.get("recommendation"), version);
                case "reject" -> writeOffs.recommend(id, false, form.get("recommendation"), version);
                case "approve" -> writeOffs.approve(id, version);
                case "dispose" -> writeOffs.dispose(id, form.getOrDefault("method", "").strip().toUpperCase(Locale.ROOT),
                        version);
                default -> throw InvalidInputException.of("action", "OneOf", "lsd.input.invalid");
            }
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/property/write-offs";
    }
}
