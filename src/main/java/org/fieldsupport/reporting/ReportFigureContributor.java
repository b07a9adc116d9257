package org.fieldsupport.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How a module offers figures to the reports and dashboards (claims outstanding, vacancy rates, conduct statistics
 * as published, budget performance...): register a bean. Reporting asks each contributor for the value of a figure
 * for the department ({@code missionCode == null}) or one mission, as of a date, and records it with the moment it
 * was taken. A contributor answers {@link Optional#empty()} for a figure or mission it has nothing to say about.
 */
public interface ReportFigureContributor {

    List<Figure> figures();

    Optional<BigDecimal> value(String key, String missionCode, LocalDate asOf);

    /**
     * @param key           unique, dotted, e.g. {@code claims.certified.amount}
     * @param labelKey      message key of the figure's name
     * @param unitOfMeasure {@code USD}, {@code PERCENT} or {@code COUNT}
     * @param perMission    whether the figure exists for one mission as well as for the department
     */
    record Figure(String key, String labelKey, String unitOfMeasure, boolean perMission) { }
}
