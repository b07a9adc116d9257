package org.fieldsupport.claims.calculator.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Answer of {@code POST /api/v1/claims/calculations}; money as strings with two decimals. */
public record CalculationResponse(String ruleSet, String currency, String total, List<Month> months) {

    public record Month(String month, String total, List<Line> lines) { }

    /** {@code line} for major equipment, {@code category} for self-sustainment, neither for troop cost. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String kind, String line, String category, String amount, List<String> flags,
                       String explanation) { }
}
