package org.fieldsupport.claims.rates.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an import of COE rates before anything is written: the edition's header (code, titles, effective date,
 * source), its major-equipment and self-sustainment rate tables, and optional effective-dated troop-cost rates
 * and death-and-disability standard amounts. Every problem names its table, row (1 = first data row, 0 = the
 * table or form as a whole) and column, with a message key; the import is refused if there is any.
 * Rules: required cells, numbers written with a dot, no negative values, money to the cent, useful life a whole
 * number of years &gt; 0, no-fault incident factor in [0, 1), codes unique within their table, an edition code
 * or effective date not already recorded, troop-cost and D&amp;D dates not already recorded, currency USD.
 */
public final class RateFileCheck {

    /** The tables of an import; {@code columns} in template order, {@code required} among them. */
    public enum Table {
        // category_fr / description_fr: optional French labels (COE Manual in English and French)
        EQUIPMENT("equipment", List.of("code", "category", "description", "gfmv", "useful_life_years", "nfi_factor",
                "maintenance_monthly", "category_fr", "description_fr"), Set.of("code", "category", "description",
                "gfmv", "useful_life_years", "nfi_factor", "maintenance_monthly")),
        SELF_SUSTAINMENT("self-sustainment", List.of("category", "description", "per_person_per_month"),
                Set.of("category", "per_person_per_month")),
        TROOP_COST("troop-cost", List.of("effective_from", "per_person_per_month", "currency", "source"),
                Set.of("effective_from", "per_person_per_month", "source")),
        DD_STANDARD("dd-standard", List.of("effective_from", "amount", "currency", "source"),
                Set.of("effective_from", "amount", "source"));

        private final String key;
        private final List<String> columns;
        private final Set<String> required;

        Table(String key, List<String> columns, Set<String> required) {
            this.key = key;
            this.columns = columns;
            this.required = required;
        }

        /** File / part name: {@code equipment}, {@code self-sustainment}, {@code troop-cost}, {@code dd-standard}. */
        public String key() { return key; }

        public List<String> columns() { return columns; }

