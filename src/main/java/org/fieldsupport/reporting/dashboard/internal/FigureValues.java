package org.fieldsupport.reporting.dashboard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldsupport.platform.ops.ReportQuery;
import org.fieldsupport.reporting.ReportFigureContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Today's value of every figure the modules contribute, for the department or one mission: the dashboards' heaviest
 * read (one or more aggregates per module), a {@link ReportQuery} — answered by the reporting replica when one is
 * configured. A figure that cannot be computed is left out (logged), the others still shown.
 */
@Component
public class FigureValues {

    private static final Logger log = LoggerFactory.getLogger(FigureValues.class);

    private final ObjectProvider<ReportFigureContributor> contributors;

    FigureValues(ObjectProvider<ReportFigureContributor> contributors) {
        this.contributors = contributors;
    }

    public record Value(ReportFigureContributor.Figure figure, BigDecimal value) { }

    @ReportQuery
    public List<Value> today(String mission, LocalDate today) {
        List<Value> values = new ArrayList<>();
        for (ReportFigureContributor c : contributors.orderedStream().toList()) {
            for (ReportFigureContributor.Figure f : c.figures()) {
                if (mission != null && !f.perMission()) continue;
                Optional<BigDecimal> value;
                try {
                    value = c.value(f.key(), mission, today);
                } catch (RuntimeException e) {
                    log.warn("Figure {} not available: {}", f.key(), e.getMessage());
                    continue;
                }
                value.ifPresent(v -> values.add(new Value(f, v)));
            }
        }
        return values;
    }
}
