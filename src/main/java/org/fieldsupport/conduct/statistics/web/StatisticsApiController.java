package org.fieldsupport.conduct.statistics.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.conduct.statistics.internal.StatisticsService;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.TabularFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published statistics (CONDUCT-2026-v1): {@code GET /api/v1/conduct/statistics?year=Y&by=mission|category|type}
 * — cells of 1 or 2 read {@code {"count": null, "suppressed": true}}. And the export for the reports to the General
 * Assembly and its committees (every breakdown of the year, suppressed the same way), CSV or XLSX.
 */
@RestController
@RequestMapping(path = "/api/v1/conduct/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
class StatisticsApiController {

    private final StatisticsService statistics;

    StatisticsApiController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    StatisticsService.Table table(@RequestParam(required = false) Integer year, @RequestParam(required = false) String by,
                                  Locale locale) {
        return statistics.publish(StatisticsService.checkYear(year), StatisticsService.parseBy(by), locale);
    }

    @GetMapping(path = "/export", produces = {"text/csv", TabularFile.XLSX_CONTENT_TYPE})
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
                                  @RequestParam(required = false, defaultValue = "csv") String format, Locale locale) {
        int y = StatisticsService.checkYear(year);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            new FieldErrors().add("format", "OneOf", "conduct.input.oneOf", "csv, xlsx").throwIfAny();
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (StatisticsService.By by : StatisticsService.By.values()) {
            StatisticsService.Table table = statistics.publish(y, by, locale);
            List<StatisticsService.Cell> cells = new ArrayList<>(table.cells());
            cells.add(table.total());
            for (StatisticsService.Cell cell : cells) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("rule_set", table.ruleSet());
                row.put("year", String.valueOf(y));
                row.put("breakdown", table.by());
                row.put("key", cell.key());
                row.put("label", cell.label());
                row.put("count", cell.suppressed() ? "" : String.valueOf(cell.count()));
                row.put("suppressed", String.valueOf(cell.suppressed()));
                rows.add(row);
            }
        }
        List<String> columns = List.of("rule_set", "year", "breakdown", "key", "label", "count", "suppressed");
        boolean xlsx = format.equals("xlsx");
        byte[] body = xlsx ? TabularFile.xlsx("statistics " + y, columns, rows) : TabularFile.csv(columns, rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"conduct-statistics-" + y + (xlsx ? ".xlsx\"" : ".csv\""))
                .contentType(xlsx ? MediaType.parseMediaType(TabularFile.XLSX_CONTENT_TYPE) : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }
}
