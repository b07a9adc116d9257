package org.fieldsupport.ict.desk.web;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.ict.desk.internal.DeskSettings;
import org.fieldsupport.ict.desk.internal.DeskSettings.HolidayInput;
import org.fieldsupport.ict.desk.internal.DeskSettings.Settings;
import org.fieldsupport.ict.desk.internal.DeskSettings.SettingsInput;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.platform.web.RegisterScreen;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mission desks' settings (time zone, support hours profile, public holidays): the list of desks, a desk's
 * settings with their history, its holidays; and the same over REST. Changing them needs {@code ict.desk.manage}.
 */
@Controller
class DeskSettingsWeb {

    private final DeskSettings settings;
    private final IctAccess access;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Formats formats;

    DeskSettingsWeb(DeskSettings settings, IctAccess access, JsonMapper json, MessageSource messages, Formats formats) {
        this.settings = settings;
        this.access = access;
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    private String at(java.time.Instant i) {
        return i == null ? "—" : formats.dateTime(i.atOffset(ZoneOffset.UTC));
    }

    private static String profile(String hours) {
        return "#ict.deskSettings.profile." + (hours == null ? "SERVICE" : hours);
    }

    @GetMapping("/ict/desk/settings")
    String desks(Model model) {
        List<RegisterScreen.Row> rows = settings.desks().stream().map(s -> RegisterScreen.row("/ict/desk/settings/" + s.missionCode(),
                false, List.of(), s.missionCode(), s.zoneId(), profile(s.supportHours()), formats.number(s.holidays().size()),
                at(s.effectiveFrom()), s.changedBy())).toList();
        return RegisterScreen.of("ict.deskSettings.title", "ict.deskSettings.intro", List.of("ict.field.mission",
                "ict.field.zoneId", "ict.field.deskHours", "ict.field.holidays", "ict.field.effectiveFrom", "ict.field.changedBy"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/desk", "nav.ict.desk")))
                .show(model, Map.of(), null);
    }

    @GetMapping("/ict/desk/settings/{mission}")
    String desk(@PathVariable String mission, Model model) {
        Settings now = settings.current(mission);
        // the form starts from the settings in force
        return deskScreen(mission).show(model, Map.of("zoneId", now.zoneId(),
                "supportHours", now.supportHours() == null ? "SERVICE" : now.supportHours()), null);
    }

    private RegisterScreen deskScreen(String mission) {
        List<Settings> history = settings.history(mission);
        Settings now = history.get(0);
        List<RegisterScreen.Row> rows = history.stream().map(s -> RegisterScreen.row(null, false, List.of(),
                at(s.effectiveFrom()), s.zoneId(), profile(s.supportHours()), formats.number(s.holidays().size()),
                s.changedBy(), s.reason())).toList();
        RegisterScreen screen = RegisterScreen.of("ict.deskSettings.desk", "ict.deskSettings.deskIntro", List.of(
                        "ict.field.effectiveFrom", "ict.field.zoneId", "ict.field.deskHours", "ict.field.holidays",
                        "ict.field.changedBy", "ict.field.reason"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/desk/settings/" + now.missionCode() + "/holidays", "ict.deskSettings.holidays"),
                        new RegisterScreen.Link("/ict/desk/settings", "ict.deskSettings.title")));
        if (!access.department(IctAccess.DESK_MANAGE)) return screen;
        return screen.form("ict.deskSettings.edit", "/ict/desk/settings/" + now.missionCode(), List.of(
                RegisterScreen.field("zoneId", "ict.field.zoneId", "text", true),
                RegisterScreen.choice("supportHours", "ict.field.deskHours", "ict.deskSettings.profile.", true,
                        "SERVICE", "BUSINESS_HOURS", "EXTENDED", "ALWAYS"),
                RegisterScreen.field("reason", "ict.field.reason", "text", false)));
    }

    @PostMapping("/ict/desk/settings/{mission}")
    String update(@PathVariable String mission, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            Settings s = settings.update(mission, RegisterScreen.bind(json, f, SettingsInput.class));
            return "redirect:/ict/desk/settings/" + s.missionCode();
        }, (f, e) -> deskScreen(mission).show(model, f, e));
    }

    @GetMapping("/ict/desk/settings/{mission}/holidays")
    String holidays(@PathVariable String mission, Model model, Locale locale) {
        return holidaysScreen(mission, locale).show(model, Map.of(), null);
    }

    private RegisterScreen holidaysScreen(String mission, Locale locale) {
        Settings now = settings.current(mission);
        boolean manager = access.department(IctAccess.DESK_MANAGE);
        String base = "/ict/desk/settings/" + now.missionCode() + "/holidays";
        boolean fr = "fr".equals(locale.getLanguage());
        List<RegisterScreen.Row> rows = new ArrayList<>();
        for (DeskSettings.Holiday h : now.holidays()) {
            rows.add(RegisterScreen.row(null, false, manager ? List.of(new RegisterScreen.Action(base + "/" + h.date() + "/remove",
                            "ict.deskSettings.remove", null, null, now.version(), true, null)) : List.of(),
                    formats.date(h.date()), fr ? h.nameFr() : h.nameEn(), fr ? h.nameEn() : h.nameFr()));
        }
        RegisterScreen screen = RegisterScreen.of("ict.deskSettings.holidays", "ict.deskSettings.holidaysIntro",
                        List.of("ict.field.date", "ict.field.holidayName", "ict.field.holidayOtherName"), rows)
                .links(List.of(new RegisterScreen.Link("/ict/desk/settings/" + now.missionCode(), "ict.deskSettings.desk")));
        if (!manager) return screen;
        return screen.form("ict.deskSettings.addHoliday", base, List.of(
                RegisterScreen.field("date", "ict.field.date", "date", true),
                RegisterScreen.field("nameEn", "ict.field.nameEn", "text", true),
                RegisterScreen.field("nameFr", "ict.field.nameFr", "text", true),
                RegisterScreen.field("reason", "ict.field.reason", "text", false)));
    }

    @PostMapping("/ict/desk/settings/{mission}/holidays")
    String addHoliday(@PathVariable String mission, @RequestParam Map<String, String> form, Model model, Locale locale) {
        return RegisterScreen.submit(model, messages, locale, form, f -> {
            Settings s = settings.addHoliday(mission, RegisterScreen.bind(json, f, HolidayInput.class));
            return "redirect:/ict/desk/settings/" + s.missionCode() + "/holidays";
        }, (f, e) -> holidaysScreen(mission, locale).show(model, f, e));
    }

    @PostMapping("/ict/desk/settings/{mission}/holidays/{date}/remove")
    String removeHoliday(@PathVariable String mission, @PathVariable String date,
                         @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        try {
            settings.removeHoliday(mission, date, null, version);
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("problem", RegisterScreen.reason(messages, locale, e));
        }
        return "redirect:/ict/desk/settings/" + mission.strip().toUpperCase(Locale.ROOT) + "/holidays";
    }

    /** The desks' settings over REST. */
    @RestController
    static class DeskSettingsApi {

        private final DeskSettings settings;

        DeskSettingsApi(DeskSettings settings) {
            this.settings = settings;
        }

        /** The settings of a desk: those in force and every earlier version (newest first). */
        record DeskView(Settings current, List<Settings> history) { }

        @GetMapping(path = "/api/v1/ict/desk/settings", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Settings> desks() {
            return settings.desks();
        }

        @GetMapping(path = "/api/v1/ict/desk/settings/{mission}", produces = MediaType.APPLICATION_JSON_VALUE)
        DeskView desk(@PathVariable String mission) {
            List<Settings> history = settings.history(mission);
            return new DeskView(history.get(0), history);
        }

        @PostMapping(path = "/api/v1/ict/desk/settings/{mission}", produces = MediaType.APPLICATION_JSON_VALUE)
        Settings update(@PathVariable String mission, @RequestBody(required = false) SettingsInput in) {
            // an absent body reaches the service, which checks the caller's permission before the fields
            return settings.update(mission, in != null ? in : new SettingsInput(null, null, null, null));
        }

        @PostMapping(path = "/api/v1/ict/desk/settings/{mission}/holidays", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Settings> addHoliday(@PathVariable String mission, @RequestBody(required = false) HolidayInput in) {
            Settings s = settings.addHoliday(mission, in != null ? in : new HolidayInput(null, null, null, null, null));
            return ResponseEntity.created(URI.create("/api/v1/ict/desk/settings/" + s.missionCode())).body(s);
        }

        @DeleteMapping(path = "/api/v1/ict/desk/settings/{mission}/holidays/{date}", produces = MediaType.APPLICATION_JSON_VALUE)
        Settings removeHoliday(@PathVariable String mission, @PathVariable String date,
                               @RequestParam(required = false) String reason, @RequestParam(required = false) Long version) {
            return settings.removeHoliday(mission, date, reason, version);
        }
    }
}
