package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;

/**
 * An MOU Annex B line: {@code mouQuantity} items of one type under a lease type, paid at
 * {@code monthlyRate} per item per month (the wet or dry rate of the rate table for its lease type, or a
 * negotiated special-case rate).
 */
public record MajorEquipmentLine(String line, String description, LeaseType leaseType, Integer mouQuantity,
                                 BigDecimal monthlyRate) { }
