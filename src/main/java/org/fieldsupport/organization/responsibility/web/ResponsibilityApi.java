package org.fieldsupport.organization.responsibility.web;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.organization.Responsibility;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/organization/responsibility?attribution=7.5.b&mission=MINUSCA} (or {@code q=} free text). */
@RestController
@RequestMapping("/api/v1/organization/responsibility")
class ResponsibilityApi {

    private final Responsibility responsibility;

    ResponsibilityApi(Responsibility responsibility) {
        this.responsibility = responsibility;
    }

    @GetMapping
    List<Responsibility.Answer> lookup(@RequestParam(required = false) String attribution,
                                       @RequestParam(required = false) String q,
                                       @RequestParam(required = false) String mission,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (attribution != null && !attribution.isBlank()) {
            return List.of(responsibility.forAttribution(attribution, mission, asOf)
                    .orElseThrow(() -> new NotFoundException("attribution", attribution)));
        }
        if (q == null || q.isBlank()) {
            throw InvalidInputException.of("attribution", "Required", "org.responsibility.query.required");
        }
        return responsibility.forText(q, mission, asOf);
    }
}
