package org.fieldsupport.personnel.leadership.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.leadership.domain.TalentRules;
import org.fieldsupport.personnel.leadership.internal.BriefingPack;
import org.fieldsupport.personnel.leadership.internal.CallService;
import org.fieldsupport.personnel.leadership.internal.ForecastService;
import org.fieldsupport.personnel.leadership.internal.LeadershipAccess;
import org.fieldsupport.personnel.leadership.internal.OutreachService;
import org.fieldsupport.personnel.leadership.internal.TalentPoolService;
import org.fieldsupport.personnel.shared.ScreenMessages;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.PageQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of senior leadership appointments: forecast, calls, nominations, talent pool, outreach. */
@Controller
@RequestMapping("/personnel/leadership")
class LeadershipPageController {

    private final ForecastService forecast;
    private final OutreachService outreach;
    private final TalentPoolService talent;
    private final CallService calls;
    private final BriefingPack briefing;
    private final LeadershipAccess access;
    private final Missions missions;
    private final ScreenMessages messages;

    LeadershipPageController(ForecastService forecast, OutreachService outreach, TalentPoolService talent,
                             CallService calls, BriefingPack briefing, LeadershipAccess access, Missions missions,
                             ScreenMessages messages) {
        this.forecast = forecast;
        this.outreach = outreach;
        this.talent = talent;
        this.calls = calls;
        this.briefing = briefing;
        this.access = access;
        this.missions = missions;
        this.messages = messages;
    }

    interface Action {
        void run();
    }

    private void attempt(Action a, String done, Locale locale, RedirectAttributes redirect) {
        try {
            a.run();
            redirect.addFlashAttribute("notice", messages.get(done, locale));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
    }

    @GetMapping
    String home() {
        return access.mayReadAnywhere() ? "redirect:/personnel/leadership/forecast" : "redirect:/personnel/leadership/nominations";
    }

    // ---- forecast ----

    @GetMapping("/forecast")
    String forecast(@RequestParam(required = false) String mission, @RequestParam(required = false) String months,
                    Model model) {
        int m = 18;
        if (months != null && !months.isBlank()) {
            try {
                m = Integer.parseInt(months.strip());
            } catch (NumberFormatException e) {
                m = -1;
            }
        }
        model.addAttribute("f", forecast.forecast(mission, m));
        model.addAttribute("mission", mission);
        model.addAttribute("mayManage", access.mayManage());
        model.addAttribute("talent", access.mayManage() ? talent.all() : List.of());
        model.addAttribute("readiness", TalentRules.READINESS);
        return "personnel/leadership/forecast";
    }

    @PostMapping("/succession")
    String successor(@RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        attempt(() -> forecast.addSuccessor(number(form.get("postId"), "postId"), number(form.get("talentId"), "talentId"),
                form.get("readiness"), form.get("note")), "leadership.succession.added", locale, redirect);
        return "redirect:/personnel/leadership/forecast";
    }

    // ---- calls ----

    @GetMapping("/calls")
    String calls(@RequestParam(required = false) String mission, Model model) {
        model.addAttribute("calls", calls.calls(mission));
        model.addAttribute("mayManage", access.mayManage());
        if (access.mayManage()) {
            model.addAttribute("posts", forecast.forecast(null, 18).lines());
        }
        return "personnel/leadership/calls";
    }

    @PostMapping("/calls")
    String createCall(@RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        attempt(() -> calls.create(new CallService.NewCall(number(form.get("postId"), "postId"), form.get("jobProfile"),
                form.get("conditions"), integer(form.get("minYearsExperience"), "minYearsExperience"),
                form.get("languagesRequired"), date(form.get("opensOn"), "opensOn"), date(form.get("closesOn"), "closesOn"))),
                "leadership.call.created", locale, redirect);
        return "redirect:/personnel/leadership/calls";
    }

    @GetMapping("/calls/{id}")
    String call(@PathVariable long id, Model model) {
        CallService.Call c = calls.get(id);
        model.addAttribute("c", c);
        model.addAttribute("lists", calls.lists(id));
        model.addAttribute("mayManage", access.mayManage());
        model.addAttribute("maySelect", access.maySelect());
        model.addAttribute("shortlisted", access.mayManage() ? calls.shortlisted(id) : List.of());
        model.addAttribute("selected", access.mayManage() ? calls.selected(c).orElse(null) : null);
        model.addAttribute("states", access.nominatingStates());
        model.addAttribute("mayNominate", c.acceptsNominations(org.fieldsupport.personnel.staff.internal.StaffService.today())
                && (access.mayManage() || !access.nominatingStates().isEmpty()));
        return "personnel/leadership/call";
    }

    @PostMapping("/calls/{id}/nomination-lists")
    String submit(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        attempt(() -> {
            List<CallService.NewNominee> nominees = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String p = "nominees[" + i + "].";
                if (form.getOrDefault(p + "fullName", "").isBlank()) {
                    continue;
                }
                nominees.add(new CallService.NewNominee(null, form.get(p + "fullName"), blank(form.get(p + "gender")),
                        form.get(p + "nationality"), integer(form.get(p + "yearsExperience"), p + "yearsExperience"),
                        form.get(p + "currentFunction"), form.get(p + "languages"), null, form.get(p + "visionStatement")));
            }
            var l = calls.submit(id, new CallService.NewList(form.get("nominatorKind"), form.get("nominatorCode"), nominees));
            if (!l.parity().compliant()) {
                throw new BusinessRuleException("leadership.list.returned", l.parity().women(), l.parity().womenRequired());
            }
        }, "leadership.list.received", locale, redirect);
        return "redirect:/personnel/leadership/calls/" + id;
    }

