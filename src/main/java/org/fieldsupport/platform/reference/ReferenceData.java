package org.fieldsupport.platform.reference;

import java.util.List;
import java.util.Optional;

/**
 * Reference data shipped as data files and loaded by migrations: countries (ISO 3166-1, with the
 * 193 UN Member States flagged), currencies (ISO 4217) and UN staff categories and grades.
 */
public interface ReferenceData {

    /** By ISO 3166-1 alpha-2 or alpha-3 code, case-insensitive. */
    Optional<Country> country(String code);

    List<Country> countries();

    List<Country> memberStates();

    /** By ISO 4217 alphabetic code. */
    Optional<CurrencyInfo> currency(String code);

    List<CurrencyInfo> currencies();

    /** All grades, most senior first. */
    List<Grade> grades();

    Optional<Grade> grade(String code);

    record Country(String alpha2, String alpha3, String nameEn, String nameFr, boolean unMemberState) {
        public String name(java.util.Locale locale) {
            return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
        }
    }

    record CurrencyInfo(String code, String numericCode, int minorUnits, String nameEn, String nameFr) {
        public String name(java.util.Locale locale) {
            return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
        }
    }

    /**
     * A UN staff grade. {@code rank} orders grades by seniority across categories (higher = more
     * senior: USG above ASG above D-2 ... ), so "up to grade X" limits compare ranks.
     */
    record Grade(String code, String category, int rank, String nameEn, String nameFr) {
        public String name(java.util.Locale locale) {
            return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
        }
    }
}
