package org.fieldsupport.frontoffice.tasking.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fieldsupport.frontoffice.tasking.internal.TaskBoard;
import org.fieldsupport.frontoffice.tasking.internal.TaskView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The principal's tasks over HTTP: create, contribute, consolidate, clear; the open tasks by week. */
@RestController
@RequestMapping("/api/v1/frontoffice/tasks")
class TaskApi {

    private final TaskBoard board;

    TaskApi(TaskBoard board) {
        this.board = board;
    }

    @PostMapping
    ResponseEntity<TaskView> create(@RequestBody TaskBoard.NewTask body) {
        TaskView view = board.create(body);
        return ResponseEntity.created(URI.create("/api/v1/frontoffice/tasks/" + view.id())).body(view);
    }

    @GetMapping("/{id}")
    TaskView get(@PathVariable long id) {
        return board.get(id);
    }

    record Text(String unit, String text) { }

    @PostMapping("/{id}/contributions")
    TaskView contribute(@PathVariable long id, @RequestBody Text body) {
        return board.contribute(id, body.unit(), body.text());
    }

    @PostMapping("/{id}/consolidate")
    TaskView consolidate(@PathVariable long id, @RequestBody Text body) {
        return board.consolidate(id, body.text());
    }

    @PostMapping("/{id}/clear")
    TaskView clear(@PathVariable long id) {
        return board.clear(id);
    }

    /** Open tasks grouped by lead unit and horizon (OVERDUE, THIS_WEEK, LATER). */
    @GetMapping("/open")
    Map<String, Map<String, List<TaskView>>> open(@RequestParam(required = false) String unit,
                                                  @RequestParam(required = false) String principal) {
        return board.weekly(board.open(unit, principal));
    }
}
