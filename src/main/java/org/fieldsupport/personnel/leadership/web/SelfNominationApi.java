package org.fieldsupport.personnel.leadership.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.personnel.leadership.internal.CallService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Senior leadership calls on the public careers API: open calls (public, no account) and a person's own
 * self-nomination (a confirmed applicant account; 403 otherwise). The nominee's name is the account's.
 */
@RestController
@RequestMapping(path = "/api/v1/careers", produces = MediaType.APPLICATION_JSON_VALUE)
class SelfNominationApi {

    private final CallService calls;

    SelfNominationApi(CallService calls) {
        this.calls = calls;
    }

    @GetMapping("/leadership-calls")
    List<CallService.PublicCall> calls() {
        return calls.openCalls();
    }

    @GetMapping("/leadership-calls/{id}")
    CallService.PublicCall call(@PathVariable long id) {
        return calls.openCall(id);
    }

    /** The applicant's own nomination: gender, nationality, years of experience, function, languages, vision. */
    record SelfBody(String gender, String nationality, Integer yearsExperience, String currentFunction,
                    String languages, String profile, String visionStatement) { }

    @PostMapping(path = "/leadership-calls/{id}/self-nominations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CallService.NominationList> nominate(@PathVariable long id, @RequestBody(required = false) SelfBody b) {
        CallService.NominationList l = calls.selfNominate(id, b == null ? null : new CallService.NewNominee(null, null,
                b.gender(), b.nationality(), b.yearsExperience(), b.currentFunction(), b.languages(), b.profile(),
                b.visionStatement()));
        return ResponseEntity.created(URI.create("/api/v1/careers/self-nominations")).body(l);
    }

    @GetMapping("/self-nominations")
    List<CallService.NominationList> mine() {
        return calls.mySelfNominations();
    }
}
