package org.fieldsupport.claims.mou.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Types of contingent units under an MOU (labels in the bundles: {@code claims.mou.unitType.CODE}). Stored by
 * code; contingents recorded with free text that matches no code keep their text and show it as is.
 */
public enum UnitType {
    INFANTRY_BATTALION, MECHANISED_INFANTRY_BATTALION, FORMED_POLICE_UNIT, ENGINEERING_COMPANY, LEVEL_I_HOSPITAL,
    LEVEL_II_HOSPITAL, LEVEL_III_HOSPITAL, AVIATION_UNIT, SIGNALS_COMPANY, TRANSPORT_COMPANY, LOGISTICS_COMPANY,
    MILITARY_POLICE_COMPANY, RECONNAISSANCE_COMPANY, QUICK_REACTION_FORCE, RIVERINE_UNIT, DEMINING_UNIT;

    /** By code ({@code INFANTRY_BATTALION}) or English wording ({@code Infantry battalion}), case-insensitive. */
    public static Optional<UnitType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (UnitType type : values()) {
            if (type.name().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The code when the text names a unit type, otherwise the text as given. */
    public static String normalise(String text) {
        return parse(text).map(Enum::name).orElse(text);
    }
}
