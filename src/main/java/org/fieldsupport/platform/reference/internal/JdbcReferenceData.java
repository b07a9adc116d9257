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
 * Reference data read from the ref_* tables and kept in memory per node for {@code fsp.reference-data.ttl}
 * (default 60 s): the tables change through migrations or an administrator's SQL, and with several nodes each node
 * reads them again once its copy is older than that, so a change made on (or through) one node is seen by every
 * node within the TTL (docs/operations.md "Several nodes"; {@code ReferenceDataExpiryTests}).
 */
@Service
public class JdbcReferenceData implements ReferenceData {

    private final JdbcClient jdbc;
    private final java.time.Duration ttl;
    private final java.util.function.LongSupplier clock;
    private volatile Snapshot snapshot;

    @org.springframework.beans.factory.annotation.Autowired
    JdbcReferenceData(JdbcClient jdbc,
                      @org.springframework.beans.factory.annotation.Value("${fsp.reference-data.ttl:60s}")
                      java.time.Duration ttl) {
        this(jdbc, ttl, System::nanoTime);
    }

    /** For tests: {@code clock} in nanoseconds. */
    public JdbcReferenceData(JdbcClient jdbc, java.time.Duration ttl, java.util.function.LongSupplier clock) {
        this.jdbc = jdbc;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Drops this node's copy (read again on next use). */
    public void refresh() {
        snapshot = null;
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
                            List<Grade> grades, Map<String, Grade> gradeByCode, List<StaffCategory> categories,
                            long loadedAt) { }

    private boolean fresh(Snapshot s) {
        return s != null && clock.getAsLong() - s.loadedAt() < ttl.toNanos();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (!fresh(current)) {
            synchronized (this) {
                current = snapshot;
                if (!fresh(current)) {
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
                grades, index(grades, Grade::code), categories, clock.getAsLong());
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
