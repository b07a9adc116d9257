package org.fieldsupport.personnel.leadership.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.leadership.internal.BriefingPack;
import org.fieldsupport.personnel.leadership.internal.CallService;
import org.fieldsupport.personnel.leadership.internal.ForecastService;
import org.fieldsupport.personnel.leadership.internal.OutreachService;
import org.fieldsupport.personnel.leadership.internal.TalentPoolService;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Senior leadership appointments through the API (4.5.a–e, 6.7.e). */
@RestController
@RequestMapping("/api/v1/personnel/leadership")
class LeadershipApiController {

    private static final Map<String, String> TALENT_SORT = Map.of("fullName", "full_name", "level", "level_sought",
            "yearsExperience", "years_experience", "nationality", "nationality");

    private final ForecastService forecast;
    private final OutreachService outreach;
    private final TalentPoolService talent;
    private final CallService calls;
    private final BriefingPack briefing;
    private final Paging paging;

    LeadershipApiController(ForecastService forecast, OutreachService outreach, TalentPoolService talent,
                            CallService calls, BriefingPack briefing, Paging paging) {
        this.forecast = forecast;
        this.outreach = outreach;
        this.talent = talent;
        this.calls = calls;
        this.briefing = briefing;
        this.paging = paging;
    }

    // ---- forecast and succession (4.5.a, 6.7.e) ----

    @GetMapping("/forecast")
    ForecastService.Forecast forecast(@RequestParam(required = false) String mission,
                                      @RequestParam(required = false, defaultValue = "18") Integer months) {
        return forecast.forecast(mission, months);
    }

    record SuccessorBody(Long postId, Long talentId, String readiness, String note) { }

    @PostMapping("/succession")
    ResponseEntity<ForecastService.Successor> successor(@RequestBody SuccessorBody b) {
        ForecastService.Successor s = forecast.addSuccessor(b.postId(), b.talentId(), b.readiness(), b.note());
        return ResponseEntity.created(URI.create("/api/v1/personnel/leadership/succession/" + s.id())).body(s);
    }

    // ---- outreach (4.5.b) ----

    @GetMapping("/partners")
    List<OutreachService.Partner> partners() {
        return outreach.partners();
    }

    @PostMapping("/partners")
    ResponseEntity<OutreachService.Partner> partner(@RequestBody OutreachService.NewPartner b) {
        OutreachService.Partner p = outreach.createPartner(b);
        return ResponseEntity.created(URI.create("/api/v1/personnel/leadership/partners/" + p.id())).body(p);
    }

    @GetMapping("/campaigns")
    List<OutreachService.Campaign> campaigns() {
        return outreach.campaigns();
    }

    @PostMapping("/campaigns")
    ResponseEntity<OutreachService.Campaign> campaign(@RequestBody OutreachService.NewCampaign b) {
        OutreachService.Campaign c = outreach.createCampaign(b);
        return ResponseEntity.created(URI.create("/api/v1/personnel/leadership/campaigns/" + c.id())).body(c);
    }

    // ---- talent pool (4.5.e) ----

    @GetMapping("/talent")
    PageResponse<TalentPoolService.Talent> talent(@RequestParam(required = false) String q,
                                                  @RequestParam(required = false) String level,
                                                  @RequestParam(required = false) String gender,
                                                  @RequestParam(required = false) String language,
                                                  @RequestParam(required = false) Boolean available,
                                                  @RequestParam(required = false) Integer page,
                                                  @RequestParam(required = false) Integer size,
                                                  @RequestParam(required = false) String sort) {
        return talent.search(new TalentPoolService.Search(q, level, gender, language, available),
                paging.read(page, size, sort, TALENT_SORT));
    }

    @GetMapping("/talent/figures")
    TalentPoolService.PoolFigures figures() {
        return talent.figures();
    }

    @GetMapping("/talent/{id}")
    TalentPoolService.Talent talent(@PathVariable long id) {
        return talent.get(id);
    }

