package org.fieldsupport.organization;

import java.time.LocalDate;
import java.util.Locale;

/** An organisational unit as in force on a date. French names are authoritative. */
public record UnitSummary(String code, UnitKind kind, String nameFr, String nameEn, String parentCode,
                          String paragraphs, LocalDate validFrom, LocalDate validTo) {

    public String name(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }
}
