package org.fieldsupport.procurement.procedure.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.procurement.procedure.internal.Procedures;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Procurement procedures (drafted, published, superseded) and advice on procurement matters. */
@RestController("procurementProcedureApi")
@RequestMapping("/api/v1/procurement")
class ProcedureApi {

    private final Procedures procedures;

    ProcedureApi(Procedures procedures) {
        this.procedures = procedures;
    }

    record DraftRequest(String code, String titleEn, String titleFr, String bodyEn, String bodyFr) { }

    record AdviceRequest(String missionCode, String subject, String question) { }

    record AnswerRequest(String advice) { }

    @GetMapping("/procedures")
    List<Procedures.Procedure> list() {
        return procedures.procedures();
    }

    @PostMapping("/procedures")
    ResponseEntity<Procedures.Procedure> draft(@RequestBody DraftRequest r) {
        Procedures.Procedure p = procedures.draft(r.code(), r.titleEn(), r.titleFr(), r.bodyEn(), r.bodyFr());
        return ResponseEntity.created(URI.create("/api/v1/procurement/procedures/" + p.id())).body(p);
    }

    @GetMapping("/procedures/{id}")
    Procedures.Procedure get(@PathVariable long id) {
        return procedures.procedure(id);
    }

    @PostMapping("/procedures/{id}/publish")
    Procedures.Procedure publish(@PathVariable long id) {
        return procedures.publish(id, null);
    }

    @GetMapping("/advice")
    List<Procedures.Advice> advice() {
        return procedures.advice();
    }

    @PostMapping("/advice")
    ResponseEntity<Procedures.Advice> request(@RequestBody AdviceRequest r) {
        Procedures.Advice a = procedures.request(r.missionCode(), r.subject(), r.question());
        return ResponseEntity.created(URI.create("/api/v1/procurement/advice/" + a.reference())).body(a);
    }

    @PostMapping("/advice/{reference}/answer")
    Procedures.Advice answer(@PathVariable String reference, @RequestBody AnswerRequest r) {
        return procedures.give(reference, r.advice(), null);
    }
}
