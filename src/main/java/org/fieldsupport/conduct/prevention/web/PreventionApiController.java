package org.fieldsupport.conduct.prevention.web;

import java.util.List;
import java.util.Locale;
import org.fieldsupport.conduct.prevention.internal.PreventionService;
import org.fieldsupport.conduct.statistics.internal.StatisticsService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The three-pronged strategy per mission, its objectives and activities, and conduct policies and training programmes. */
@RestController
@RequestMapping(path = "/api/v1/conduct", produces = MediaType.APPLICATION_JSON_VALUE)
class PreventionApiController {

    private final PreventionService prevention;

    PreventionApiController(PreventionService prevention) {
        this.prevention = prevention;
    }

    @GetMapping("/strategy")
    PreventionService.Strategy strategy(@RequestParam(required = false) String mission,
                                        @RequestParam(required = false) Integer year, Locale locale) {
        return prevention.strategy(mission, StatisticsService.checkYear(year), locale);
    }

    @PostMapping("/objectives")
    @ResponseStatus(HttpStatus.CREATED)
    PreventionService.Objective objective(@RequestBody(required = false) PreventionService.NewObjective request) {
        return prevention.addObjective(request);
    }

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    PreventionService.Activity activity(@RequestBody(required = false) PreventionService.NewActivity request) {
        return prevention.addActivity(request);
    }

    @GetMapping("/policies")
    List<PreventionService.Policy> policies(@RequestParam(required = false) String kind) {
        return prevention.policies(kind);
    }

    record LibraryLink(String code) { }

    @GetMapping("/policies/library")
    List<org.fieldsupport.guidance.PolicyLinks.PolicyReference> library() {
        return prevention.libraryPolicies();
    }

    @PostMapping("/policies/library")
    List<org.fieldsupport.guidance.PolicyLinks.PolicyReference> link(@RequestBody(required = false) LibraryLink request) {
        return prevention.linkLibraryPolicy(request == null ? null : request.code());
    }

    @PostMapping("/policies")
    @ResponseStatus(HttpStatus.CREATED)
    PreventionService.Policy issue(@RequestBody(required = false) PreventionService.NewPolicy request) {
        return prevention.issuePolicy(request);
    }
}
