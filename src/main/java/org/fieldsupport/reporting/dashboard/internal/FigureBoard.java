package org.fieldsupport.reporting.dashboard.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.reporting.ReportFigureContributor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of the dashboards: today's value of every contributed figure for the department or a mission, kept
 * as one snapshot a day so that the trend of each figure can be drawn from the snapshots taken so far.
 */
@Service
public class FigureBoard {

    public static final String DEPARTMENT = "DEPARTMENT";

    private final FigureValues figureValues;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;

    FigureBoard(FigureValues figureValues, JdbcClient jdbc, ObjectProvider<Clock> clock,
                PlatformTransactionManager transactions) {
        this.figureValues = figureValues;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.transactions = new TransactionTemplate(transactions);
    }

    public record Point(LocalDate asOf, BigDecimal value) { }

    public record Tile(String key, String labelKey, String unitOfMeasure, BigDecimal value, LocalDate asOf, List<Point> trend) {
        /** Bar heights 0..100 for the trend chart. */
        public List<Integer> bars() {
            BigDecimal max = trend.stream().map(Point::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            if (max.signum() <= 0) return trend.stream().map(p -> 0).toList();
            return trend.stream().map(p -> p.value().multiply(BigDecimal.valueOf(100))
                    .divide(max, 0, java.math.RoundingMode.HALF_EVEN).intValue()).toList();
        }
    }

    /**
     * Today's tiles for the department ({@code mission == null}) or one mission; records today's snapshot. The figures
     * are computed by {@link FigureValues} (a report read, answered by the reporting replica when one is configured),
     * then today's snapshots are written and the trends read on the primary.
     */
    public List<Tile> tiles(String mission) {
        LocalDate today = LocalDate.now(clock);
        String scope = mission == null ? DEPARTMENT : mission;
        List<FigureValues.Value> values = figureValues.today(mission, today);
        return transactions.execute(status -> {
            List<Tile> tiles = new ArrayList<>();
            for (FigureValues.Value v : values) {
                ReportFigureContributor.Figure f = v.figure();
                snapshot(f.key(), scope, today, v.value());
                tiles.add(new Tile(f.key(), f.labelKey(), f.unitOfMeasure(), v.value(), today, trend(f.key(), scope)));
            }
            return tiles;
        });
    }

    private void snapshot(String key, String scope, LocalDate day, BigDecimal value) {
        int updated = jdbc.sql("UPDATE rp_figure_snapshot SET figure_value = ?, taken_at = ? WHERE figure_key = ?"
                        + " AND mission_code = ? AND as_of = ?")
                .params(value, OffsetDateTime.now(clock), key, scope, day).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO rp_figure_snapshot (figure_key, mission_code, as_of, figure_value, taken_at) VALUES (?, ?, ?, ?, ?)")
                    .params(key, scope, day, value, OffsetDateTime.now(clock)).update();
        }
    }

    private List<Point> trend(String key, String scope) {
        List<Point> points = new ArrayList<>(jdbc.sql("SELECT as_of, figure_value FROM rp_figure_snapshot WHERE figure_key = ?"
                        + " AND mission_code = ? ORDER BY as_of DESC LIMIT 12").params(key, scope)
                .query((rs, n) -> new Point(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2))).list());
        java.util.Collections.reverse(points);
        return points;
    }
}
