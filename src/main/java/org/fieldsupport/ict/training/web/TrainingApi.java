package org.fieldsupport.ict.training.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fieldsupport.ict.training.internal.TrainingPlans;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ICT training over HTTP: courses, a mission's plan for a year, plan lines, completions. */
@RestController
@RequestMapping("/api/v1/ict/training")
class TrainingApi {

    private final TrainingPlans plans;

    TrainingApi(TrainingPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/courses")
    List<TrainingPlans.Course> courses() { return plans.courses(); }

    @PostMapping("/courses")
    ResponseEntity<TrainingPlans.Course> createCourse(@RequestBody TrainingPlans.NewCourse body) {
        var c = plans.createCourse(body);
        return ResponseEntity.created(URI.create("/api/v1/ict/training/courses/" + c.code())).body(c);
    }

    @GetMapping("/plans")
    TrainingPlans.Plan plan(@RequestParam String mission, @RequestParam int year) { return plans.plan(mission, year); }

    @PostMapping("/plans")
    ResponseEntity<TrainingPlans.PlanLine> addLine(@RequestBody TrainingPlans.NewLine body) {
        var l = plans.addLine(body);
        return ResponseEntity.created(URI.create("/api/v1/ict/training/plans/" + l.id())).body(l);
    }

    @PostMapping("/plans/{id}/trained")
    TrainingPlans.PlanLine trained(@PathVariable long id, @RequestBody Map<String, Integer> body) {
        return plans.recordTrained(id, body == null ? null : body.get("trained"));
    }
}
