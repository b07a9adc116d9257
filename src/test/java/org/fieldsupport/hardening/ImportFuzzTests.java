package org.fieldsupport.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 20 (and the guide's "imports all-or-nothing with row and column"): every file import of the API is sent
 * generated bad files — a valid file (exported from the demo data, or built from the import's own columns) with one
 * thing wrong, chosen by QuickTheories: a wrong cell (text where a number or date is due, an impossible date, year 0,
 * a negative, 1e999, a 100,000-character text, a NUL, a formula, an empty cell), a column dropped or renamed, a row
 * duplicated, lengthened or shortened, no row at all; or a wrong file (empty, random bytes, a spreadsheet cut in half,
 * CSV under an .xlsx name, an unbalanced quote, Latin-1 instead of UTF-8). As CSV or XLSX alike.
 * <ul>
 *   <li>no answer is a 5xx;</li>
 *   <li>after a 4xx not a row has changed in any business table (all or nothing);</li>
 *   <li>a refused file whose wrong thing was one cell names the row of a problem ({@code row N: column}).</li>
 * </ul>
 * Every other multipart endpoint of the OpenAPI document (attachments: a file kept as it is) gets the file-level
 * cases. A new import endpoint fails the test until it has a seed here. Each call runs in a transaction the test rolls
 * back. Bounded by {@code fsp.fuzz.import-examples} files per import (default 24), fixed seed {@code fsp.fuzz.seed}.
 */
@IntegrationTest
class ImportFuzzTests {

    static final long SEED = Long.getLong("fsp.fuzz.seed", 20261206L);
    static final int EXAMPLES = Integer.getInteger("fsp.fuzz.import-examples", 24);

    /** What is wrong: with one cell, with the table's shape, or with the file as a whole. */
    enum Wrong {
        TEXT_IN_CELL(true), BAD_DATE(true), YEAR_ZERO(true), NEGATIVE(true), BEYOND_DOUBLE(true), HUGE_TEXT(true),
        NUL(true), FORMULA(true), EMPTY_CELL(true), MANY_DECIMALS(true),
        DROP_COLUMN(false), RENAME_COLUMN(false), DUPLICATE_ROW(false), EXTRA_CELL(false), SHORT_ROW(false),
        HEADER_ONLY(false), UNBALANCED_QUOTE(false), LATIN1(false),
        EMPTY_FILE(false), RANDOM_BYTES(false), TRUNCATED_XLSX(false), CSV_NAMED_XLSX(false);

        final boolean cell;

        Wrong(boolean cell) {
            this.cell = cell;
        }

        boolean fileLevel() {
            return ordinal() >= EMPTY_FILE.ordinal();
        }
    }

    /** An import: its path, the part the table goes in, the valid table, the other parts and parameters. */
    record Seed(String path, String part, List<String> header, List<Map<String, String>> rows,
                Map<String, byte[]> otherParts, Map<String, String> params) { }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void bad_files_to_every_import_are_a_4xx_that_names_the_row_and_writes_nothing() throws Exception {
        long started = System.nanoTime();
        Map<String, Seed> seeds = seeds();
        Set<String> multipart = multipartOperations();
        Set<String> uploads = new TreeSet<>(multipart);
        uploads.removeAll(seeds.keySet());
        assertThat(multipart).as("every seeded import is a multipart operation of the OpenAPI document")
                .containsAll(seeds.keySet());
        assertThat(uploads).as("multipart operations that are not imports (attachments); a new import needs a seed")
                .allMatch(p -> p.contains("attach") || p.endsWith("/file") || p.contains("/documents"));

        TableCounts tables = new TableCounts(jdbc);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Long> baseline = tables.now();
        int sent = 0;
        for (Seed seed : seeds.values()) {
            List<int[]> cases = new ArrayList<>();
            qt().withFixedSeed(SEED ^ seed.path().hashCode()).withExamples(EXAMPLES).withShrinkCycles(0)
                    .forAll(integers().between(0, Wrong.values().length - 1), integers().between(0, 99),
                            integers().between(0, 99), integers().between(0, 9999))
                    .checkAssert((w, r, c, salt) -> cases.add(new int[] {w, r, c, salt}));
            // every kind of wrong at least once, then the generated ones
            for (Wrong w : Wrong.values()) {
                cases.add(new int[] {w.ordinal(), w.ordinal() * 7, w.ordinal() * 3, w.ordinal() * 101});
            }
            for (int[] k : cases) {
                Wrong wrong = Wrong.values()[k[0]];
                Bad bad = bad(seed, wrong, k[1], k[2], k[3]);
                baseline = send(tx, tables, baseline, seed.path(), seed.part(), bad, seed.otherParts(), seed.params(),
                        failures, statuses);
                sent++;
            }
        }
        for (String upload : uploads) {
            String path = new DemoPaths(mvc).resolve(upload).path();
            for (Wrong wrong : List.of(Wrong.EMPTY_FILE, Wrong.RANDOM_BYTES, Wrong.TRUNCATED_XLSX, Wrong.CSV_NAMED_XLSX,
                    Wrong.HUGE_TEXT)) {
                Bad bad = uploadFile(wrong);
                baseline = send(tx, tables, baseline, path, "file", bad, Map.of(), Map.of(), failures, statuses);
                sent++;
            }
        }
        System.out.printf("Import fuzz: %d imports, %d other uploads, %d files, statuses %s, %.1f s%n", seeds.size(),
                uploads.size(), sent, statuses, (System.nanoTime() - started) / 1e9);
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(4);
        assertThat(failures).isEmpty();
    }

    // --- the imports and their valid files

    private Map<String, Seed> seeds() throws Exception {
        Map<String, Seed> seeds = new LinkedHashMap<>();
        // the organisation's structure, as exported
        TabularFile.Table structure = TabularFile.read("s.csv", download("/api/v1/organization/export?format=csv"), "file");
        seeds.put("/api/v1/organization/import", new Seed("/api/v1/organization/import", "file", structure.header(),
                first(structure.rows(), 4), Map.of(), Map.of()));
        // a mission's staffing table, as exported
        TabularFile.Table posts = TabularFile.read("p.csv",
                download("/api/v1/personnel/posts/export?mission=MINUSCA&format=csv"), "file");
        seeds.put("/api/v1/personnel/posts/import", new Seed("/api/v1/personnel/posts/import", "file", posts.header(),
                first(posts.rows(), 4), Map.of(), Map.of()));
        // an ERP extract for a mission's budget
        Map<String, Object> budget = jdbc.sql("SELECT id, mission_code, period_start FROM bud_budget ORDER BY id")
                .query().listOfRows().get(0);
        String mission = String.valueOf(budget.get("mission_code"));
        LocalDate from = jdbc.sql("SELECT period_start FROM bud_budget WHERE id = ?").param(budget.get("id"))
                .query(LocalDate.class).single();
        List<String> extract = List.of("document_number", "posting_date", "fund", "funds_center", "class",
                "value_type", "amount_usd");
        seeds.put("/api/v1/budget/budgets/{id}/expenditure-imports", new Seed(
                "/api/v1/budget/budgets/" + budget.get("id") + "/expenditure-imports", "file", extract,
                List.of(row(extract, "4500000001", from.plusDays(14).toString(), "MSA", mission, "AIR_OPERATIONS",
                                "EXPENDITURE", "1000.00"),
                        row(extract, "4500000002", from.plusDays(45).toString(), "MSA", mission,
                                "GROUND_TRANSPORTATION", "COMMITMENT", "250.50")),
                Map.of(), Map.of()));
        // a rate edition: the equipment table fuzzed, the self-sustainment table valid; its date and code after every
        // edition recorded so far (other tests record editions in the shared database)
        List<LocalDate> recorded = jdbc.sql("SELECT MAX(effective_from) FROM claims_rate_edition")
                .query(LocalDate.class).list();
        LocalDate latest = recorded.isEmpty() ? null : recorded.get(0);
        LocalDate editionDay = (latest == null || latest.isBefore(LocalDate.of(2100, 1, 1)) ? LocalDate.of(2100, 1, 1)
                : latest).plusYears(1).withDayOfYear(1);
        List<String> equipment = List.of("code", "category", "description", "gfmv", "useful_life_years", "nfi_factor",
                "maintenance_monthly");
        seeds.put("/api/v1/claims/rate-imports", new Seed("/api/v1/claims/rate-imports", "equipment", equipment,
                List.of(row(equipment, "FZ-1", "Support vehicle", "Truck, cargo", "120000.00", "10", "0.002", "900.00"),
                        row(equipment, "FZ-2", "Engineering", "Generator", "60000", "5", "0", "300")),
                Map.of("selfSustainment", "category,description,per_person_per_month\nCATERING,Catering,29.50\n"
                        .getBytes(StandardCharsets.UTF_8)),
                Map.of("code", "FUZZ-" + editionDay.getYear(), "titleEn", "Fuzzed edition",
                        "effectiveFrom", editionDay.toString(), "source", "fuzz")));
        return seeds;
    }

    private byte[] download(String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(user("admin"))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsByteArray();
    }

    private static List<Map<String, String>> first(List<Map<String, String>> rows, int n) {
        assertThat(rows).as("demo data to start from").isNotEmpty();
        return rows.subList(0, Math.min(n, rows.size()));
    }

    private static Map<String, String> row(List<String> header, String... values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), values[i]);
        }
        return row;
    }

    @SuppressWarnings("unchecked")
    private Set<String> multipartOperations() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").with(user("admin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> paths = JsonPath.read(doc, "$.paths");
        Set<String> found = new TreeSet<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/v1/test/") || !(item instanceof Map<?, ?> ops)
                    || !(ops.get("post") instanceof Map<?, ?> op)) {
                return;
            }
            if (op.get("requestBody") instanceof Map<?, ?> rb && rb.get("content") instanceof Map<?, ?> content
                    && content.containsKey("multipart/form-data")) {
                found.add(path);
            }
        });
        return found;
    }

    // --- bad files

    /** A file as sent: its name, its bytes, and the data row (1-based) of the wrong cell, 0 when not one cell. */
    record Bad(String name, byte[] bytes, int wrongRow, String what) { }

    static Bad bad(Seed seed, Wrong wrong, int r, int c, int salt) {
        boolean xlsx = salt % 2 == 1;
        List<String> header = new ArrayList<>(seed.header());
        List<Map<String, String>> rows = new ArrayList<>();
        seed.rows().forEach(row -> rows.add(new LinkedHashMap<>(row)));
        int rowIndex = r % rows.size();
        String column = header.get(c % header.size());
        String what = wrong + (wrong.cell ? " in row " + (rowIndex + 1) + ": " + column : "");
        if (wrong.cell) {
            rows.get(rowIndex).put(column, switch (wrong) {
                case TEXT_IN_CELL -> "not a value " + salt;
                case BAD_DATE -> "2026-13-45";
                case YEAR_ZERO -> "0000-01-01";
                case NEGATIVE -> "-1";
                case BEYOND_DOUBLE -> "1e999";
                case HUGE_TEXT -> "x".repeat(100_000);
                case NUL -> "a\u0000b";
                case FORMULA -> "=HYPERLINK(\"http://x\",\"y\")";
                case EMPTY_CELL -> "";
                default -> "1.234567890123";
            });
            return file(header, rows, xlsx, rowIndex + 1, what);
        }
        switch (wrong) {
            case DROP_COLUMN -> {
                header.remove(column);
                rows.forEach(row -> row.remove(column));
            }
            case RENAME_COLUMN -> {
                int i = header.indexOf(column);
                header.set(i, column + "_renamed");
                rows.forEach(row -> row.put(column + "_renamed", row.remove(column)));
            }
            case DUPLICATE_ROW -> rows.add(new LinkedHashMap<>(rows.get(rowIndex)));
            case HEADER_ONLY -> rows.clear();
            case EXTRA_CELL, SHORT_ROW, UNBALANCED_QUOTE, LATIN1 -> {
                String text = new String(TabularFile.csv(header, rows), StandardCharsets.UTF_8);
                List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
                int line = 1 + rowIndex;
                switch (wrong) {
                    case EXTRA_CELL -> lines.set(line, lines.get(line) + ",extra,cells");
                    case SHORT_ROW -> lines.set(line, lines.get(line).substring(0, Math.max(0,
                            lines.get(line).lastIndexOf(','))));
                    case UNBALANCED_QUOTE -> lines.set(line, "\"" + lines.get(line));
                    default -> lines.set(line, lines.get(line) + "é");
                }
                String joined = String.join("\n", lines);
                return new Bad("table.csv", joined.getBytes(wrong == Wrong.LATIN1 ? StandardCharsets.ISO_8859_1
                        : StandardCharsets.UTF_8), 0, what);
            }
            case EMPTY_FILE -> {
                return new Bad(xlsx ? "table.xlsx" : "table.csv", new byte[0], 0, what);
            }
            case RANDOM_BYTES -> {
                byte[] bytes = new byte[64 + salt % 4096];
                new Random(salt).nextBytes(bytes);
                return new Bad(xlsx ? "table.xlsx" : "table.csv", bytes, 0, what);
            }
            case TRUNCATED_XLSX -> {
                byte[] whole = TabularFile.xlsx("t", header, rows);
                return new Bad("table.xlsx", Arrays.copyOf(whole, whole.length / 2), 0, what);
            }
            case CSV_NAMED_XLSX -> {
                return new Bad("table.xlsx", TabularFile.csv(header, rows), 0, what);
            }
            default -> throw new IllegalStateException(wrong.name());
        }
        return file(header, rows, xlsx, 0, what);
    }

    private static Bad file(List<String> header, List<Map<String, String>> rows, boolean xlsx, int wrongRow, String what) {
        if (xlsx && rows.stream().anyMatch(row -> row.values().stream()
                .anyMatch(v -> v != null && (v.length() > 32_767 || v.indexOf('\u0000') >= 0)))) {
            xlsx = false; // a spreadsheet cell holds at most 32,767 characters and no NUL: such a file is CSV
        }
        return xlsx ? new Bad("table.xlsx", TabularFile.xlsx("t", header, rows), wrongRow, what + " (xlsx)")
                : new Bad("table.csv", TabularFile.csv(header, rows), wrongRow, what + " (csv)");
    }

    private static Bad uploadFile(Wrong wrong) {
        byte[] random = new byte[2048];
        new Random(wrong.ordinal()).nextBytes(random);
        return switch (wrong) {
            case EMPTY_FILE -> new Bad("empty.pdf", new byte[0], 0, "empty file");
            case RANDOM_BYTES -> new Bad("random.pdf", random, 0, "random bytes named .pdf");
            case TRUNCATED_XLSX -> new Bad("../../etc/passwd", random, 0, "a path as the file name");
            case CSV_NAMED_XLSX -> new Bad("a\u0000b.exe", "MZ".getBytes(StandardCharsets.ISO_8859_1), 0,
                    "a NUL in the name, an executable");
            default -> new Bad("x".repeat(1000) + ".txt", "text".getBytes(StandardCharsets.UTF_8), 0,
                    "a 1,000-character name");
        };
    }

    // --- sending

    private Map<String, Long> send(TransactionTemplate tx, TableCounts tables, Map<String, Long> baseline, String path,
                                   String part, Bad bad, Map<String, byte[]> otherParts, Map<String, String> params,
                                   List<String> failures, Map<String, Integer> statuses) {
        Map<String, Long> changed = new TreeMap<>();
        String where = "POST " + path + " " + part + ": " + bad.what() + " [" + bad.name().substring(0,
                Math.min(40, bad.name().length())) + ", " + bad.bytes().length + " bytes]";
        tx.executeWithoutResult(status -> {
            try {
                MockMultipartHttpServletRequestBuilder request = multipart(path);
                request.file(new MockMultipartFile(part, bad.name(), bad.name().endsWith(".xlsx")
                        ? TabularFile.XLSX_CONTENT_TYPE : "text/csv", bad.bytes()));
                otherParts.forEach((name, bytes) -> request.file(new MockMultipartFile(name, name + ".csv", "text/csv",
                        bytes)));
                params.forEach(request::param);
                MockHttpServletResponse r = mvc.perform(request.with(user("admin")).with(csrf())
                        .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
                statuses.merge(String.valueOf(r.getStatus()), 1, Integer::sum);
                String body = r.getContentAsString(StandardCharsets.UTF_8);
                if (r.getStatus() >= 500) {
                    failures.add(where + " → " + r.getStatus() + " " + abbreviate(body));
                } else if (r.getStatus() >= 400) {
                    if (!status.isRollbackOnly()) {
                        Map<String, Long> after = tables.now();
                        if (!after.equals(baseline)) {
                            changed.putAll(TableCounts.changed(baseline, after));
                            failures.add(where + " → " + r.getStatus() + " but rows changed " + changed);
                        }
                    }
                    if (bad.wrongRow() > 0 && r.getStatus() == 400 && !body.toLowerCase(Locale.ROOT).contains("row ")) {
                        failures.add(where + " → 400 naming no row: " + abbreviate(body));
                    }
                }
            } catch (Exception e) {
                failures.add(where + " → exception " + e);
            } finally {
                status.setRollbackOnly();
            }
        });
        return changed.isEmpty() ? baseline : tables.now();
    }

    private static String abbreviate(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }
}
