package org.fieldsupport.ict.desk.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.ict.desk.internal.ChangeService;
import org.fieldsupport.ict.desk.internal.ChangeService.Change;
import org.fieldsupport.ict.desk.internal.DeskService;
import org.fieldsupport.ict.desk.internal.DeskService.ActionInput;
import org.fieldsupport.ict.desk.internal.DeskService.NewTicket;
import org.fieldsupport.ict.desk.internal.DeskService.Ticket;
import org.fieldsupport.ict.desk.internal.DeskService.TicketView;
import org.fieldsupport.ict.desk.internal.ServiceLevels;
import org.fieldsupport.ict.shared.internal.IctFieldErrors;
import org.fieldsupport.platform.api.TabularFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service desk over HTTP: queue, tickets and their actions, changes and their approval, service-level report. */
@RestController
@RequestMapping("/api/v1/ict/desk")
class DeskApi {

    private final DeskService desk;
    private final ChangeService changes;
    private final ServiceLevels levels;

    DeskApi(DeskService desk, ChangeService changes, ServiceLevels levels) {
        this.desk = desk;
        this.changes = changes;
        this.levels = levels;
    }

    @GetMapping("/tickets")
    List<Ticket> queue(@RequestParam(required = false) String mission, @RequestParam(required = false) String status,
                       @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return desk.queue(mission, status, offset, limit);
    }

    @PostMapping("/tickets")
    ResponseEntity<Ticket> open(@RequestBody NewTicket body) {
        Ticket t = desk.open(body);
        return ResponseEntity.created(URI.create("/api/v1/ict/desk/tickets/" + t.id())).body(t);
    }

    @GetMapping("/tickets/{id}")
    TicketView one(@PathVariable long id) { return desk.view(id); }

    @PostMapping("/tickets/{id}/{action}")
    Ticket act(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) ActionInput body) {
        return desk.act(id, action, body);
    }

    @GetMapping("/changes")
    List<Change> calendar(@RequestParam String month, @RequestParam(required = false) String mission) {
        return changes.calendar(ServiceLevels.month(month), mission);
    }

    @PostMapping("/changes")
    ResponseEntity<Change> createChange(@RequestBody ChangeService.NewChange body) {
        Change c = changes.create(body);
        return ResponseEntity.created(URI.create("/api/v1/ict/desk/changes/" + c.id())).body(c);
    }

    @GetMapping("/changes/{id}")
    Change change(@PathVariable long id) { return changes.change(id); }

    @PostMapping("/changes/{id}/{action}")
    Change changeAction(@PathVariable long id, @PathVariable String action, @RequestBody(required = false) Map<String, Object> body) {
        Object reason = body == null ? null : body.get("reason");
        Object version = body == null ? null : body.get("version");
        return changes.perform(id, action, reason == null ? null : reason.toString(),
                version instanceof Number n ? n.longValue() : null);
    }

    @GetMapping("/service-levels")
    ServiceLevels.Report report(@RequestParam String mission, @RequestParam String month) {
        return levels.report(mission, ServiceLevels.month(month));
    }

    @GetMapping(path = "/service-levels/export", produces = {"text/csv", TabularFile.XLSX_CONTENT_TYPE})
    ResponseEntity<byte[]> export(@RequestParam String mission, @RequestParam String month,
                                  @RequestParam(defaultValue = "csv") String format) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            new IctFieldErrors().add("format", "OneOf", "ict.error.oneOf", "csv, xlsx").throwIfAny();
        }
        ServiceLevels.Report r = levels.report(mission, ServiceLevels.month(month));
        List<String> columns = List.of("mission", "month", "priority", "tickets", "responded", "responded_in_time",
                "resolved", "resolved_in_time", "breached", "response_in_time_percent", "resolution_in_time_percent",
                "mean_resolution_minutes", "rated", "mean_satisfaction", "rule_set");
        List<Map<String, String>> rows = new ArrayList<>();
        List<ServiceLevels.Line> lines = new ArrayList<>(r.lines());
        lines.add(r.total());
        for (ServiceLevels.Line l : lines) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("mission", r.missionCode());
            row.put("month", r.month());
            row.put("priority", l.priority());
            row.put("tickets", String.valueOf(l.tickets()));
            row.put("responded", String.valueOf(l.responded()));
            row.put("responded_in_time", String.valueOf(l.respondedInTime()));
            row.put("resolved", String.valueOf(l.resolved()));
            row.put("resolved_in_time", String.valueOf(l.resolvedInTime()));
            row.put("breached", String.valueOf(l.breached()));
            row.put("response_in_time_percent", l.responseInTimePercent() == null ? "" : l.responseInTimePercent());
            row.put("resolution_in_time_percent", l.resolutionInTimePercent() == null ? "" : l.resolutionInTimePercent());
            row.put("mean_resolution_minutes", l.meanResolutionMinutes() == null ? "" : l.meanResolutionMinutes());
            row.put("rated", String.valueOf(l.rated()));
            row.put("mean_satisfaction", l.meanSatisfaction() == null ? "" : l.meanSatisfaction());
            row.put("rule_set", r.ruleSet());
            rows.add(row);
        }
        boolean xlsx = format.equals("xlsx");
        byte[] body = xlsx ? TabularFile.xlsx("service levels " + r.month(), columns, rows) : TabularFile.csv(columns, rows);
        String name = "ict-service-levels-" + r.missionCode() + "-" + r.month() + (xlsx ? ".xlsx" : ".csv");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(xlsx ? MediaType.parseMediaType(TabularFile.XLSX_CONTENT_TYPE)
                        : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }
}
