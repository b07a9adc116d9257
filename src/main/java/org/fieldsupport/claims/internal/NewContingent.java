package org.fieldsupport.claims.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.domain.LeaseType;
import org.fieldsupport.claims.domain.MissionFactors;
import org.fieldsupport.claims.domain.Provider;
import org.fieldsupport.claims.domain.Rating;

/** A contingent to register with its MOU annexes, verifications and strength returns (demo data, imports, tests). */
public record NewContingent(String reference, String missionCode, String memberState, String unitType,
                            int authorisedStrength, MissionFactors factors, LocalDate deployedOn,
                            LocalDate repatriatedOn, boolean illustrative, List<Equipment> equipment,
                            List<Category> categories, List<Inspection> inspections,
                            Map<YearMonth, BigDecimal> strengthReturns) {

    public record Equipment(String line, String category, String description, LeaseType leaseType, int mouQuantity,
                            BigDecimal monthlyRate) { }

    public record Category(String category, Provider providedBy, BigDecimal rate) { }

    public record Inspection(String type, LocalDate date, Map<String, Integer> serviceable,
                             Map<String, Rating> ratings) { }
}
