package org.fieldsupport.claims.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.inspection.domain.InspectionType;
import org.fieldsupport.claims.mou.internal.ClaimsDemoData;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.mou.internal.NewContingent;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.shared.internal.CoeClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection demo data, after {@link ClaimsDemoData} (only when {@code fsp.demo-data} is on): the demo
 * verifications become signed inspections (inspector, contingent commander, quantity found); a Pakistani
 * engineering company in MINUSCA whose last operational readiness inspection is seven months old (OVERDUE on the
 * MINUSCA mission page) and whose strength return for last month is missing; a DRAFT periodic inspection of the
 * Nepalese hospital in UNMISS; and strength returns for every deployed month up to last month of the other demo
 * contingents, except May 2026 of the Rwandan battalion in MINUSCA (a visible gap).
 * Quantities, strengths and names are ILLUSTRATIVE. Idempotent: recognised by the reference DEMO-MINUSCA-PAK.
 */
@Component
@Order(310)
class InspectionDemoData implements ApplicationRunner {

    static final String OVERDUE_REFERENCE = ClaimsDemoData.PREFIX + "MINUSCA-PAK";
    static final YearMonth RWA_GAP = YearMonth.of(2026, 5);
    private static final Logger log = LoggerFactory.getLogger(InspectionDemoData.class);

    private final Environment environment;
    private final ContingentData contingents;
    private final InspectionStore store;
    private final JdbcClient jdbc;
    private final CoeClock clock;

