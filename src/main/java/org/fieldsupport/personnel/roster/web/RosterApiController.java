package org.fieldsupport.personnel.roster.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.personnel.roster.internal.RosterService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rosters by job code through the API (6.7.b): depth, blind members, availability. */
@RestController
@RequestMapping("/api/v1/personnel/rosters")
class RosterApiController {

    private final RosterService rosters;

    RosterApiController(RosterService rosters) {
        this.rosters = rosters;
    }

    @GetMapping
    List<RosterService.Roster> list(@RequestParam(required = false) String jobFamily,
                                    @RequestParam(required = false) String grade) {
        return rosters.rosters(jobFamily, grade);
    }

    @PostMapping
    ResponseEntity<RosterService.Roster> create(@RequestBody RosterService.NewRoster body) {
        RosterService.Roster r = rosters.create(body);
        return ResponseEntity.created(URI.create("/api/v1/personnel/rosters/" + r.id())).body(r);
    }

    @GetMapping("/{id}")
    RosterService.Roster get(@PathVariable long id) {
        return rosters.roster(id);
    }

    @GetMapping("/{id}/members")
    List<RosterService.Member> members(@PathVariable long id, @RequestParam(required = false) String availability) {
        return rosters.members(id, availability);
    }

    record AvailabilityBody(String availability) { }

    @PostMapping("/members/{memberId}/availability")
    RosterService.Member availability(@PathVariable long memberId, @RequestBody AvailabilityBody b) {
        return rosters.setAvailability(memberId, b.availability());
    }
}
