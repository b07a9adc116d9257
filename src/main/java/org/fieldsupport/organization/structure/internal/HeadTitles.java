package org.fieldsupport.organization.structure.internal;

import java.util.Map;
import org.fieldsupport.organization.UnitKind;

/**
 * Titles of the head positions the bulletin names (French authoritative, English beside) and the grade
 * such a post usually carries in the Secretariat (an assumption of ours; the bulletin names no grades).
 */
final class HeadTitles {

    private static final Map<String, String> ENGLISH = Map.of(
            "Secrétaire général adjoint à l’appui aux missions", "Under-Secretary-General for Field Support",
            "Sous-Secrétaire général à l’appui aux missions", "Assistant Secretary-General for Field Support",
            "Assistant spécial", "Special Assistant",
            "Chef", "Chief",
            "Chef de section", "Chief of Section",
            "Chef de service", "Chief of Service",
            "Directeur", "Director",
            "Directeur adjoint (Chef de service)", "Deputy Director (Chief of Service)");

    private HeadTitles() { }

    /** The USG's and ASG's titles stand alone; other heads are titled after their unit. */
    static String titleFr(String headFr, String unitNameFr) {
        return standsAlone(headFr) ? headFr : headFr + ", " + unitNameFr;
    }

    static String titleEn(String headFr, String unitNameEn) {
        String en = ENGLISH.getOrDefault(headFr, headFr);
        return standsAlone(headFr) ? en : en + ", " + unitNameEn;
    }

    private static boolean standsAlone(String headFr) {
        return headFr.startsWith("Secrétaire général adjoint") || headFr.startsWith("Sous-Secrétaire général");
    }

    static String grade(String headFr, UnitKind kind) {
        if (headFr.startsWith("Secrétaire général adjoint")) return "USG";
        if (headFr.startsWith("Sous-Secrétaire général")) return "ASG";
        if (headFr.equals("Directeur")) return "D-2";
        if (headFr.startsWith("Directeur adjoint") || headFr.equals("Chef de service")) return "D-1";
        if (kind == UnitKind.SERVICE) return "D-1";
        return "P-5";
    }
}
