package org.fieldsupport.personnel.leadership.web;

import java.util.List;
import org.fieldsupport.personnel.leadership.domain.SeniorParity;
import org.fieldsupport.personnel.leadership.internal.Inputs;
import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/personnel/senior-nominations/parity-check} exactly as in the spec (SENIOR-PARITY-v1): any
 * signed-in user (nominators check a list before submitting it). An empty list answers 200 with reason EMPTY; a
 * missing {@code nominees} or a nominee without a gender F/M/X is a 400 naming the field.
 */
@RestController
class ParityCheckController {

    record Nominee(String gender) { }

    record Body(List<Nominee> nominees) { }

    record Answer(String ruleSet, boolean compliant, int women, int womenRequired, String reason) { }

    @PostMapping("/api/v1/personnel/senior-nominations/parity-check")
    Answer check(@RequestBody Body body) {
        FieldErrors errors = new FieldErrors();
        if (body == null || body.nominees() == null) {
            Inputs.required(errors, "nominees");
        } else {
            for (int i = 0; i < body.nominees().size(); i++) {
                Nominee n = body.nominees().get(i);
                if (n == null || n.gender() == null || !List.of("F", "M", "X").contains(n.gender())) {
                    Inputs.invalid(errors, "nominees[" + i + "].gender", "OneOf", "leadership.input.oneOf", "F, M, X");
                }
            }
        }
        errors.throwIfAny();
        SeniorParity.Result r = SeniorParity.check(body.nominees().stream().map(Nominee::gender).toList());
        return new Answer(r.ruleSet(), r.compliant(), r.women(), r.womenRequired(), r.reason().name());
    }
}
