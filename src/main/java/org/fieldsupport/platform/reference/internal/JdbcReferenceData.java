package org.fieldsupport.platform.reference.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reference data read once from the ref_* tables and kept in memory: the tables change only through
 * migrations, so the cache lives as long as the application.
 */
@Service
public class JdbcReferenceData implements ReferenceData {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    JdbcReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Countries with their ISO numeric code, for the API. */
    public record CountryRow(String alpha2, String alpha3, String numericCode, String nameEn, String nameFr,
                      boolean unMemberState) {
        Country toCountry() {
            return new Country(alpha2, alpha3, nameEn, nameFr, unMemberState);
        }
    }

    public record StaffCategory(String code, int rank, String nameEn, String nameFr) {
        public String name(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
        }
    }

    private record Snapshot(List<CountryRow> countryRows, List<Country> countries, Map<String, Country> countryByCode,
                            List<CurrencyInfo> currencies, Map<String, CurrencyInfo> currencyByCode,
                            List<Grade> grades, Map<String, Grade> gradeByCode, List<StaffCategory> categories) { }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = load();
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private Snapshot load() {
        List<CountryRow> countryRows = jdbc.sql("""
                SELECT alpha2, alpha3, numeric_code, name_en, name_fr, un_member_state
                FROM ref_country ORDER BY name_en""").query(CountryRow.class).list();
        List<Country> countries = countryRows.stream().map(CountryRow::toCountry).toList();
        Map<String, Country> byCode = new java.util.HashMap<>();
        countries.forEach(country -> {
            byCode.put(country.alpha2(), country);
            byCode.put(country.alpha3(), country);
        });
        List<CurrencyInfo> currencies = jdbc.sql("""
                SELECT code, numeric_code, minor_units, name_en, name_fr FROM ref_currency ORDER BY code""")
                .query(CurrencyInfo.class).list();
        List<Grade> grades = jdbc.sql("SELECT code, category, rank, name_en, name_fr FROM ref_grade ORDER BY rank DESC")
                .query(Grade.class).list();
        List<StaffCategory> categories = jdbc.sql(
                "SELECT code, rank, name_en, name_fr FROM ref_staff_category ORDER BY rank DESC")
                .query(StaffCategory.class).list();
        return new Snapshot(countryRows, countries, Map.copyOf(byCode), currencies, index(currencies, CurrencyInfo::code),
                grades, index(grades, Grade::code), categories);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    private static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public Optional<Country> country(String code) {
        return Optional.ofNullable(snapshot().countryByCode().get(normalise(code)));
    }

    @Override
    public List<Country> countries() {
        return snapshot().countries();
    }

    @Override
    public List<Country> memberStates() {
        return snapshot().countries().stream().filter(Country::unMemberState).toList();
    }

    @Override
    public Optional<CurrencyInfo> currency(String code) {
        return Optional.ofNullable(snapshot().currencyByCode().get(normalise(code)));
    }

    @Override
    public List<CurrencyInfo> currencies() {
        return snapshot().currencies();
    }

    @Override
    public List<Grade> grades() {
        return snapshot().grades();
    }

    @Override
    public Optional<Grade> grade(String code) {
        return Optional.ofNullable(snapshot().gradeByCode().get(normalise(code)));
    }

    /** Countries with numeric codes (the API shows them). */
    public List<CountryRow> countryRows() {
        return snapshot().countryRows();
    }

    public List<StaffCategory> staffCategories() {
        return snapshot().categories();
    }
}
