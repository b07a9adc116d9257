package org.fieldsupport.claims.domain;

import java.math.BigDecimal;

/** A death-and-disability amount with its explanation. */
public record Compensation(BigDecimal amount, Explanation explanation) { }
