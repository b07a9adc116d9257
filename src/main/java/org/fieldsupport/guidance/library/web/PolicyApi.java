package org.fieldsupport.guidance.library.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fieldsupport.guidance.library.internal.PolicyLibrary;
import org.fieldsupport.guidance.library.internal.PolicyLibrary.*;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The policy library over HTTP. */
@RestController
@RequestMapping("/api/v1/guidance/policies")
class PolicyApi {

    private final PolicyLibrary library;

    PolicyApi(PolicyLibrary library) {
        this.library = library;
    }

    @GetMapping
    List<Policy> list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                      @RequestParam(defaultValue = "false") boolean reviewDue) {
        return library.list(q, kind, reviewDue);
    }

    @PostMapping
    ResponseEntity<Detail> create(@RequestBody NewPolicy body) {
        Detail d = library.create(body);
        return ResponseEntity.created(URI.create("/api/v1/guidance/policies/" + d.policy().code())).body(d);
    }

    @GetMapping("/{code}")
    Detail get(@PathVariable String code) { return library.detail(code); }

    @PostMapping("/{code}/versions")
    ResponseEntity<Detail> draft(@PathVariable String code, @RequestBody NewVersion body) {
        return ResponseEntity.status(201).body(library.draftVersion(code, body));
    }

    @PostMapping("/{code}/versions/{version}/submit")
    Detail submit(@PathVariable String code, @PathVariable int version) { return library.submit(code, version); }

    @PostMapping("/{code}/versions/{version}/approve")
    Detail approve(@PathVariable String code, @PathVariable int version) { return library.approve(code, version); }

    @PostMapping("/{code}/supersede")
    Detail supersede(@PathVariable String code, @RequestBody Map<String, String> body) {
        return library.supersede(code, body.get("by"));
    }

    record Missions(List<String> missions) { }

    @PostMapping("/{code}/disseminate")
    Detail disseminate(@PathVariable String code, @RequestBody Missions body) {
        return library.disseminate(code, body == null ? null : body.missions());
    }

    @PostMapping("/{code}/acknowledge")
    Dissemination acknowledge(@PathVariable String code, @RequestBody Map<String, String> body) {
        return library.acknowledge(code, body.get("mission"));
    }

    @GetMapping("/not-acknowledged")
    List<Dissemination> notAcknowledged(@RequestParam(required = false) String mission) {
        return library.notAcknowledged(mission);
    }

    record LinkRequest(String module, String procedureRef, String label) { }

    @PostMapping("/{code}/links")
    Detail link(@PathVariable String code, @RequestBody LinkRequest body) {
        return library.linkAsOfficer(code, body.module(), body.procedureRef(), body.label());
    }
}
