package org.fieldsupport.conduct.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.conduct.cases.domain.AllegationCounting;
import org.fieldsupport.conduct.cases.domain.PersonnelCategory;
import org.fieldsupport.conduct.statistics.domain.Publication;
import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published statistics (CONDUCT-2026-v1): allegations of reconciled, unmerged cases reported in a year, broken down by
 * mission, category of personnel or type, with every cell of 1 or 2 suppressed. No identity data, no case
 * reference: readable by any signed-in user. Nationality appears only for uniformed personnel ({@code by=nationality}
 * counts military and police allegations only).
 */
@Service
public class StatisticsService {

    public enum By { MISSION, CATEGORY, TYPE, NATIONALITY }

    public record Cell(String key, String label, Long count, boolean suppressed) { }

    public record Table(String ruleSet, int year, String by, List<Cell> cells, Cell total) { }

    private final JdbcClient jdbc;
    private final MessageSource messages;

    StatisticsService(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public static By parseBy(String by) {
        if (by == null || by.isBlank()) {
            return By.MISSION;
        }
        try {
            return By.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            new FieldErrors().add("by", "OneOf", "conduct.input.oneOf", "mission, category, type, nationality").throwIfAny();
            return null;
        }
    }

    public static int checkYear(Integer year) {
        if (year == null) {
            return LocalDate.now().getYear();
        }
        if (year < 2007 || year > LocalDate.now().getYear()) {
            new FieldErrors().add("year", "Range", "conduct.input.year", 2007, LocalDate.now().getYear()).throwIfAny();
        }
        return year;
    }

    @Transactional(readOnly = true)
    public Table publish(int year, By by, Locale locale) {
        String column = switch (by) {
            case MISSION -> "a.mission_code";
            case CATEGORY -> "a.category";
            case TYPE -> "a.type_code";
            case NATIONALITY -> "a.contributing_country";
        };
        String where = " FROM conduct_allegation a JOIN conduct_case c ON c.id = a.case_id "
                + "WHERE a.report_year = ? AND c.reconciled = TRUE AND c.merged_into IS NULL"
                + (by == By.NATIONALITY ? " AND a.category IN ('MILITARY', 'POLICE')" : "");
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + column + ", COUNT(*)" + where + " GROUP BY " + column).param(year)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        Map<String, String> labels = new LinkedHashMap<>();
        switch (by) {
            case MISSION -> jdbc.sql("SELECT DISTINCT mission_code FROM conduct_case ORDER BY mission_code")
                    .query(String.class).list().forEach(m -> labels.put(m, m));
            case CATEGORY -> {
                for (PersonnelCategory c : PersonnelCategory.values()) {
                    labels.put(c.name(), messages.getMessage("conduct.category." + c.name(), null, c.name(), locale));
                }
            }
            case TYPE -> jdbc.sql("SELECT code, label_en, label_fr FROM conduct_misconduct_type WHERE valid_from <= ? "
                            + "AND (valid_to IS NULL OR valid_to >= ?) ORDER BY kind DESC, code")
                    .params(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1))
                    .query((rs, n) -> labels.put(rs.getString(1), "fr".equals(locale.getLanguage()) ? rs.getString(3) : rs.getString(2)))
                    .list();
            case NATIONALITY -> counts.keySet().stream().sorted().forEach(k -> labels.put(k, k));
        }
        if (by == By.TYPE) {
            // a type counted in a year before its taxonomy took effect (legacy records re-mapped) keeps its label
            jdbc.sql("SELECT code, label_en, label_fr FROM conduct_misconduct_type").query((rs, n) -> {
                if (counts.containsKey(rs.getString(1))) {
                    labels.putIfAbsent(rs.getString(1), "fr".equals(locale.getLanguage()) ? rs.getString(3) : rs.getString(2));
                }
                return null;
            }).list();
        }
        counts.keySet().forEach(k -> labels.putIfAbsent(k, k));
        List<Cell> cells = new ArrayList<>();
        for (Publication.Cell cell : Publication.cells(new ArrayList<>(labels.keySet()), counts)) {
            cells.add(new Cell(cell.key(), labels.get(cell.key()), cell.count(), cell.suppressed()));
        }
        long sum = counts.values().stream().mapToLong(Long::longValue).sum();
        Publication.Cell total = Publication.cell("TOTAL", sum);
        return new Table(AllegationCounting.RULE_SET, year, by.name().toLowerCase(Locale.ROOT), cells,
                new Cell("TOTAL", messages.getMessage("conduct.statistics.total", null, "Total", locale), total.count(),
                        total.suppressed()));
    }
}
