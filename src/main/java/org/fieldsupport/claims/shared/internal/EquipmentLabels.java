package org.fieldsupport.claims.shared.internal;

import java.util.Locale;

/**
 * The one choice of a major-equipment label in the reader's language: the French text on a French page when it is
 * known (rate editions may carry French category and description; MOU lines copy them), else the English text.
 */
public final class EquipmentLabels {

    private EquipmentLabels() { }

    /** {@code french} when {@code locale} is French and {@code french} is not blank, else {@code english}. */
    public static String of(Locale locale, String english, String french) {
        return french(locale) && french != null && !french.isBlank() ? french : english;
    }

    static boolean french(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage());
    }
}
