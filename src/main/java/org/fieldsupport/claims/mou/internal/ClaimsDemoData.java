package org.fieldsupport.claims.mou.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.claims.report.internal.ClaimsService;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Claims demo data (only when {@code fsp.demo-data} is on; after the organisation's missions and delegations):
 * contingents of real contributing countries in real missions, with ILLUSTRATIVE quantities and rates (the COE
 * Manual's annex rates are not used), inspections, strength returns, Q3 2026 verification reports in various
 * states (computed, submitted, reviewed, certified and partly paid under the demo certifier's delegation), and
 * one Member State user per demo country (docs/demo-users.md). Idempotent: recognised by contingent references.
 */
@Component
@Order(300)
public class ClaimsDemoData implements ApplicationRunner {

    public static final String PREFIX = "DEMO-";
    private static final Logger log = LoggerFactory.getLogger(ClaimsDemoData.class);

    private final Environment environment;
    private final ContingentData contingents;
    private final ClaimsService claims;
    private final ObjectProvider<UserDirectory> users;
    private final MouService mous;

    ClaimsDemoData(Environment environment, ContingentData contingents, ClaimsService claims,
                   ObjectProvider<UserDirectory> users, MouService mous) {
        this.environment = environment;
        this.contingents = contingents;
        this.claims = claims;
        this.users = users;
        this.mous = mous;
    }

    public static boolean enabled(Environment env) {
        String flag = env.getProperty("fsp.demo-data", "auto").trim().toLowerCase(Locale.ROOT);
        return switch (flag) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        };
    }

    public record Unit(String mission, String iso3, String unitType, int strength, LocalDate deployed) { }

    public static final List<Unit> UNITS = List.of(
            new Unit("MINUSCA", "BGD", "Engineering company", 200, LocalDate.of(2025, 3, 1)),
            new Unit("MINUSCA", "RWA", "Infantry battalion", 850, LocalDate.of(2025, 9, 15)),
            new Unit("UNMISS", "IND", "Infantry battalion", 850, LocalDate.of(2024, 11, 1)),
            new Unit("UNMISS", "NPL", "Level II hospital", 70, LocalDate.of(2026, 8, 10)),
            new Unit("UNIFIL", "GHA", "Infantry battalion", 870, LocalDate.of(2025, 5, 20)));

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled(environment)) {
            return;
        }
        ensureMemberStateUsers();
        if (contingents.idOf(PREFIX + "MINUSCA-BGD").isPresent()) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            load();
        } catch (RuntimeException e) {
            log.warn("Claims demo data not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void ensureMemberStateUsers() {
        UserDirectory directory = users.getIfAvailable();
        if (directory == null) {
            return;
        }
        try {
            for (Unit unit : UNITS) {
                String username = "portal." + unit.iso3().toLowerCase(Locale.ROOT);
                directory.ensureUser(username, "Permanent Mission " + unit.iso3() + " (demo)",
                        username + "@fieldsupport.example", "en", username);
                directory.ensureRoleAssignment(username, "MEMBER_STATE_VIEWER", Scope.memberState(unit.iso3()));
            }
            // the staff the demo acts as (see load()): the platform's AccessPolicy checks their roles
            String[][] staff = {
                    {"mission.coe.minusca", "COE_UNIT_MISSION", "MISSION:MINUSCA"},
                    {"mission.coe.unmiss", "COE_UNIT_MISSION", "MISSION:UNMISS"},
                    {"mission.coe.unifil", "COE_UNIT_MISSION", "MISSION:UNIFIL"},
                    {"hq.coe.reviewer", "COE_REVIEWER", "DEPARTMENT"},
                    {"claims.certifier", "CLAIMS_OFFICER", "DEPARTMENT"},
                    // payments under a separate treasury role (segregation of duties, session 3)
                    {"treasury.demo", "TREASURY_OFFICER", "DEPARTMENT"},
                    {"treasury.officer", "TREASURY_OFFICER", "DEPARTMENT"}};
            // the platform's demo auditor (French interface) also reads the claims reports, department-wide
            if (directory.find("auditor").isPresent()) {
                directory.ensureRoleAssignment("auditor", "CLAIMS_REPORTS_READER", Scope.department());
            }
            for (String[] person : staff) {
                directory.ensureUser(person[0], person[0] + " (demo)", person[0] + "@fieldsupport.example", "en",
                        person[0]);
                directory.ensureRoleAssignment(person[0], person[1], Scope.parse(person[2]));
            }
        } catch (RuntimeException e) {
            log.warn("Claims demo users not created: {}", e.getMessage());
        }
    }

    private void load() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Unit unit : UNITS) {
            ids.put(unit.iso3(), contingents.register(contingent(unit)));
        }
        amendments(ids);
        YearMonth july = YearMonth.of(2026, 7);
        YearMonth september = YearMonth.of(2026, 9);
        // BGD July: certified by the demo certifier (delegation up to 1,000,000 USD for MINUSCA and UNMISS), partly paid
        long bgd = as("mission.coe.minusca", () -> claims.computeAs("mission.coe.minusca",
                contingents.find(ids.get("BGD")).orElseThrow(), july, july, null)).id();
        as("mission.coe.minusca", () -> claims.submit(bgd));
        as("hq.coe.reviewer", () -> claims.reviewTechnically(bgd));
        as("claims.certifier", () -> claims.certify(bgd));
        as("treasury.officer", () -> claims.recordPayment(bgd, new BigDecimal("150000.00"), LocalDate.of(2026, 11, 2),
                "PAY-DEMO-0001"));
        // the quarter of the others, in various states
        long rwa = as("mission.coe.minusca", () -> claims.computeAs("mission.coe.minusca",
                contingents.find(ids.get("RWA")).orElseThrow(), july, september, null)).id();
        as("mission.coe.minusca", () -> claims.submit(rwa));
        as("hq.coe.reviewer", () -> claims.reviewTechnically(rwa));
        long ind = as("mission.coe.unmiss", () -> claims.computeAs("mission.coe.unmiss",
                contingents.find(ids.get("IND")).orElseThrow(), july, september, null)).id();
        as("mission.coe.unmiss", () -> claims.submit(ind));
        as("mission.coe.unmiss", () -> claims.computeAs("mission.coe.unmiss",
                contingents.find(ids.get("NPL")).orElseThrow(), july, september, null));
        as("mission.coe.unifil", () -> claims.computeAs("mission.coe.unifil",
                contingents.find(ids.get("GHA")).orElseThrow(), july, september, null));
        log.info("Claims demo data loaded: {} contingents (illustrative quantities and rates)", ids.size());
    }

    /**
     * MOU amendments, so the version history shows something real: the infantry battalions received four more
     * APCs from 1 September 2026 (their September is computed with version 2; the readiness inspection found 8
     * serviceable, so the amount is unchanged and the line stays below the wet-lease standard); the Nepalese
     * hospital gets a fourth ambulance from October 2026 at the rate table's wet rate; Bangladesh's engineers have a
     * draft amendment (two more bulldozers from December 2026, rate table) waiting to take effect. ILLUSTRATIVE
     * quantities and rates (the demo rate table is illustrative too).
     */
    private void amendments(Map<String, Long> ids) {
        as("claims.certifier", () -> {
            for (String iso3 : List.of("RWA", "IND", "GHA")) {
                long id = ids.get(iso3);
                var draft = mous.amend(id, new MouService.Changes(LocalDate.of(2026, 9, 1), "Amendment 1 (demo)",
                        "Four additional APCs deployed (illustrative)", null, null, null, null, null, null));
                int number = draft.draft().version().number();
                mous.putLine(id, number, new MouService.LineInput("ME-1", "Armoured personnel carrier",
                        "APC, wheeled, class II (illustrative rate)", "WET", 14, null, new BigDecimal("5000.00"),
                        "Illustrative demo rate (not the COE Manual's)", "Véhicule blindé de transport de troupes",
                        "VBTT, à roues, classe II (taux fictif)"));
                mous.takeEffect(id, number);
            }
            long npl = ids.get("NPL");
            int number = mous.amend(npl, new MouService.Changes(LocalDate.of(2026, 10, 1), "Amendment 1 (demo)",
                    "Fourth ambulance (illustrative)", null, null, null, null, null, null)).draft().version().number();
            // from the (illustrative) rate table: the wet rate of MED-AMB-4X4 in the edition in force in October 2026
            mous.putLine(npl, number, new MouService.LineInput("ME-2", "Medical",
                    "Ambulance, 4x4 (illustrative rate table)", "WET", 4, "MED-AMB-4X4", null, null));
            mous.takeEffect(npl, number);
            long bgd = ids.get("BGD");
            number = mous.amend(bgd, new MouService.Changes(LocalDate.of(2026, 12, 1), "Amendment 1 (draft, demo)",
                    "Two additional bulldozers requested (illustrative)", null, null, null, null, null, null))
                    .draft().version().number();
            mous.putLine(bgd, number, new MouService.LineInput("ME-1", "Engineering",
                    "Bulldozer, medium (illustrative rate table)", "WET", 6, "ENG-DOZER-M", null, null));
            return null;
        });
    }

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        return action.get();
    }

    /** ILLUSTRATIVE quantities and rates (labelled as such): not the COE Manual's. */
    private static NewContingent contingent(Unit u) {
        boolean infantry = u.unitType().startsWith("Infantry");
        List<NewContingent.Equipment> equipment = infantry
                ? List.of(new NewContingent.Equipment("ME-1", "Armoured personnel carrier", "APC, wheeled, class II (illustrative rate)", LeaseType.WET, 10, new BigDecimal("5000.00"),
                        "Véhicule blindé de transport de troupes", "VBTT, à roues, classe II (taux fictif)"),
                        new NewContingent.Equipment("ME-2", "Support vehicle", "Truck, cargo, 5 t (illustrative rate)", LeaseType.WET, 12, new BigDecimal("1800.00"),
                        "Véhicule de soutien", "Camion de transport de marchandises, 5 t (taux fictif)"),
                        new NewContingent.Equipment("ME-3", "Communications", "HF radio station (illustrative rate)", LeaseType.DRY, 6, new BigDecimal("650.00"),
                        "Communications", "Station radio HF (taux fictif)"))
                : List.of(new NewContingent.Equipment("ME-1", "Engineering", "Bulldozer, medium (illustrative rate)", LeaseType.WET, 4, new BigDecimal("4200.00"),
                        "Génie", "Bouteur, moyen (taux fictif)"),
                        new NewContingent.Equipment("ME-2", "Medical", "Ambulance, 4x4 (illustrative rate)", LeaseType.WET, 3, new BigDecimal("1500.00"),
                        "Médical", "Ambulance, 4x4 (taux fictif)"));
        List<NewContingent.Category> categories = List.of(
                new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00")),
                new NewContingent.Category("COMMUNICATIONS", Provider.CONTRIBUTOR, new BigDecimal("12.50")),
                new NewContingent.Category("MEDICAL_BASIC", Provider.CONTRIBUTOR, new BigDecimal("9.00")),
                new NewContingent.Category("ACCOMMODATION", Provider.UN, null));
        Map<String, Integer> arrival = new LinkedHashMap<>();
        equipment.forEach(e -> arrival.put(e.line(), e.mouQuantity()));
        Map<String, Integer> readiness = new LinkedHashMap<>();
        equipment.forEach(e -> readiness.put(e.line(), e.line().equals("ME-1") ? Math.max(0, e.mouQuantity() - 2) : e.mouQuantity()));
        Map<YearMonth, BigDecimal> returns = new LinkedHashMap<>();
        // July–November 2026: the Q3 reports, and the months the shortfall report shows with amounts by default
        for (int m = 7; m <= 11; m++) {
            returns.put(YearMonth.of(2026, m), BigDecimal.valueOf(u.strength() - m + 5L));
        }
        LocalDate arrived = u.deployed().plusDays(5);
        return new NewContingent(PREFIX + u.mission() + "-" + u.iso3(), u.mission(), u.iso3(), u.unitType(), u.strength(),
                new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"), BigDecimal.ZERO, new BigDecimal("0.01")),
                u.deployed(), null, true, equipment, categories,
                List.of(new NewContingent.Inspection("ARRIVAL", arrived, arrival,
                                Map.of("CATERING", Rating.SATISFACTORY, "COMMUNICATIONS", Rating.SATISFACTORY,
                                        "MEDICAL_BASIC", Rating.SATISFACTORY)),
                        new NewContingent.Inspection("OPERATIONAL_READINESS", LocalDate.of(2026, 8, 20), readiness,
                                Map.of("CATERING", Rating.SATISFACTORY, "COMMUNICATIONS", Rating.PARTIALLY_SATISFACTORY,
                                        "MEDICAL_BASIC", Rating.SATISFACTORY))),
                returns);
    }
}