        public static Table ofKey(String key) {
            for (Table t : values()) {
                if (t.key.equalsIgnoreCase(key)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown rate table " + key);
        }
    }

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final Pattern EDITION_CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{2,59}");
    private static final Pattern EQUIPMENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    private static final Pattern CATEGORY_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    private RateFileCheck() { }

    /** One problem: table (null = the edition's header fields), row (0 = the table or field as a whole), column. */
    public record Problem(Table table, int row, String column, String messageKey, Object... args) { }

    /** The header fields of a new edition, as typed. */
    public record EditionHeader(String code, String titleEn, String titleFr, String effectiveFrom, boolean illustrative,
                                String source) { }

    /** A table as read from a file: its header (lower-case column names) and its data rows. */
    public record Rows(List<String> header, List<Map<String, String>> rows) { }

    /** What is already recorded. */
    public record Existing(Set<String> editionCodes, Set<LocalDate> editionDates, Set<LocalDate> troopCostDates,
                           Set<LocalDate> ddDates) { }

    public record Edition(String code, String titleEn, String titleFr, LocalDate effectiveFrom, boolean illustrative,
                          String source) { }

    /** A major-equipment row; {@code categoryFr}/{@code descriptionFr} null when the file has no French columns. */
    public record EquipmentInput(String code, String category, String description, BigDecimal gfmv,
                                 int usefulLifeYears, BigDecimal nfiFactor, BigDecimal maintenanceMonthly,
                                 String categoryFr, String descriptionFr) {
        public LeaseRates.Derived derived() {
            return LeaseRates.derive(gfmv, usefulLifeYears, nfiFactor, maintenanceMonthly);
        }
    }

    public record SelfSustainmentInput(String category, String description, BigDecimal perPersonPerMonth) { }

    public record DatedInput(LocalDate effectiveFrom, BigDecimal amount, String currency, String source) { }

    /** The outcome: problems (empty = importable) and the typed rows. {@code edition} null when none was given. */
    public record Result(List<Problem> problems, Edition edition, List<EquipmentInput> equipment,
                         List<SelfSustainmentInput> selfSustainment, List<DatedInput> troopCost,
                         List<DatedInput> ddStandard) {
        public boolean ok() { return problems.isEmpty(); }
    }

    /**
     * @param header  the new edition's fields, or null for an import of troop-cost / D&amp;D rows only
     * @param tables  the tables given (an edition needs EQUIPMENT and SELF_SUSTAINMENT)
     */
    public static Result check(EditionHeader header, Map<Table, Rows> tables, Existing existing) {
        List<Problem> problems = new ArrayList<>();
        Edition edition = null;
        if (header != null) {
            edition = checkHeader(header, existing, problems);
            for (Table t : List.of(Table.EQUIPMENT, Table.SELF_SUSTAINMENT)) {
                if (!tables.containsKey(t)) {
                    problems.add(new Problem(t, 0, "file", "claims.rates.import.file.missing"));
                }
            }
        } else if (tables.containsKey(Table.EQUIPMENT) || tables.containsKey(Table.SELF_SUSTAINMENT)) {
            problems.add(new Problem(null, 0, "code", "claims.rates.import.required"));
        }
        if (tables.isEmpty() && header == null) {
            problems.add(new Problem(null, 0, "file", "claims.rates.import.nothing"));
        }
        List<EquipmentInput> equipment = new ArrayList<>();
        List<SelfSustainmentInput> selfSustainment = new ArrayList<>();
        List<DatedInput> troopCost = new ArrayList<>();
        List<DatedInput> ddStandard = new ArrayList<>();
        for (Map.Entry<Table, Rows> entry : tables.entrySet()) {
            Table table = entry.getKey();
            Rows rows = entry.getValue();
            if (!columnsPresent(table, rows, problems)) {
                continue;
            }
            switch (table) {
                case EQUIPMENT -> equipment.addAll(equipment(rows, problems));
                case SELF_SUSTAINMENT -> selfSustainment.addAll(selfSustainment(rows, problems));
                case TROOP_COST -> troopCost.addAll(dated(table, "per_person_per_month", rows,
                        existing.troopCostDates(), problems));
                case DD_STANDARD -> ddStandard.addAll(dated(table, "amount", rows, existing.ddDates(), problems));
            }
        }
        return new Result(List.copyOf(problems), edition, equipment, selfSustainment, troopCost, ddStandard);
    }

    private static Edition checkHeader(EditionHeader h, Existing existing, List<Problem> problems) {
        int before = problems.size();
        String code = trim(h.code()).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problems.add(new Problem(null, 0, "code", "claims.rates.import.required"));
        } else if (!EDITION_CODE.matcher(code).matches()) {
            problems.add(new Problem(null, 0, "code", "claims.rates.import.edition.code", code));
        } else if (existing.editionCodes().contains(code)) {
            problems.add(new Problem(null, 0, "code", "claims.rates.import.edition.exists", code));
        }
        String titleEn = trim(h.titleEn());
        String titleFr = trim(h.titleFr());
        if (titleEn.isEmpty() && titleFr.isEmpty()) {
            problems.add(new Problem(null, 0, "titleEn", "claims.rates.import.required"));
        }
        tooLong(null, 0, "titleEn", titleEn, 200, problems);
        tooLong(null, 0, "titleFr", titleFr, 200, problems);
        LocalDate from = null;
        if (trim(h.effectiveFrom()).isEmpty()) {
            problems.add(new Problem(null, 0, "effectiveFrom", "claims.rates.import.required"));
        } else {
            from = date(null, 0, "effectiveFrom", h.effectiveFrom(), problems);
            if (from != null && existing.editionDates().contains(from)) {
                problems.add(new Problem(null, 0, "effectiveFrom", "claims.rates.import.edition.date.exists", from));
            }
        }
        String source = trim(h.source());
        if (source.isEmpty()) {
            problems.add(new Problem(null, 0, "source", "claims.rates.import.required"));
        }
        tooLong(null, 0, "source", source, 300, problems);
        if (problems.size() > before) {
            return null;
        }
        return new Edition(code, titleEn.isEmpty() ? titleFr : titleEn, titleFr.isEmpty() ? titleEn : titleFr, from,
                h.illustrative(), source);
    }

