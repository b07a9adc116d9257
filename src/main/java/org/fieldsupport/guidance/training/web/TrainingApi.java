package org.fieldsupport.guidance.training.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.guidance.training.internal.CertificatePdf;
import org.fieldsupport.guidance.training.internal.TrainingRegister;
import org.fieldsupport.guidance.training.internal.TrainingRegister.*;
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

/** Training over HTTP: catalogue, sessions, trainees, nominations, attendance, certificates, figures. */
@RestController
@RequestMapping("/api/v1/guidance/training")
class TrainingApi {

    private final TrainingRegister register;
    private final CertificatePdf certificates;

    TrainingApi(TrainingRegister register, CertificatePdf certificates) {
        this.register = register;
        this.certificates = certificates;
    }

    @GetMapping("/courses")
    List<Course> courses() { return register.courses(); }

    @PostMapping("/courses")
    ResponseEntity<Course> createCourse(@RequestBody NewCourse body) {
        Course c = register.createCourse(body);
        return ResponseEntity.created(URI.create("/api/v1/guidance/training/courses/" + c.code())).body(c);
    }

    @GetMapping("/sessions")
    List<Session> sessions(@RequestParam(required = false) String course) { return register.sessions(course); }

    @PostMapping("/sessions")
    ResponseEntity<Session> createSession(@RequestBody NewSession body) {
        Session s = register.createSession(body);
        return ResponseEntity.created(URI.create("/api/v1/guidance/training/sessions/" + s.id())).body(s);
    }

    @GetMapping("/sessions/{id}/nominations")
    List<Nomination> nominations(@PathVariable long id) { return register.nominations(id); }

    @PostMapping("/trainees")
    ResponseEntity<Trainee> createTrainee(@RequestBody NewTrainee body) {
        Trainee t = register.createTrainee(body);
        return ResponseEntity.created(URI.create("/api/v1/guidance/training/trainees/" + t.username())).body(t);
    }

    @PostMapping("/sessions/{id}/nominations")
    ResponseEntity<Nomination> nominate(@PathVariable long id, @RequestBody Map<String, String> body) {
        Nomination n = register.nominate(id, body.get("username"));
        return ResponseEntity.created(URI.create("/api/v1/guidance/training/nominations/" + n.id())).body(n);
    }

    @PostMapping("/nominations/{id}/status")
    Nomination record(@PathVariable long id, @RequestBody Map<String, String> body) {
        return register.record(id, body.get("status"));
    }

    @GetMapping("/nominations/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, Locale locale) {
        var c = register.certificate(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + c.number() + ".pdf\"")
                .body(certificates.render(c, locale));
    }

    @GetMapping("/completion")
    List<Completion> completion(@RequestParam(defaultValue = "mission") String by) { return register.completion(by); }

    @GetMapping("/overdue")
    List<Overdue> overdue(@RequestParam(required = false) String mission) { return register.overdue(mission); }
}
