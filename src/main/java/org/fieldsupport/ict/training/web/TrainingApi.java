package org.fieldsupport.ict.training.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.ict.training.internal.TrainingPlans;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ICT training over HTTP: the catalogue's courses (read from guidance), a mission's plan for a year with completions, plan lines. */
@RestController
@RequestMapping("/api/v1/ict/training")
class TrainingApi {

    private final TrainingPlans plans;

    TrainingApi(TrainingPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/courses")
    List<TrainingPlans.Course> courses() { return plans.courses(); }

    @GetMapping("/plans")
    TrainingPlans.Plan plan(@RequestParam String mission, @RequestParam int year) { return plans.plan(mission, year); }

    /** The body is read after the permission check (an unauthorised caller gets 403 whatever it sends). */
    @PostMapping("/plans")
    ResponseEntity<TrainingPlans.PlanLine> addLine(@RequestBody(required = false) TrainingPlans.NewLine body) {
        var l = plans.addLine(body == null ? new TrainingPlans.NewLine(null, null, null, null, null) : body);
        return ResponseEntity.created(URI.create("/api/v1/ict/training/plans/" + l.id())).body(l);
    }
}
