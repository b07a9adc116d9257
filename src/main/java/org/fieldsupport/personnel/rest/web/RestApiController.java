package org.fieldsupport.personnel.rest.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.personnel.rest.domain.RestAndRecuperation;
import org.fieldsupport.personnel.rest.internal.RestService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rest and recuperation through the API. */
@RestController
@RequestMapping("/api/v1/personnel/rr")
class RestApiController {

    private final RestService rest;

    RestApiController(RestService rest) {
        this.rest = rest;
    }

    @GetMapping("/cycles")
    List<RestAndRecuperation.Cycle> cycles(@RequestParam(required = false) String mission) {
        return rest.cycles(mission);
    }

    record CycleBody(String missionCode, String dutyStation, Integer qualifyingDays, Integer rrDays,
                     List<String> destinations, LocalDate validFrom) { }

    @PostMapping("/cycles")
    ResponseEntity<RestAndRecuperation.Cycle> create(@RequestBody CycleBody b) {
        RestAndRecuperation.Cycle c = rest.createCycle(new RestService.NewCycle(b.missionCode(), b.dutyStation(),
                b.qualifyingDays(), b.rrDays(), b.destinations(), b.validFrom()));
        return ResponseEntity.created(URI.create("/api/v1/personnel/rr/cycles/" + c.id())).body(c);
    }

    @GetMapping("/staff/{id}")
    RestService.StaffRest staff(@PathVariable long id) {
        return rest.of(id);
    }

    record LeaveBody(LocalDate startDate, LocalDate endDate, String destination) { }

    @PostMapping("/staff/{id}/leave")
    RestService.StaffRest leave(@PathVariable long id, @RequestBody LeaveBody b) {
        return rest.record(id, b.startDate(), b.endDate(), b.destination());
    }
}
