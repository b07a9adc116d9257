package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;
import java.util.List;

/** A contingent's amounts over whole months, computed by the rule set named in {@code ruleSetId}. */
public record Statement(String ruleSetId, String currency, List<MonthStatement> months, BigDecimal total) {

    public Statement {
        months = List.copyOf(months);
    }
}
