package org.fieldsupport.claims.calculator.web;

import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The what-if calculator of shared/spec/coe-rules.md: same engine as the verification reports, stores
 * nothing, open to every signed-in user (officers and Member States alike).
 */
@RestController
@RequestMapping(path = "/api/v1/claims/calculations", produces = MediaType.APPLICATION_JSON_VALUE)
class CalculationController {

    private final WhatIfCalculator calculator;

    CalculationController(WhatIfCalculator calculator) {
        this.calculator = calculator;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    CalculationResponse calculate(@RequestBody CalculationRequest request, Locale locale) {
        return calculator.calculate(request, locale);
    }
}
