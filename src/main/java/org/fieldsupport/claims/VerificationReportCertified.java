package org.fieldsupport.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A verification report was certified: {@code amount} in {@code currency} is payable to {@code memberState}
 * for its contingent in {@code missionCode} over {@code from}..{@code to}. Published inside the certifying
 * transaction; other modules (budget obligations, reporting) listen with {@code @ApplicationModuleListener}.
 */
public record VerificationReportCertified(long reportId, String reference, String missionCode, String memberState,
                                          YearMonth from, YearMonth to, BigDecimal amount, String currency,
                                          String ruleSet, String certifiedBy, Instant certifiedAt) { }
