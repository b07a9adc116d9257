package org.fieldsupport.movements.transport.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.fieldsupport.movements.transport.internal.Transport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Fleet, flights and convoys, letters of assist, rotations and transport requirements over REST. */
@RestController
@RequestMapping(path = "/api/v1/movements", produces = MediaType.APPLICATION_JSON_VALUE)
class TransportApi {

    private final Transport transport;

    TransportApi(Transport transport) {
        this.transport = transport;
    }

    record Assignment(Long requestId) { }

    record Completion(BigDecimal hoursFlown, Long version) { }

    record Cancellation(String reason, Long version) { }

    @PostMapping("/fleet")
    ResponseEntity<Transport.Asset> addAsset(@RequestBody Transport.NewAsset asset) {
        Transport.Asset a = transport.addAsset(asset);
        return ResponseEntity.created(URI.create("/api/v1/movements/fleet/" + a.id())).body(a);
    }

    @GetMapping("/fleet")
    List<Transport.Asset> fleet(@RequestParam(required = false) String mission,
                                @RequestParam(required = false) YearMonth month) {
        return transport.fleet(mission, month == null ? YearMonth.now(java.time.ZoneOffset.UTC) : month);
    }

    @PostMapping("/trips")
    ResponseEntity<Transport.Trip> schedule(@RequestBody Transport.NewTrip trip) {
        Transport.Trip t = transport.schedule(trip);
        return ResponseEntity.created(URI.create("/api/v1/movements/trips/" + t.id())).body(t);
    }

    @GetMapping("/trips")
    List<Transport.Trip> trips(@RequestParam(required = false) String mission) {
        return transport.trips(mission);
    }

    @GetMapping("/trips/{id}")
    Transport.Trip trip(@PathVariable long id) {
        return transport.trip(id);
    }

    @PostMapping("/trips/{id}/requests")
    Transport.Trip assign(@PathVariable long id, @RequestBody Assignment assignment) {
        if (assignment == null || assignment.requestId() == null) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("requestId", "Required", "lsd.input.required");
        }
        return transport.assign(id, assignment.requestId());
    }

    @PostMapping("/trips/{id}/complete")
    Transport.Trip complete(@PathVariable long id, @RequestBody Completion completion) {
        return transport.complete(id, completion == null ? null : completion.hoursFlown(),
                completion == null ? null : completion.version());
    }

    @PostMapping("/trips/{id}/cancel")
    Transport.Trip cancel(@PathVariable long id, @RequestBody(required = false) Cancellation cancellation) {
        return transport.cancel(id, cancellation == null ? null : cancellation.reason(),
                cancellation == null ? null : cancellation.version());
    }

    @GetMapping("/trips/{id}/history")
    List<org.fieldsupport.platform.workflow.Workflows.TransitionRecord> tripHistory(@PathVariable long id) {
        return transport.history(id);
    }

    @PostMapping("/letters-of-assist")
    ResponseEntity<Transport.Letter> issue(@RequestBody Transport.NewLetter letter) {
        Transport.Letter l = transport.issueLetter(letter);
        return ResponseEntity.created(URI.create("/api/v1/movements/letters-of-assist/" + l.id())).body(l);
    }

    @GetMapping("/letters-of-assist")
    List<Transport.Letter> letters(@RequestParam(required = false) String mission) {
        return transport.letters(mission);
    }

    @GetMapping("/letters-of-assist/{id}")
    Transport.Letter letter(@PathVariable long id) {
        return transport.letter(id);
    }

    @PostMapping("/letters-of-assist/{id}/uses")
    Transport.Letter use(@PathVariable long id, @RequestBody Transport.NewUse use) {
        return transport.recordUse(id, use);
    }

    @PostMapping("/rotations")
    ResponseEntity<Transport.Rotation> plan(@RequestBody Transport.NewRotation rotation) {
        Transport.Rotation r = transport.planRotation(rotation);
        return ResponseEntity.created(URI.create("/api/v1/movements/rotations/" + r.id())).body(r);
    }

    @GetMapping("/rotations")
    List<Transport.Rotation> rotations(@RequestParam(required = false) String mission) {
        return transport.rotations(mission);
    }

    @PostMapping("/requirements")
    ResponseEntity<Transport.Requirement> require(@RequestBody Transport.NewRequirement requirement) {
        Transport.Requirement r = transport.addRequirement(requirement);
        return ResponseEntity.created(URI.create("/api/v1/movements/requirements/" + r.id())).body(r);
    }

    /** The requirements as acquisition-plan lines (quarter to start, late flagged). */
    @GetMapping("/requirements")
    List<Transport.Requirement> requirements(@RequestParam(required = false) String mission) {
        return transport.requirements(mission);
    }
}