    private static boolean columnsPresent(Table table, Rows rows, List<Problem> problems) {
        boolean ok = true;
        for (String column : table.columns) {
            if (table.required.contains(column) && !rows.header().contains(column)) {
                problems.add(new Problem(table, 0, column, "claims.rates.import.column.missing", column));
                ok = false;
            }
        }
        if (ok && rows.rows().isEmpty()) {
            problems.add(new Problem(table, 0, table.columns.get(0), "claims.rates.import.empty"));
            ok = false;
        }
        return ok;
    }

    private static List<EquipmentInput> equipment(Rows rows, List<Problem> problems) {
        Table t = Table.EQUIPMENT;
        List<EquipmentInput> out = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        for (int i = 0; i < rows.rows().size(); i++) {
            int row = i + 1;
            Map<String, String> r = rows.rows().get(i);
            int before = problems.size();
            String code = cell(r, "code");
            if (code.isEmpty()) {
                problems.add(new Problem(t, row, "code", "claims.rates.import.required"));
            } else if (!EQUIPMENT_CODE.matcher(code).matches()) {
                problems.add(new Problem(t, row, "code", "claims.rates.import.code.format", code));
            } else {
                Integer first = rowOfCode.putIfAbsent(code, row);
                if (first != null) {
                    problems.add(new Problem(t, row, "code", "claims.rates.import.duplicate", code, first));
                }
            }
            String category = required(t, row, "category", r, 60, problems);
            String description = required(t, row, "description", r, 200, problems);
            BigDecimal gfmv = money(t, row, "gfmv", r, problems);
            Integer life = usefulLife(t, row, r, problems);
            BigDecimal factor = factor(t, row, r, problems);
            BigDecimal maintenance = money(t, row, "maintenance_monthly", r, problems);
            // optional French columns: when the file has one, every row fills it
            String categoryFr = rows.header().contains("category_fr")
                    ? required(t, row, "category_fr", r, 60, problems) : null;
            String descriptionFr = rows.header().contains("description_fr")
                    ? required(t, row, "description_fr", r, 200, problems) : null;
            if (problems.size() == before) {
                out.add(new EquipmentInput(code, category, description, gfmv, life, factor, maintenance, categoryFr,
                        descriptionFr));
            }
        }
        return out;
    }

    private static List<SelfSustainmentInput> selfSustainment(Rows rows, List<Problem> problems) {
        Table t = Table.SELF_SUSTAINMENT;
        List<SelfSustainmentInput> out = new ArrayList<>();
        Map<String, Integer> rowOfCategory = new HashMap<>();
        for (int i = 0; i < rows.rows().size(); i++) {
            int row = i + 1;
            Map<String, String> r = rows.rows().get(i);
            int before = problems.size();
            String category = cell(r, "category").toUpperCase(Locale.ROOT);
            if (category.isEmpty()) {
                problems.add(new Problem(t, row, "category", "claims.rates.import.required"));
            } else if (!CATEGORY_CODE.matcher(category).matches()) {
                problems.add(new Problem(t, row, "category", "claims.rates.import.category.format", category));
            } else {
                Integer first = rowOfCategory.putIfAbsent(category, row);
                if (first != null) {
                    problems.add(new Problem(t, row, "category", "claims.rates.import.duplicate", category, first));
                }
            }
            String description = cell(r, "description");
            tooLong(t, row, "description", description, 200, problems);
            BigDecimal rate = money(t, row, "per_person_per_month", r, problems);
            if (problems.size() == before) {
                out.add(new SelfSustainmentInput(category, description, rate));
            }
        }
        return out;
    }

