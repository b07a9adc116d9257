package org.fieldsupport.claims.analytics.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.fieldsupport.claims.analytics.internal.ClaimsReports;
import org.fieldsupport.platform.api.FieldErrors;

/**
 * The reports' query parameters, shared by the screens and the REST resources: months as {@code YYYY-MM}
 * (default period: the current UN peacekeeping financial year, 1 July–30 June), a Member State as ISO alpha-3,
 * a mission code. Each problem names its field and rule.
 */
final class ReportParams {

    static final int MAX_MONTHS = 120;

    private ReportParams() { }

    record Period(YearMonth from, YearMonth to) { }

    static Period period(String from, String to, LocalDate today, FieldErrors errors) {
        ClaimsReports.Period year = ClaimsReports.financialYear(today);
        YearMonth f = blank(from) ? year.from() : month("from", from, errors);
        YearMonth t = blank(to) ? year.to() : month("to", to, errors);
        if (f != null && t != null) {
            if (t.isBefore(f)) {
                errors.add("to", "NotBeforeFrom", "claims.reports.input.reversed");
            } else if (ChronoUnit.MONTHS.between(f, t) + 1 > MAX_MONTHS) {
                errors.add("to", "MaxMonths", "claims.reports.input.tooLong", MAX_MONTHS);
            }
        }
        return new Period(f, t);
    }

    static YearMonth month(String field, String value, FieldErrors errors) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "YearMonth", "claims.reports.input.month", value);
            return null;
        }
    }

    static YearMonth monthOr(String field, String value, YearMonth fallback, FieldErrors errors) {
        return blank(value) ? fallback : month(field, value, errors);
    }

    static String memberState(String value, FieldErrors errors) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z]{3}")) {
            errors.add("memberState", "Iso3", "claims.reports.input.memberState", value);
            return null;
        }
        return v;
    }

    static String mission(String value, FieldErrors errors) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z0-9][A-Z0-9_-]{0,29}")) {
            errors.add("mission", "MissionCode", "claims.reports.input.mission", value);
            return null;
        }
        return v;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
