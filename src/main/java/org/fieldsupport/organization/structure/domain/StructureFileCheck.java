package org.fieldsupport.organization.structure.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a structure file (one row per unit with its head) against itself and the structure already
 * recorded, before anything is written: required cells, known kinds, consistent dates, unique codes, known
 * parents, no unit its own ancestor, exactly one head per unit, heads reporting to known positions without
 * loops. Every problem is reported with its row (1 = first data row) and column.
 */
public final class StructureFileCheck {

    public static final List<String> COLUMNS = List.of("code", "parent", "kind", "name_fr", "name_en", "paragraphs",
            "valid_from", "valid_to", "head_code", "head_title_fr", "head_title_en", "head_grade", "head_reports_to");

    private static final Set<String> KINDS = Set.of("DEPARTMENT", "OFFICE", "FRONT_OFFICE", "DIVISION", "SERVICE",
            "SECTION", "UNIT", "TEAM");

    /** The most characters each column's cell may hold (as the structure tables store them). */
    static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("code", 60), Map.entry("parent", 60),
            Map.entry("kind", 20), Map.entry("name_fr", 300), Map.entry("name_en", 300), Map.entry("paragraphs", 200),
            Map.entry("head_code", 80), Map.entry("head_title_fr", 300), Map.entry("head_title_en", 300),
            Map.entry("head_grade", 10), Map.entry("head_reports_to", 80));

    private StructureFileCheck() { }

    public record Problem(int row, String column, String messageKey, Object... args) { }

    /**
     * What is already recorded: unit → parent, unit → head position code, head position → the position it
     * reports to, and the codes of known positions and external entities.
     */
    public record Existing(Map<String, String> parentOf, Map<String, String> headOf, Map<String, String> reportsTo,
                           Set<String> positions, Set<String> externalEntities) { }

    public static List<Problem> check(List<String> header, List<Map<String, String>> rows, Existing existing) {
        List<Problem> problems = new ArrayList<>();
        for (String column : List.of("code", "kind", "name_fr", "name_en", "head_code")) {
            if (!header.contains(column)) problems.add(new Problem(0, column, "org.import.column.missing", column));
        }
        if (!problems.isEmpty()) return problems;
        if (rows.isEmpty()) {
            problems.add(new Problem(0, "code", "org.import.empty"));
            return problems;
        }
        Map<String, Integer> rowOfCode = new LinkedHashMap<>();
        Map<String, Integer> rowOfHead = new HashMap<>();
        Map<String, String> parentOf = new HashMap<>(existing.parentOf());
        Map<String, String> reportsTo = new HashMap<>(existing.reportsTo());
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            Map<String, String> r = rows.get(i);
            String code = cell(r, "code");
            for (String column : List.of("code", "kind", "name_fr", "name_en")) {
                if (cell(r, column).isEmpty()) problems.add(new Problem(row, column, "org.import.required"));
            }
            for (String column : COLUMNS) { // in the file's column order
                Integer max = MAX_LENGTH.get(column);
                if (max != null && cell(r, column).length() > max) {
                    problems.add(new Problem(row, column, "org.import.tooLong", max));
                }
            }
            if (!cell(r, "kind").isEmpty()
                    && !KINDS.contains(cell(r, "kind").toUpperCase(Locale.ROOT).replace('-', '_'))) {
                problems.add(new Problem(row, "kind", "org.import.kind.unknown", cell(r, "kind")));
            }
            LocalDate from = date(r, "valid_from", row, problems);
            LocalDate to = date(r, "valid_to", row, problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(new Problem(row, "valid_to", "org.dates.inconsistent", from, to));
            }
            if (code.isEmpty()) continue;
            if (rowOfCode.containsKey(code)) {
                problems.add(new Problem(row, "code", "org.import.code.duplicate", code, rowOfCode.get(code)));
                continue;
            }
            rowOfCode.put(code, row);
            String parent = cell(r, "parent");
            if (parent.isEmpty()) parentOf.remove(code); else parentOf.put(code, parent);
            String head = cell(r, "head_code");
            if (head.isEmpty()) {
                problems.add(new Problem(row, "head_code", "org.import.head.missing", code));
            } else {
                if (rowOfHead.containsKey(head)) {
                    problems.add(new Problem(row, "head_code", "org.import.head.shared", head, rowOfHead.get(head)));
                }
                rowOfHead.put(head, row);
                String recordedHead = existing.headOf().get(code);
                if (recordedHead != null && !recordedHead.equals(head)) {
                    problems.add(new Problem(row, "head_code", "org.import.head.other", code, recordedHead));
                }
                String to2 = cell(r, "head_reports_to");
                if (to2.isEmpty()) reportsTo.remove(head); else reportsTo.put(head, to2);
            }
        }
        // parents known
        for (Map.Entry<String, Integer> e : rowOfCode.entrySet()) {
            String parent = cell(rows.get(e.getValue() - 1), "parent");
            if (!parent.isEmpty() && !rowOfCode.containsKey(parent) && !existing.parentOf().containsKey(parent)) {
                problems.add(new Problem(e.getValue(), "parent", "org.import.parent.unknown", parent));
            }
        }
        // heads report to known positions or external entities
        for (Map.Entry<String, Integer> e : rowOfHead.entrySet()) {
            String to = cell(rows.get(e.getValue() - 1), "head_reports_to");
            if (!to.isEmpty() && !rowOfHead.containsKey(to) && !existing.positions().contains(to)
                    && !existing.externalEntities().contains(to)) {
                problems.add(new Problem(e.getValue(), "head_reports_to", "org.import.reports-to.unknown", to));
            }
        }
        // no cycles, among units and among heads
        // every row taking part in a loop is named
        for (List<String> cycle : new Hierarchy(parentOf).cycles()) {
            for (String member : cycle) {
                if (rowOfCode.containsKey(member)) {
                    problems.add(new Problem(rowOfCode.get(member), "parent", "org.import.cycle", String.join(" → ", cycle)));
                }
            }
        }
        for (List<String> cycle : new Hierarchy(reportsTo).cycles()) {
            for (String member : cycle) {
                if (rowOfHead.containsKey(member)) {
                    problems.add(new Problem(rowOfHead.get(member), "head_reports_to", "org.import.line.cycle",
                            String.join(" → ", cycle)));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::row));
        return problems;
    }

    /** Row indexes (0-based) ordered so that every parent comes before its children. */
    public static List<Integer> parentsFirst(List<Map<String, String>> rows) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) index.put(cell(rows.get(i), "code"), i);
        List<Integer> order = new ArrayList<>();
        boolean[] placed = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) place(i, rows, index, placed, order, 0);
        return order;
    }

    private static void place(int i, List<Map<String, String>> rows, Map<String, Integer> index, boolean[] placed,
                              List<Integer> order, int depth) {
        if (placed[i] || depth > rows.size()) return;
        Integer parent = index.get(cell(rows.get(i), "parent"));
        if (parent != null && parent != i) place(parent, rows, index, placed, order, depth + 1);
        if (!placed[i]) {
            placed[i] = true;
            order.add(i);
        }
    }

    public static String cell(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.trim();
    }

    private static LocalDate date(Map<String, String> r, String column, int row, List<Problem> problems) {
        String v = cell(r, column);
        if (v.isEmpty()) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(row, column, "org.import.date.invalid", v));
            return null;
        }
    }
}
