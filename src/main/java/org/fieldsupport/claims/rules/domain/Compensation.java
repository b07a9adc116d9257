package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;

/** A death-and-disability amount with its explanation. */
public record Compensation(BigDecimal amount, Explanation explanation) { }
