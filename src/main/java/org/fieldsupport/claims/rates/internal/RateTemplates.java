package org.fieldsupport.claims.rates.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.rates.domain.RateFileCheck;

/** The example row of each import template (values of the ILLUSTRATIVE demo edition). */
final class RateTemplates {

    private RateTemplates() { }

    static Map<String, String> example(RateFileCheck.Table table) {
        List<String> values = switch (table) {
            case EQUIPMENT -> List.of("APC-WH-II", "Armoured personnel carrier", "APC, wheeled, class II",
                    "825000.00", "15", "0.003", "2900.00", "Véhicule blindé de transport de troupes",
                    "VBTT, à roues, classe II");
            case SELF_SUSTAINMENT -> List.of("CATERING", "Catering", "28.00");
            case TROOP_COST -> List.of("2018-07-01", "1428.00", "USD", "GA/AB/4274");
            case DD_STANDARD -> List.of("2009-07-01", "70000.00", "USD", "GA res. 64/269");
        };
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            row.put(table.columns().get(i), values.get(i));
        }
        return row;
    }
}
