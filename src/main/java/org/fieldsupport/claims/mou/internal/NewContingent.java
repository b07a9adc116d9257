package org.fieldsupport.claims.mou.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;

/**
 * A contingent to register with its MOU annexes, verifications and strength returns (demo data, imports, tests).
 * The annexes become the MOU's original version (version 1), in effect from the first day of the deployment month.
 */
public record NewContingent(String reference, String missionCode, String memberState, String unitType,
                            int authorisedStrength, MissionFactors factors, LocalDate deployedOn,
                            LocalDate repatriatedOn, boolean illustrative, List<Equipment> equipment,
                            List<Category> categories, List<Inspection> inspections,
                            Map<YearMonth, BigDecimal> strengthReturns) {

    /** How a line's rate was set: from the rate table (edition recorded), negotiated (justified), or as recorded. */
    public enum RateBasis { TABLE, SPECIAL, RECORDED }

    /**
     * An Annex B line. {@code equipmentCode}/{@code rateEdition} when the rate comes from the rate table,
     * {@code justification} for a negotiated special-case rate.
     */
    public record Equipment(String line, String category, String description, LeaseType leaseType, int mouQuantity,
                            BigDecimal monthlyRate, String equipmentCode, RateBasis rateBasis, String rateEdition,
                            String justification, String categoryFr, String descriptionFr) {

        public Equipment {
            rateBasis = rateBasis == null ? RateBasis.RECORDED : rateBasis;
        }

        /** Without French labels. */
        public Equipment(String line, String category, String description, LeaseType leaseType, int mouQuantity,
                         BigDecimal monthlyRate, String equipmentCode, RateBasis rateBasis, String rateEdition,
                         String justification) {
            this(line, category, description, leaseType, mouQuantity, monthlyRate, equipmentCode, rateBasis,
                    rateEdition, justification, null, null);
        }

        /** A line whose rate is recorded as given, with French labels (demo data). */
        public Equipment(String line, String category, String description, LeaseType leaseType, int mouQuantity,
                         BigDecimal monthlyRate, String categoryFr, String descriptionFr) {
            this(line, category, description, leaseType, mouQuantity, monthlyRate, null, RateBasis.RECORDED, null,
                    null, categoryFr, descriptionFr);
        }

        /** A line whose rate is recorded as given (demo data, imports, tests). */
        public Equipment(String line, String category, String description, LeaseType leaseType, int mouQuantity,
                         BigDecimal monthlyRate) {
            this(line, category, description, leaseType, mouQuantity, monthlyRate, null, RateBasis.RECORDED, null,
                    null, null, null);
        }
    }

    /** An Annex C category; rate per person per month (none when the UN provides it). */
    public record Category(String category, Provider providedBy, BigDecimal rate, RateBasis rateBasis,
                           String rateEdition, String justification) {

        public Category {
            rateBasis = rateBasis == null ? RateBasis.RECORDED : rateBasis;
        }

        public Category(String category, Provider providedBy, BigDecimal rate) {
            this(category, providedBy, rate, RateBasis.RECORDED, null, null);
        }
    }

    public record Inspection(String type, LocalDate date, Map<String, Integer> serviceable,
                             Map<String, Rating> ratings) { }
}
