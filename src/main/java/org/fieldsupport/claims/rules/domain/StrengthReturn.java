package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A contingent's monthly strength return: the month's average actual strength (may be fractional). */
public record StrengthReturn(YearMonth month, BigDecimal averageStrength) { }
