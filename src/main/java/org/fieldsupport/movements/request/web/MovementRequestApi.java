package org.fieldsupport.movements.request.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.movements.request.internal.MovementRequests;
import org.fieldsupport.platform.api.Idempotent;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Movement requests (MOVEMENTS-2026-v1) and the day's manifest over REST. */
@RestController
class MovementRequestApi {

    private final MovementRequests requests;

    MovementRequestApi(MovementRequests requests) {
        this.requests = requests;
    }

    @PostMapping(path = "/api/v1/movements/requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    ResponseEntity<MovementRequests.Request> submit(@RequestBody MovementRequests.NewRequest request) {
        MovementRequests.Request r = requests.submit(request);
        return ResponseEntity.created(URI.create("/api/v1/movements/requests/" + r.id())).body(r);
    }

    @GetMapping(path = "/api/v1/movements/requests", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MovementRequests.Request> list(@RequestParam(required = false) String mission,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return requests.list(mission, date);
    }

    @GetMapping(path = "/api/v1/movements/requests/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    MovementRequests.Request request(@PathVariable long id) {
        return requests.request(id);
    }

    @GetMapping(path = "/api/v1/movements/manifests/{mission}/{date}", produces = MediaType.APPLICATION_JSON_VALUE)
    MovementRequests.Manifest manifest(@PathVariable String mission,
                                       @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return requests.manifest(mission, date);
    }
}
