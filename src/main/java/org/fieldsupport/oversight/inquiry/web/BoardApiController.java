package org.fieldsupport.oversight.inquiry.web;

import java.util.List;
import org.fieldsupport.oversight.inquiry.domain.BoardTrigger;
import org.fieldsupport.oversight.inquiry.internal.BoardService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Boards of inquiry: {@code POST /api/v1/oversight/boards-of-inquiry/trigger-check} (BOI-2026-v1, exact wire shape),
 * incidents, convening and the board's report.
 */
@RestController
@RequestMapping(path = "/api/v1/oversight", produces = MediaType.APPLICATION_JSON_VALUE)
class BoardApiController {

    private final BoardService boards;

    BoardApiController(BoardService boards) {
        this.boards = boards;
    }

    @PostMapping(path = "/boards-of-inquiry/trigger-check", consumes = MediaType.APPLICATION_JSON_VALUE)
    BoardTrigger.Result triggerCheck(@RequestBody(required = false) BoardService.FactsInput facts) {
        return boards.check(facts);
    }

    @PostMapping(path = "/incidents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    BoardService.Incident record(@RequestBody(required = false) BoardService.NewIncident incident) {
        return boards.record(incident);
    }

    @GetMapping("/incidents")
    List<BoardService.Incident> list() {
        return boards.list();
    }

    @GetMapping("/incidents/{id}")
    BoardService.Incident incident(@PathVariable long id) {
        return boards.incident(id);
    }

    @PostMapping(path = "/incidents/{id}/board", consumes = MediaType.APPLICATION_JSON_VALUE)
    BoardService.Incident convene(@PathVariable long id, @RequestBody(required = false) BoardService.Convening convening) {
        return boards.convene(id, convening);
    }

    @PostMapping(path = "/incidents/{id}/board/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    BoardService.Incident report(@PathVariable long id, @RequestBody(required = false) BoardService.BoardReport report) {
        return boards.report(id, report);
    }
}
