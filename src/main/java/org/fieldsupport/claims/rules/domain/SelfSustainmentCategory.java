package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;

/** An MOU Annex C self-sustainment category; the rate is per person per month (not needed when the UN provides it). */
public record SelfSustainmentCategory(String category, Provider providedBy, BigDecimal ratePerPersonPerMonth) { }