    @PostMapping("/talent")
    ResponseEntity<TalentPoolService.Talent> createTalent(@RequestBody TalentPoolService.NewTalent b) {
        TalentPoolService.Talent t = talent.create(b);
        return ResponseEntity.created(URI.create("/api/v1/personnel/leadership/talent/" + t.id())).body(t);
    }

    record TalentUpdate(String visionStatement, Boolean available, Long version) { }

    @org.fieldsupport.platform.api.Unversioned("the talent record carries its own version in the body: a stale edit is refused with 409 (TalentPoolService)")
    @PutMapping("/talent/{id}")
    TalentPoolService.Talent updateTalent(@PathVariable long id, @RequestBody TalentUpdate b) {
        return talent.update(id, b.visionStatement(), b.available(), b.version());
    }

    // ---- calls, nominations, shortlist, selection, assignment (4.5.c, 6.7.e) ----

    @GetMapping("/calls")
    List<CallService.Call> calls(@RequestParam(required = false) String mission) {
        return calls.calls(mission);
    }

    @PostMapping("/calls")
    ResponseEntity<CallService.Call> createCall(@RequestBody CallService.NewCall b) {
        CallService.Call c = calls.create(b);
        return ResponseEntity.created(URI.create("/api/v1/personnel/leadership/calls/" + c.id())).body(c);
    }

    @GetMapping("/calls/{id}")
    CallService.Call call(@PathVariable long id) {
        return calls.get(id);
    }

    @GetMapping("/calls/{id}/nomination-lists")
    List<CallService.NominationList> lists(@PathVariable long id) {
        return calls.lists(id);
    }

    @PostMapping("/calls/{id}/nomination-lists")
    ResponseEntity<CallService.NominationList> submit(@PathVariable long id, @RequestBody CallService.NewList b) {
        CallService.NominationList l = calls.submit(id, b);
        return ResponseEntity.created(URI.create("/api/v1/personnel/leadership/nomination-lists/" + l.id())).body(l);
    }

    @GetMapping("/nomination-lists")
    List<CallService.NominationList> myLists() {
        return calls.myLists();
    }

    @GetMapping("/nomination-lists/{id}")
    CallService.NominationList list(@PathVariable long id) {
        return calls.list(id);
    }

    record ShortlistBody(List<Long> nomineeIds, Long version) { }

    @PostMapping("/calls/{id}/shortlist")
    CallService.Call shortlist(@PathVariable long id, @RequestBody ShortlistBody b) {
        return calls.shortlist(id, b.nomineeIds(), b.version());
    }

    record SelectionBody(Long nomineeId, Long version) { }

    @PostMapping("/calls/{id}/selection")
    CallService.Call select(@PathVariable long id, @RequestBody SelectionBody b) {
        return calls.select(id, b.nomineeId(), b.version());
    }

    record AssignmentBody(String indexNumber, LocalDate dateOfBirth, LocalDate entryOnDuty, LocalDate contractEnd,
                          String dutyStation, Long version) { }

    @PostMapping("/calls/{id}/assignment")
    CallService.Call assign(@PathVariable long id, @RequestBody AssignmentBody b) {
        return calls.assign(id, new CallService.Assignment(b.entryOnDuty(), b.contractEnd(), b.indexNumber(),
                b.dateOfBirth(), b.dutyStation()), b.version());
    }

    /** The entitlements briefing pack (4.5.d) as PDF; {@code language} en or fr (not {@code lang}: that would switch the reader's own screen language) (else the request's language). */
    @GetMapping("/calls/{id}/briefing-pack")
    ResponseEntity<byte[]> briefing(@PathVariable long id, @RequestParam(required = false) String language, Locale locale) {
        Locale l = "fr".equals(language) ? Locale.FRENCH : "en".equals(language) ? Locale.ENGLISH : locale;
        BriefingPack.Pack p = briefing.generate(id, l);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(p.fileName()).build()
                        .toString())
                .body(p.pdf());
    }
}
