package org.fieldsupport.organization.structure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.organization.LineType;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.UnitKind;
import org.fieldsupport.organization.UnitSummary;
import org.fieldsupport.organization.structure.domain.StructureFileCheck;
import org.fieldsupport.platform.api.TabularFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export of the structure (one row per unit with its head) to CSV and XLSX, and import of such a file:
 * everything is checked first ({@link StructureFileCheck}); any problem refuses the whole file with the list
 * of rows and columns; otherwise all rows are written in one transaction.
 */
@Service
public class StructureTransfer {

    private final StructureQueries queries;
    private final RelationQueries relations;
    private final StructureEditing editing;

    StructureTransfer(StructureQueries queries, RelationQueries relations, StructureEditing editing) {
        this.queries = queries;
        this.relations = relations;
        this.editing = editing;
    }

    // ---- export ----

    @Transactional(readOnly = true)
    public List<Map<String, String>> rows(LocalDate asOf) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        Map<String, PositionSummary> heads = queries.headsOf(d);
        Map<String, String> lineOf = new HashMap<>();
        queries.lines(d).stream().filter(l -> l.type() == LineType.LINE)
                .forEach(l -> lineOf.put(l.fromPosition(), l.toPosition() != null ? l.toPosition() : l.toExternal()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (UnitSummary u : queries.units(d)) {
            Map<String, String> r = new LinkedHashMap<>();
            PositionSummary head = heads.get(u.code());
            r.put("code", u.code());
            r.put("parent", nz(u.parentCode()));
            r.put("kind", u.kind().name());
            r.put("name_fr", u.nameFr());
            r.put("name_en", u.nameEn());
            r.put("paragraphs", nz(u.paragraphs()));
            r.put("valid_from", u.validFrom().toString());
            r.put("valid_to", u.validTo() == null ? "" : u.validTo().toString());
            r.put("head_code", head == null ? "" : head.code());
            r.put("head_title_fr", head == null ? "" : head.titleFr());
            r.put("head_title_en", head == null ? "" : head.titleEn());
            r.put("head_grade", head == null ? "" : nz(head.gradeCode()));
            r.put("head_reports_to", head == null ? "" : nz(lineOf.get(head.code())));
            rows.add(r);
        }
        return rows;
    }

    public byte[] csv(List<Map<String, String>> rows) {
        return TabularFile.csv(StructureFileCheck.COLUMNS, rows);
    }

    public byte[] xlsx(List<Map<String, String>> rows) {
        return TabularFile.xlsx("structure", StructureFileCheck.COLUMNS, rows);
    }

    // ---- import ----

    public record ParsedFile(List<String> header, List<Map<String, String>> rows) { }

    public record ImportResult(int created, int updated, int rows) { }

    /** Reads a CSV or XLSX file with the platform's reader ({@link TabularFile}); unreadable → 400. */
    public ParsedFile parse(String fileName, byte[] content) {
        TabularFile.Table table = TabularFile.read(fileName, content, "file");
        return new ParsedFile(table.header(), table.rows());
    }

    /** The problems of a file, each as "row N: column" with its message key. */
    @Transactional(readOnly = true)
    public List<StructureFileCheck.Problem> check(ParsedFile file) {
        LocalDate d = LocalDate.now();
        Map<String, String> parentOf = new HashMap<>();
        queries.units(d).forEach(u -> parentOf.put(u.code(), u.parentCode()));
        Map<String, String> headOf = new HashMap<>();
        queries.headsOf(d).forEach((unit, head) -> headOf.put(unit, head.code()));
        Map<String, String> reportsTo = new HashMap<>();
        Set<String> positions = new HashSet<>();
        queries.lines(d).stream().filter(l -> l.type() == LineType.LINE)
                .forEach(l -> {
                    reportsTo.put(l.fromPosition(), l.toPosition() != null ? l.toPosition() : l.toExternal());
                    positions.add(l.fromPosition());
                    if (l.toPosition() != null) positions.add(l.toPosition());
                });
        positions.addAll(headOf.values());
        return StructureFileCheck.check(file.header(), file.rows(), new StructureFileCheck.Existing(parentOf, headOf,
                reportsTo, positions, relations.externalEntities().keySet()));
    }

    /** Throws the problems as one 400 (InvalidInputException) whose fields read "row N: column". */
    public void refuseIfProblems(List<StructureFileCheck.Problem> problems) {
        TabularFile.refuseIfAny(problems.stream()
                .map(p -> new TabularFile.CellProblem(null, p.row(), p.column(), p.messageKey(), p.args()))
                .toList());
    }

    /** Checks, then writes all rows or none; problems are thrown as one 400 with every row and column. */
    @Transactional
    public ImportResult importFile(ParsedFile file) {
        refuseIfProblems(check(file));
        Set<String> externals = relations.externalEntities().keySet();
        int created = 0;
        int updated = 0;
        List<Map<String, String>> rows = file.rows();
        for (int i : StructureFileCheck.parentsFirst(rows)) {
            Map<String, String> r = rows.get(i);
            String code = StructureFileCheck.cell(r, "code");
            LocalDate from = StructureFileCheck.cell(r, "valid_from").isEmpty() ? LocalDate.now()
                    : LocalDate.parse(StructureFileCheck.cell(r, "valid_from"));
            LocalDate to = StructureFileCheck.cell(r, "valid_to").isEmpty() ? null
                    : LocalDate.parse(StructureFileCheck.cell(r, "valid_to"));
            UnitKind kind = UnitKind.parse(StructureFileCheck.cell(r, "kind"));
            StructureEditing.UnitForm form = new StructureEditing.UnitForm(code, kind, StructureFileCheck.cell(r, "name_fr"),
                    StructureFileCheck.cell(r, "name_en"), StructureFileCheck.cell(r, "parent"),
                    StructureFileCheck.cell(r, "paragraphs"), from, to, null);
            LocalDate today = LocalDate.now();
            LocalDate at = from.isAfter(today) ? from : today;
            if (queries.unit(code, at).isPresent() || queries.unit(code, from).isPresent()) {
                editing.updateUnit(code, queries.unit(code, at).isPresent() ? at : from, form);
                updated++;
            } else {
                editing.createUnit(form);
                created++;
            }
        }
        // heads after all units exist, lines after all heads exist
        for (Map<String, String> r : rows) {
            String unit = StructureFileCheck.cell(r, "code");
            String head = StructureFileCheck.cell(r, "head_code");
            LocalDate from = StructureFileCheck.cell(r, "valid_from").isEmpty() ? LocalDate.now()
                    : LocalDate.parse(StructureFileCheck.cell(r, "valid_from"));
            String titleFr = orElse(StructureFileCheck.cell(r, "head_title_fr"), "Chef, " + StructureFileCheck.cell(r, "name_fr"));
            String titleEn = orElse(StructureFileCheck.cell(r, "head_title_en"), "Chief, " + StructureFileCheck.cell(r, "name_en"));
            LocalDate at = from.isAfter(LocalDate.now()) ? from : LocalDate.now();
            if (queries.position(head, at).isPresent()) {
                editing.updatePosition(head, at, new StructureEditing.PositionForm(head, unit, null, titleFr, titleEn,
                        StructureFileCheck.cell(r, "head_grade"), true, null, null, null, null));
            } else {
                editing.createPosition(new StructureEditing.PositionForm(head, unit, null, titleFr, titleEn,
                        StructureFileCheck.cell(r, "head_grade"), true, null, from, null, null));
            }
        }
        for (Map<String, String> r : rows) {
            String head = StructureFileCheck.cell(r, "head_code");
            String to = StructureFileCheck.cell(r, "head_reports_to");
            if (to.isEmpty()) continue;
            LocalDate from = StructureFileCheck.cell(r, "valid_from").isEmpty() ? LocalDate.now()
                    : LocalDate.parse(StructureFileCheck.cell(r, "valid_from"));
            LocalDate at = from.isAfter(LocalDate.now()) ? from : LocalDate.now();
            boolean sameAlready = queries.linesFrom(head, at).stream().anyMatch(l -> l.type() == LineType.LINE
                    && to.equals(l.toPosition() != null ? l.toPosition() : l.toExternal()));
            if (!sameAlready) editing.replaceLine(head, to, externals.contains(to), at);
        }
        return new ImportResult(created, updated, rows.size());
    }

    private static String orElse(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