    InspectionDemoData(Environment environment, ContingentData contingents, InspectionStore store, JdbcClient jdbc,
                       CoeClock clock) {
        this.environment = environment;
        this.contingents = contingents;
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!ClaimsDemoData.enabled(environment) || contingents.idOf(ClaimsDemoData.PREFIX + "MINUSCA-BGD").isEmpty()
                || contingents.idOf(OVERDUE_REFERENCE).isPresent()) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            log.warn("Inspection demo data not (fully) loaded: {}", e.getMessage());
        }
    }

    private void load() {
        LocalDate today = clock.today();
        OffsetDateTime now = clock.now();
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        // the demo verifications: signed by the mission's COE unit and the contingent commander
        jdbc.sql("""
                UPDATE claims_verification SET inspector = CONCAT('mission.coe.', LOWER((SELECT c.mission_code
                    FROM claims_contingent c WHERE c.id = claims_verification.contingent_id))),
                    inspector_signed_at = ?, commander = 'Demo Commander (illustrative)', commander_rank = 'Lt Col',
                    commander_signed_on = verified_on
                WHERE status = 'SIGNED' AND inspector IS NULL AND contingent_id IN
                    (SELECT id FROM claims_contingent WHERE reference LIKE 'DEMO-%')""")
                .param(now).update();
        // the quantity found: as serviceable, and two more of line ME-1 (unserviceable) at the readiness inspections
        jdbc.sql("""
                UPDATE claims_verification_equipment SET found = serviceable + CASE WHEN line = 'ME-1' AND verification_id
                    IN (SELECT id FROM claims_verification WHERE inspection_type = 'OPERATIONAL_READINESS') THEN 2 ELSE 0 END
                WHERE found IS NULL AND verification_id IN (SELECT v.id FROM claims_verification v
                    JOIN claims_contingent c ON c.id = v.contingent_id WHERE c.reference LIKE 'DEMO-%')""")
                .update();

        // a contingent whose operational readiness inspection is overdue (last one seven months ago)
        LocalDate deployed = LocalDate.of(2024, 6, 3);
        LocalDate lastReadiness = today.minusMonths(7);
        List<NewContingent.Equipment> equipment = List.of(
                new NewContingent.Equipment("ME-1", "Engineering", "Excavator, medium (illustrative rate)", LeaseType.WET, 3,
                        new BigDecimal("3900.00"), "Génie", "Pelle hydraulique, moyenne (taux fictif)"),
                new NewContingent.Equipment("ME-2", "Support vehicle", "Water tanker, 10 000 l (illustrative rate)",
                        LeaseType.WET, 4, new BigDecimal("1600.00"), "Véhicule de soutien",
                        "Camion-citerne à eau, 10 000 l (taux fictif)"));
        Map<YearMonth, BigDecimal> returns = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(deployed); m.isBefore(lastMonth); m = m.plusMonths(1)) {
            returns.put(m, new BigDecimal("188")); // last month's return not received yet: MISSING on the COE page
        }
        contingents.register(new NewContingent(OVERDUE_REFERENCE, "MINUSCA", "PAK", "ENGINEERING_COMPANY", 190,
                new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"), BigDecimal.ZERO, new BigDecimal("0.01")),
                deployed, null, true, equipment,
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00")),
                        new NewContingent.Category("COMMUNICATIONS", Provider.CONTRIBUTOR, new BigDecimal("12.50"))),
                List.of(new NewContingent.Inspection("ARRIVAL", deployed.plusDays(6), Map.of("ME-1", 3, "ME-2", 4),
                                Map.of("CATERING", Rating.SATISFACTORY, "COMMUNICATIONS", Rating.SATISFACTORY)),
                        new NewContingent.Inspection("OPERATIONAL_READINESS", lastReadiness, Map.of("ME-1", 3, "ME-2", 3),
                                Map.of("CATERING", Rating.SATISFACTORY, "COMMUNICATIONS", Rating.SATISFACTORY))),
                returns));
        long pak = contingents.idOf(OVERDUE_REFERENCE).orElseThrow();
        jdbc.sql("""
                UPDATE claims_verification SET inspector = 'mission.coe.minusca', inspector_signed_at = ?,
                    commander = 'Demo Commander (illustrative)', commander_rank = 'Major', commander_signed_on = verified_on
                WHERE contingent_id = ?""").params(now, pak).update();
        jdbc.sql("UPDATE claims_verification_equipment SET found = serviceable WHERE found IS NULL AND verification_id IN "
                + "(SELECT id FROM claims_verification WHERE contingent_id = ?)").param(pak).update();

        // strength returns for every deployed month up to last month, except May 2026 of RWA (a gap)
        for (ClaimsDemoData.Unit unit : ClaimsDemoData.UNITS) {
            long id = contingents.idOf(ClaimsDemoData.PREFIX + unit.mission() + "-" + unit.iso3()).orElseThrow();
            Map<YearMonth, InspectionStore.StrengthReturnRow> have = store.strengthReturns(id);
            for (YearMonth m = YearMonth.from(unit.deployed()); !m.isAfter(lastMonth); m = m.plusMonths(1)) {
                if (have.containsKey(m) || (unit.iso3().equals("RWA") && m.equals(RWA_GAP))) {
                    continue;
                }
                store.putStrengthReturn(id, m, BigDecimal.valueOf(unit.strength() - 4L), "mission.coe."
                        + unit.mission().toLowerCase(java.util.Locale.ROOT), now);
            }
        }

        // a DRAFT inspection awaiting signature
        long npl = contingents.idOf(ClaimsDemoData.PREFIX + "UNMISS-NPL").orElseThrow();
        LocalDate draftDate = today.minusDays(3).isBefore(LocalDate.of(2026, 8, 10)) ? LocalDate.of(2026, 8, 10)
                : today.minusDays(3);
        long draft = store.insertDraft(npl, InspectionType.PERIODIC, draftDate,
                "Periodic inspection: ambulance under repair (illustrative)", "mission.coe.unmiss", now);
        store.replaceFindings(draft, List.of(new InspectionStore.Finding("ME-1", 4, 4),
                new InspectionStore.Finding("ME-2", 3, 2)), Map.of("CATERING", Rating.SATISFACTORY,
                "MEDICAL_BASIC", Rating.PARTIALLY_SATISFACTORY));
        log.info("Inspection demo data loaded: {} overdue for its operational readiness inspection, a draft for {}",
                OVERDUE_REFERENCE, ClaimsDemoData.PREFIX + "UNMISS-NPL");
    }
}