    @PostMapping("/calls/{id}/shortlist")
    String shortlist(@PathVariable long id, @RequestParam(name = "nomineeIds", required = false) List<Long> ids,
                     @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        attempt(() -> calls.shortlist(id, ids, version), "leadership.shortlist.saved", locale, redirect);
        return "redirect:/personnel/leadership/calls/" + id;
    }

    @PostMapping("/calls/{id}/selection")
    String select(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        attempt(() -> calls.select(id, number(form.get("nomineeId"), "nomineeId"), number(form.get("version"), "version")),
                "leadership.select.done", locale, redirect);
        return "redirect:/personnel/leadership/calls/" + id;
    }

    @PostMapping("/calls/{id}/assignment")
    String assign(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        attempt(() -> calls.assign(id, new CallService.Assignment(date(form.get("entryOnDuty"), "entryOnDuty"),
                date(form.get("contractEnd"), "contractEnd"), form.get("indexNumber"),
                date(form.get("dateOfBirth"), "dateOfBirth"), form.get("dutyStation")),
                number(form.get("version"), "version")), "leadership.assign.done", locale, redirect);
        return "redirect:/personnel/leadership/calls/" + id;
    }

    @GetMapping("/calls/{id}/briefing-pack")
    ResponseEntity<byte[]> briefing(@PathVariable long id, @RequestParam(required = false) String language, Locale locale,
                                    jakarta.servlet.http.HttpServletRequest request,
                                    jakarta.servlet.http.HttpServletResponse response) {
        Locale l = "fr".equals(language) ? Locale.FRENCH : "en".equals(language) ? Locale.ENGLISH : locale;
        BriefingPack.Pack p;
        try {
            p = briefing.generate(id, l);
        } catch (BusinessRuleException e) {
            // no selection yet (or another refusal): back to the call, the reason shown in the reader's language
            String location = "/personnel/leadership/calls/" + id;
            org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request)
                    .put("problem", messages.problem(e, locale));
            org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(location, request, response);
            return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                    .location(java.net.URI.create(location)).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(p.fileName()).build()
                        .toString())
                .body(p.pdf());
    }

    // ---- nominations (nominator's view) ----

    @GetMapping("/nominations")
    String nominations(Model model) {
        model.addAttribute("lists", calls.myLists());
        model.addAttribute("open", calls.calls(null).stream()
                .filter(c -> c.acceptsNominations(org.fieldsupport.personnel.staff.internal.StaffService.today())).toList());
        model.addAttribute("states", access.nominatingStates());
        return "personnel/leadership/nominations";
    }

    // ---- talent pool ----

    @GetMapping("/talent")
    String talent(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
                  @RequestParam(required = false) String gender, @RequestParam(required = false) String language,
                  @RequestParam(required = false, defaultValue = "0") int page, Model model) {
        model.addAttribute("result", talent.search(new TalentPoolService.Search(q, blank(level), blank(gender),
                blank(language), null), new PageQuery(Math.max(0, page), 25, "fullName", "full_name, id", true)));
        model.addAttribute("figures", talent.figures());
        model.addAttribute("campaigns", outreach.campaigns());
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("gender", gender);
        model.addAttribute("language", language);
        return "personnel/leadership/talent";
    }

    @PostMapping("/talent")
    String createTalent(@RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        attempt(() -> talent.create(new TalentPoolService.NewTalent(form.get("fullName"), blank(form.get("gender")),
                form.get("nationality"), form.get("email"), form.get("currentFunction"), blank(form.get("levelSought")),
                integer(form.get("yearsExperience"), "yearsExperience"), form.get("languages"), form.get("expertise"),
                form.get("profile"), form.get("visionStatement"), blank(form.get("sourceKind")), form.get("sourceCode"),
                blank(form.get("campaignId")) == null ? null : number(form.get("campaignId"), "campaignId"))),
                "leadership.talent.created", locale, redirect);
        return "redirect:/personnel/leadership/talent";
    }

    @GetMapping("/talent/{id}")
    String talentDetail(@PathVariable long id, Model model) {
        model.addAttribute("t", talent.get(id));
        return "personnel/leadership/talent-detail";
    }

    @PostMapping("/talent/{id}")
    String updateTalent(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale,
                        RedirectAttributes redirect) {
        attempt(() -> talent.update(id, form.get("visionStatement"), "on".equals(form.get("available"))
                || "true".equals(form.get("available")), number(form.get("version"), "version")),
                "leadership.talent.updated", locale, redirect);
        return "redirect:/personnel/leadership/talent/" + id;
    }

    // ---- outreach ----

    @GetMapping("/outreach")
    String outreach(Model model) {
        model.addAttribute("partners", outreach.partners());
        model.addAttribute("campaigns", outreach.campaigns());
        model.addAttribute("partnerKinds", TalentRules.PARTNER_KINDS);
        return "personnel/leadership/outreach";
    }

    @PostMapping("/partners")
    String partner(@RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        attempt(() -> outreach.createPartner(new OutreachService.NewPartner(blank(form.get("kind")), form.get("name"),
                blank(form.get("countryCode")), form.get("contactName"), form.get("contactEmail"), form.get("notes"))),
                "leadership.partner.created", locale, redirect);
        return "redirect:/personnel/leadership/outreach";
    }

    @PostMapping("/campaigns")
    String campaign(@RequestParam Map<String, String> form, @RequestParam(name = "partnerIds", required = false) List<Long> partners,
                    Locale locale, RedirectAttributes redirect) {
        attempt(() -> outreach.createCampaign(new OutreachService.NewCampaign(form.get("title"), form.get("strategy"),
                form.get("targetLevels"), integer(form.get("targetWomenPct"), "targetWomenPct"),
                date(form.get("startsOn"), "startsOn"), date(form.get("endsOn"), "endsOn"), partners)),
                "leadership.campaign.created", locale, redirect);
        return "redirect:/personnel/leadership/outreach";
    }

    // ---- form parsing: a bad value is a field error in the user's language ----

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "Date", "leadership.input.date",
                    org.fieldsupport.personnel.leadership.internal.Inputs.label(field), text);
        }
    }

    static Integer integer(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Number", "leadership.input.number",
                    org.fieldsupport.personnel.leadership.internal.Inputs.label(field));
        }
    }

    static Long number(String text, String field) {
        Integer i = integer(text, field);
        return i == null ? null : i.longValue();
    }

    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
