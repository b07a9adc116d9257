package org.fieldsupport.personnel.posts.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.platform.api.TabularFile;

/**
 * The staffing-table file (CSV or XLSX): one post a row. Checked as a whole: every row and column problem is
 * reported, and nothing is stored unless the whole file is valid.
 */
public final class StaffingTableFile {

    public static final List<String> COLUMNS = List.of("post_number", "mission", "unit", "title", "grade",
            "funding_source", "budget_period", "valid_from", "valid_to", "position_code");
    static final List<String> REQUIRED = List.of("post_number", "mission", "unit", "title", "grade",
            "funding_source", "budget_period", "valid_from");

    private StaffingTableFile() { }

    /** A valid row of the file. */
    public record Row(String postNumber, String mission, String unit, String title, String grade, String fundingSource,
                      String budgetPeriod, LocalDate validFrom, LocalDate validTo, String positionCode) { }

    /** The rows, or the problems (all of them) when there is any. */
    public record Checked(List<Row> rows, List<TabularFile.CellProblem> problems) { }

    /**
     * @param allowedMissions missions the importer may change (and that exist)
     * @param knownGrades     grades of the reference data
     */
    public static Checked check(TabularFile.Table table, Set<String> allowedMissions, Set<String> knownGrades) {
        List<TabularFile.CellProblem> problems = new ArrayList<>();
        for (String c : REQUIRED) {
            if (!table.header().contains(c)) {
                problems.add(new TabularFile.CellProblem(null, 0, c, "personnel.import.column.missing", c));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(List.of(), problems);
        }
        if (table.rows().isEmpty()) {
            problems.add(new TabularFile.CellProblem(null, 0, "post_number", "personnel.import.empty"));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (Map<String, String> r : table.rows()) {
            n++;
            int before = problems.size();
            for (String c : REQUIRED) {
                if (r.getOrDefault(c, "").isEmpty()) {
                    problems.add(new TabularFile.CellProblem(null, n, c, "personnel.input.required"));
                }
            }
            String number = r.getOrDefault("post_number", "");
            if (!number.isEmpty() && !seen.add(number)) {
                problems.add(new TabularFile.CellProblem(null, n, "post_number", "personnel.import.duplicate", number));
            }
            if (number.length() > 40) {
                problems.add(new TabularFile.CellProblem(null, n, "post_number", "personnel.input.tooLong", 40));
            }
            String mission = r.getOrDefault("mission", "");
            if (!mission.isEmpty() && !allowedMissions.contains(mission)) {
                problems.add(new TabularFile.CellProblem(null, n, "mission", "personnel.import.mission", mission));
            }
            String grade = r.getOrDefault("grade", "");
            if (!grade.isEmpty() && !knownGrades.contains(grade)) {
                problems.add(new TabularFile.CellProblem(null, n, "grade", "personnel.input.grade", grade));
            }
            String funding = r.getOrDefault("funding_source", "");
            if (!funding.isEmpty() && !PostRules.FUNDING_SOURCES.contains(funding)) {
                problems.add(new TabularFile.CellProblem(null, n, "funding_source", "personnel.input.fundingSource"));
            }
            String period = r.getOrDefault("budget_period", "");
            if (!period.isEmpty() && !PostRules.budgetPeriod(period)) {
                problems.add(new TabularFile.CellProblem(null, n, "budget_period", "personnel.input.budgetPeriod"));
            }
            for (String c : List.of("unit", "title")) {
                if (r.getOrDefault(c, "").length() > 200) {
                    problems.add(new TabularFile.CellProblem(null, n, c, "personnel.input.tooLong", 200));
                }
            }
            LocalDate from = date(r, "valid_from", n, problems);
            LocalDate to = date(r, "valid_to", n, problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(new TabularFile.CellProblem(null, n, "valid_to", "personnel.input.dateOrder"));
            }
            if (problems.size() == before) {
                String position = r.getOrDefault("position_code", "");
                rows.add(new Row(number, mission, r.get("unit"), r.get("title"), grade, funding, period, from, to,
                        position.isEmpty() ? null : position));
            }
        }
        return new Checked(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static LocalDate date(Map<String, String> r, String column, int row, List<TabularFile.CellProblem> problems) {
        String text = r.getOrDefault(column, "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new TabularFile.CellProblem(null, row, column, "personnel.input.date", text));
            return null;
        }
    }
}
