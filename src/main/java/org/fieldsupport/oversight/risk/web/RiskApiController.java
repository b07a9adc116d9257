package org.fieldsupport.oversight.risk.web;

import java.util.List;
import org.fieldsupport.oversight.risk.internal.RiskService;
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

/** Mission risk registers with heat maps, support security requirements and quality-assurance reviews. */
@RestController
@RequestMapping(path = "/api/v1/oversight", produces = MediaType.APPLICATION_JSON_VALUE)
class RiskApiController {

    private final RiskService risks;

    RiskApiController(RiskService risks) {
        this.risks = risks;
    }

    @PostMapping(path = "/risks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RiskService.Risk record(@RequestBody(required = false) RiskService.NewRisk risk) {
        return risks.record(risk, RiskService.Kind.RISK);
    }

    @GetMapping("/risks")
    List<RiskService.Risk> list(@RequestParam(required = false) String mission) {
        return risks.list(mission, RiskService.Kind.RISK);
    }

    @GetMapping("/risks/heat-map")
    RiskService.HeatMap heatMap(@RequestParam(required = false) String mission,
                                @RequestParam(required = false, defaultValue = "RISK") String kind) {
        return risks.heatMap(mission, "SECURITY".equalsIgnoreCase(kind) ? RiskService.Kind.SECURITY : RiskService.Kind.RISK);
    }

    @GetMapping("/risks/{id}")
    RiskService.Risk one(@PathVariable long id) {
        return risks.find(id);
    }

    @PostMapping(path = "/security-requirements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RiskService.Risk requirement(@RequestBody(required = false) RiskService.NewRisk risk) {
        return risks.record(risk, RiskService.Kind.SECURITY);
    }

    @GetMapping("/security-requirements")
    List<RiskService.Risk> requirements(@RequestParam(required = false) String mission) {
        return risks.list(mission, RiskService.Kind.SECURITY);
    }

    @PostMapping(path = "/qa-reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RiskService.Review review(@RequestBody(required = false) RiskService.NewReview review) {
        return risks.review(review);
    }

    @GetMapping("/qa-reviews")
    List<RiskService.Review> reviews(@RequestParam(required = false) String mission) {
        return risks.reviews(mission);
    }
}
