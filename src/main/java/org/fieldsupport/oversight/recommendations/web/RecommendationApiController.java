package org.fieldsupport.oversight.recommendations.web;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.oversight.recommendations.internal.RecommendationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The oversight recommendations register over REST: reports, recommendations, responses, follow-up, ageing, guidance. */
@RestController
@RequestMapping(path = "/api/v1/oversight", produces = MediaType.APPLICATION_JSON_VALUE)
class RecommendationApiController {

    private final RecommendationService recommendations;

    RecommendationApiController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    record ActionRequest(String action, String note, String evidence) { }

    record NoteRequest(String note) { }

    @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RecommendationService.Report report(@RequestBody(required = false) RecommendationService.NewReport report) {
        return recommendations.createReport(report);
    }

    @GetMapping("/reports")
    List<RecommendationService.Report> reports() {
        return recommendations.reports();
    }

    @PostMapping(path = "/reports/{id}/recommendations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RecommendationService.Recommendation add(@PathVariable long id,
                                             @RequestBody(required = false) RecommendationService.NewRecommendation r) {
        return recommendations.addRecommendation(id, r);
    }

    @GetMapping("/recommendations")
    List<RecommendationService.Recommendation> list(@RequestParam(required = false) String source,
                                                    @RequestParam(required = false) String status,
                                                    @RequestParam(required = false) String mission,
                                                    @RequestParam(required = false) String rating,
                                                    @RequestParam(required = false) Boolean pastDue,
                                                    @RequestParam(required = false) Long report,
                                                    @RequestParam(required = false) LocalDate asOf) {
        return recommendations.list(new RecommendationService.Filter(source, status, mission, rating, pastDue, report),
                asOf == null ? RecommendationService.today() : asOf);
    }

    @GetMapping("/recommendations/ageing")
    RecommendationService.AgeingTable ageing(@RequestParam(required = false) LocalDate asOf,
                                             @RequestParam(required = false) String by) {
        return recommendations.ageing(asOf == null ? RecommendationService.today() : asOf, by);
    }

    /** Past due by the rule; {@code critical=true} gives the "critical past due" list of the annual report. */
    @GetMapping("/recommendations/past-due")
    List<RecommendationService.Recommendation> pastDue(@RequestParam(required = false) LocalDate asOf,
                                                       @RequestParam(defaultValue = "false") boolean critical) {
        return recommendations.list(new RecommendationService.Filter(null, null, null, critical ? "CRITICAL" : null, true, null),
                asOf == null ? RecommendationService.today() : asOf);
    }

    @GetMapping("/recommendations/follow-ups-due")
    List<RecommendationService.Recommendation> followUpsDue(@RequestParam(required = false) LocalDate asOf) {
        return recommendations.followUpsDue(asOf == null ? RecommendationService.today() : asOf);
    }

    @GetMapping("/recommendations/{id}")
    RecommendationService.Detail detail(@PathVariable long id) {
        return recommendations.detail(id);
    }

    @PostMapping(path = "/recommendations/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE)
    RecommendationService.Recommendation respond(@PathVariable long id,
                                                 @RequestBody(required = false) RecommendationService.Response response) {
        return recommendations.respond(id, response);
    }

    @PostMapping(path = "/recommendations/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    RecommendationService.Recommendation act(@PathVariable long id, @RequestBody(required = false) ActionRequest r) {
        return recommendations.act(id, r == null ? null : r.action(), r == null ? null : r.note(), r == null ? null : r.evidence());
    }

    @PostMapping(path = "/recommendations/{id}/follow-ups", consumes = MediaType.APPLICATION_JSON_VALUE)
    RecommendationService.Recommendation followUp(@PathVariable long id, @RequestBody(required = false) NoteRequest r) {
        return recommendations.followUp(id, r == null ? null : r.note());
    }

    @GetMapping("/guidance")
    List<RecommendationService.Guidance> guidance(@RequestParam(required = false) String mission) {
        return recommendations.guidance(mission == null || mission.isBlank() ? null : mission.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @PostMapping(path = "/guidance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RecommendationService.Guidance publish(@RequestBody(required = false) RecommendationService.NewGuidance g) {
        return recommendations.publish(g);
    }
}
