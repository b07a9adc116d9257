package org.fieldsupport.reporting.calendar.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fieldsupport.reporting.ReportFigureContributor;
import org.fieldsupport.reporting.calendar.internal.ReportingCalendar;
import org.fieldsupport.reporting.calendar.internal.ReportingCalendar.*;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reporting calendar over HTTP. */
@RestController
@RequestMapping("/api/v1/reporting")
class CalendarApi {

    private final ReportingCalendar calendar;

    CalendarApi(ReportingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/reports")
    List<Report> reports() { return calendar.calendar(); }

    @PostMapping("/reports")
    ResponseEntity<Detail> create(@RequestBody NewReport body) {
        Detail d = calendar.create(body);
        return ResponseEntity.created(URI.create("/api/v1/reporting/reports/" + d.report().code())).body(d);
    }

    @GetMapping("/reports/{code}")
    Detail report(@PathVariable String code) { return calendar.detail(code); }

    @PostMapping("/reports/{code}/inputs")
    ResponseEntity<Detail> request(@PathVariable String code, @RequestBody NewInput body) {
        return ResponseEntity.status(201).body(calendar.requestInput(code, body));
    }

    @PostMapping("/inputs/{id}/submit")
    Detail submitInput(@PathVariable long id, @RequestBody Map<String, String> body) {
        return calendar.submitInput(id, body.get("text"));
    }

    @PostMapping("/inputs/{id}/clear")
    Detail clear(@PathVariable long id) { return calendar.clearInput(id); }

    @PostMapping("/reports/{code}/submit")
    Detail submit(@PathVariable String code) { return calendar.submitReport(code); }

    @PostMapping("/reports/{code}/figures")
    ResponseEntity<Detail> figure(@PathVariable String code, @RequestBody Map<String, String> body) {
        return ResponseEntity.status(201).body(calendar.takeFigure(code, body.get("key"), body.get("missionCode")));
    }

    @GetMapping("/figures")
    List<ReportFigureContributor.Figure> figures() { return calendar.availableFigures(); }

    @GetMapping("/inputs/mine")
    List<Input> mine() { return calendar.myRequests(); }
}