    private static List<DatedInput> dated(Table t, String amountColumn, Rows rows, Set<LocalDate> recorded,
                                          List<Problem> problems) {
        List<DatedInput> out = new ArrayList<>();
        Map<LocalDate, Integer> rowOfDate = new HashMap<>();
        for (int i = 0; i < rows.rows().size(); i++) {
            int row = i + 1;
            Map<String, String> r = rows.rows().get(i);
            int before = problems.size();
            LocalDate from = null;
            if (cell(r, "effective_from").isEmpty()) {
                problems.add(new Problem(t, row, "effective_from", "claims.rates.import.required"));
            } else {
                from = date(t, row, "effective_from", cell(r, "effective_from"), problems);
                if (from != null) {
                    Integer first = rowOfDate.putIfAbsent(from, row);
                    if (first != null) {
                        problems.add(new Problem(t, row, "effective_from", "claims.rates.import.duplicate", from,
                                first));
                    } else if (recorded.contains(from)) {
                        problems.add(new Problem(t, row, "effective_from", "claims.rates.import.date.exists", from));
                    }
                }
            }
            BigDecimal amount = money(t, row, amountColumn, r, problems);
            String currency = cell(r, "currency").toUpperCase(Locale.ROOT);
            if (currency.isEmpty()) {
                currency = "USD";
            } else if (!"USD".equals(currency)) {
                problems.add(new Problem(t, row, "currency", "claims.rates.import.currency", currency));
            }
            String source = required(t, row, "source", r, 200, problems);
            if (problems.size() == before) {
                out.add(new DatedInput(from, amount, currency, source));
            }
        }
        return out;
    }

    // ---- cells ----

    public static String cell(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.trim();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String required(Table t, int row, String column, Map<String, String> r, int max,
                                   List<Problem> problems) {
        String v = cell(r, column);
        if (v.isEmpty()) {
            problems.add(new Problem(t, row, column, "claims.rates.import.required"));
        }
        tooLong(t, row, column, v, max, problems);
        return v;
    }

    private static void tooLong(Table t, int row, String column, String v, int max, List<Problem> problems) {
        if (v.length() > max) {
            problems.add(new Problem(t, row, column, "claims.rates.import.too-long", max));
        }
    }

    private static BigDecimal number(Table t, int row, String column, Map<String, String> r, List<Problem> problems) {
        String v = cell(r, column);
        if (v.isEmpty()) {
            problems.add(new Problem(t, row, column, "claims.rates.import.required"));
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.add(new Problem(t, row, column, "claims.rates.import.number", v));
            return null;
        }
    }

    /** Money: a number ≥ 0, at most two decimals, below {@link #MAX_AMOUNT}. */
    private static BigDecimal money(Table t, int row, String column, Map<String, String> r, List<Problem> problems) {
        BigDecimal v = number(t, row, column, r, problems);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0) {
            problems.add(new Problem(t, row, column, "claims.rates.import.negative", v.toPlainString()));
            return null;
        }
        if (v.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(t, row, column, "claims.rates.import.cents", v.toPlainString()));
            return null;
        }
        if (v.compareTo(MAX_AMOUNT) >= 0) {
            problems.add(new Problem(t, row, column, "claims.rates.import.too-large", v.toPlainString()));
            return null;
        }
        return v.setScale(2);
    }

    private static Integer usefulLife(Table t, int row, Map<String, String> r, List<Problem> problems) {
        BigDecimal v = number(t, row, "useful_life_years", r, problems);
        if (v == null) {
            return null;
        }
        if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new Problem(t, row, "useful_life_years", "claims.rates.import.life", v.toPlainString()));
            return null;
        }
        return v.intValueExact();
    }

    private static BigDecimal factor(Table t, int row, Map<String, String> r, List<Problem> problems) {
        BigDecimal v = number(t, row, "nfi_factor", r, problems);
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) >= 0) {
            problems.add(new Problem(t, row, "nfi_factor", "claims.rates.import.factor", v.toPlainString()));
            return null;
        }
        if (v.stripTrailingZeros().scale() > 6) {
            problems.add(new Problem(t, row, "nfi_factor", "claims.rates.import.factor.decimals", v.toPlainString()));
            return null;
        }
        return v;
    }

    private static LocalDate date(Table t, int row, String column, String v, List<Problem> problems) {
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(t, row, column, "claims.rates.import.date", v.trim()));
            return null;
        }
    }
}
