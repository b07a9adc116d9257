package org.fieldsupport.claims.rates.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.mou.internal.ClaimsDemoData;
import org.fieldsupport.claims.rates.domain.RateFileCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo COE rate edition (only when {@code fsp.demo-data} is on, before the claims demo data that may read it):
 * {@value #EDITION}, labelled ILLUSTRATIVE — the COE Manual's annex rates are not at hand, so the generic fair
 * market values, useful lives, no-fault incident factors, maintenance and self-sustainment rates below are
 * plausible orders of magnitude, not the Manual's. Loaded through the same all-or-nothing import as a file.
 * Idempotent: recognised by the edition code.
 */
@Component
@Order(250)
class RateDemoData implements ApplicationRunner {

    static final String EDITION = "COE-MANUAL-2023-ILLUSTRATIVE";
    private static final Logger log = LoggerFactory.getLogger(RateDemoData.class);

    private final Environment environment;
    private final RateStore store;
    private final RateImport rateImport;

    RateDemoData(Environment environment, RateStore store, RateImport rateImport) {
        this.environment = environment;
        this.store = store;
        this.rateImport = rateImport;
    }

    /**
     * code, category, description, GFMV, useful life (years), no-fault incident factor, monthly maintenance, French
     * category and description.
     */
    static final String[][] EQUIPMENT = {
            {"APC-WH-I", "Armoured personnel carrier", "APC, wheeled, class I", "610000.00", "15", "0.003", "2400.00",
                    "Véhicule blindé de transport de troupes", "VBTT, à roues, classe I"},
            {"APC-WH-II", "Armoured personnel carrier", "APC, wheeled, class II", "825000.00", "15", "0.003", "2900.00",
                    "Véhicule blindé de transport de troupes", "VBTT, à roues, classe II"},
            {"APC-TR", "Armoured personnel carrier", "APC, tracked", "980000.00", "20", "0.003", "3300.00",
                    "Véhicule blindé de transport de troupes", "VBTT, à chenilles"},
            {"COM-HF", "Communications", "HF radio station", "42000.00", "7", "0.002", "310.00",
                    "Communications", "Station radio HF"},
            {"COM-VHF-BASE", "Communications", "VHF base station", "18500.00", "7", "0.002", "140.00",
                    "Communications", "Station de base VHF"},
            {"COM-SAT", "Communications", "Satellite terminal", "96000.00", "7", "0.002", "520.00",
                    "Communications", "Terminal satellite"},
            {"ENG-DOZER-M", "Engineering", "Bulldozer, medium", "395000.00", "12", "0.004", "1650.00",
                    "Génie", "Bouteur, moyen"},
            {"ENG-EXC", "Engineering", "Excavator, tracked", "310000.00", "12", "0.004", "1400.00",
                    "Génie", "Pelle hydraulique, à chenilles"},
            {"ENG-GRADER", "Engineering", "Grader", "285000.00", "12", "0.004", "1250.00",
                    "Génie", "Niveleuse"},
            {"ENG-GEN-100", "Engineering", "Generator, 100 kVA", "48000.00", "10", "0.002", "420.00",
                    "Génie", "Groupe électrogène, 100 kVA"},
            {"MED-AMB-4X4", "Medical", "Ambulance, 4x4", "98000.00", "8", "0.003", "830.00",
                    "Médical", "Ambulance, 4x4"},
            {"MED-LAB", "Medical", "Laboratory, field", "165000.00", "10", "0.002", "760.00",
                    "Médical", "Laboratoire de campagne"},
            {"MED-XRAY", "Medical", "X-ray unit, mobile", "210000.00", "10", "0.002", "900.00",
                    "Médical", "Appareil de radiographie, mobile"},
            {"OBS-NV", "Observation", "Night-vision device, long range", "36000.00", "5", "0.002", "160.00",
                    "Observation", "Appareil de vision nocturne, longue portée"},
            {"OBS-RADAR", "Observation", "Ground surveillance radar", "420000.00", "10", "0.002", "1800.00",
                    "Observation", "Radar de surveillance terrestre"},
            {"SUP-TRK-5T", "Support vehicle", "Truck, cargo, 5 t", "128000.00", "12", "0.003", "980.00",
                    "Véhicule de soutien", "Camion de transport de marchandises, 5 t"},
            {"SUP-TRK-WATER", "Support vehicle", "Truck, water, 10,000 l", "154000.00", "12", "0.003", "1050.00",
                    "Véhicule de soutien", "Camion-citerne à eau, 10 000 l"},
            {"SUP-FUEL", "Support vehicle", "Truck, fuel, 10,000 l", "162000.00", "12", "0.003", "1100.00",
                    "Véhicule de soutien", "Camion-citerne à carburant, 10 000 l"},
            {"SUP-JEEP", "Support vehicle", "Utility vehicle, 4x4", "52000.00", "8", "0.003", "520.00",
                    "Véhicule de soutien", "Véhicule utilitaire, 4x4"},
            {"ACC-PREFAB", "Accommodation", "Prefabricated building, ablution", "38000.00", "10", "0.001", "210.00",
                    "Hébergement", "Bâtiment préfabriqué, sanitaires"},
            {"WAT-PURIF", "Water purification", "Water purification unit, 4,000 l/h", "118000.00", "10", "0.002",
                    "650.00", "Purification de l'eau", "Unité de purification de l'eau, 4 000 l/h"}};

    /** Annex C categories as coded in this repository, with ILLUSTRATIVE rates per person per month. */
    static final String[][] SELF_SUSTAINMENT = {
            {"CATERING", "Catering", "28.00"},
            {"COMMUNICATIONS", "Communications (VHF/UHF, HF, telephone)", "12.50"},
            {"OFFICE", "Office", "17.40"},
            {"ELECTRICAL", "Electrical", "21.90"},
            {"MINOR_ENGINEERING", "Minor engineering", "13.20"},
            {"EOD", "Explosive ordnance disposal", "6.80"},
            {"LAUNDRY_CLEANING", "Laundry and cleaning", "20.10"},
            {"TENTAGE", "Tentage", "24.60"},
            {"ACCOMMODATION", "Accommodation", "32.70"},
            {"FIRE_FIGHTING", "Fire-fighting", "1.20"},
            {"FIRE_DETECTION", "Fire detection and alarm", "0.60"},
            {"MEDICAL_BASIC", "Medical, basic", "9.00"},
            {"OBSERVATION", "Observation", "8.30"},
            {"IDENTIFICATION", "Identification", "0.40"},
            {"NBC_PROTECTION", "Nuclear, biological and chemical protection", "0.90"},
            {"FIELD_DEFENCE_STORES", "Field defence stores", "18.60"},
            {"MISC_GENERAL_STORES", "Miscellaneous general stores", "15.80"},
            {"INTERNET_ACCESS", "Internet access", "4.10"}};

    @Override
    public void run(ApplicationArguments args) {
        if (!ClaimsDemoData.enabled(environment) || store.edition(EDITION).isPresent()) {
            return;
        }
        try {
            RateImport.Result result = rateImport.importAs(request(), "demo");
            log.info("Claims demo rate edition {} loaded: {} equipment and {} self-sustainment rates (illustrative)",
                    result.edition(), result.equipmentRates(), result.selfSustainmentRates());
        } catch (RuntimeException e) {
            log.warn("Claims demo rate edition not loaded: {}", e.getMessage());
        }
    }

    static RateImport.Request request() {
        Map<RateFileCheck.Table, RateFileCheck.Rows> tables = new LinkedHashMap<>();
        tables.put(RateFileCheck.Table.EQUIPMENT, rows(RateFileCheck.Table.EQUIPMENT, EQUIPMENT));
        tables.put(RateFileCheck.Table.SELF_SUSTAINMENT, rows(RateFileCheck.Table.SELF_SUSTAINMENT, SELF_SUSTAINMENT));
        return new RateImport.Request(new RateFileCheck.EditionHeader(EDITION,
                "COE Manual 2023 — ILLUSTRATIVE demo rates (not the Manual's annex rates)",
                "Manuel COE 2023 — taux de démonstration FICTIFS (pas ceux des annexes du Manuel)",
                "2023-07-01", true, "Illustrative demo data: the COE Manual's annex rates are not at hand"), tables);
    }

    private static RateFileCheck.Rows rows(RateFileCheck.Table table, String[][] values) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String[] v : values) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < v.length; c++) {
                row.put(table.columns().get(c), v[c]);
            }
            rows.add(row);
        }
        // the header names the columns given (the optional French equipment columns only when the rows have them)
        int width = 0;
        for (String[] v : values) {
            width = Math.max(width, v.length);
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (c < width || !table.columns().get(c).endsWith("_fr")) {
                header.add(table.columns().get(c));
            }
        }
        return new RateFileCheck.Rows(header, rows);
    }
}
