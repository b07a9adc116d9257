package org.fieldsupport.reporting.dashboard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fieldsupport.claims.VerificationReportCertified;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.UnitSummary;
import org.fieldsupport.reporting.ReportFigureContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Figures reporting reads itself from the modules' APIs until they contribute their own: from the organisation,
 * missions in mandate and the vacancy rate of positions (headquarters units for the department, the support
 * leadership positions for a mission); from claims, the amounts certified on verification reports, tallied from
 * {@link VerificationReportCertified} events.
 */
@Component
class ModuleFigures implements ReportFigureContributor {

    static final String MISSIONS = "organization.missions.active";
    static final String VACANCY = "organization.positions.vacancyRate";
    static final String CERTIFIED = "claims.certified.amount";
    static final String CERTIFIED_COUNT = "claims.certified.reports";

    private final Missions missions;
    private final OrganizationStructure structure;
    private final JdbcClient jdbc;

    ModuleFigures(Missions missions, OrganizationStructure structure, JdbcClient jdbc) {
        this.missions = missions;
        this.structure = structure;
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures() {
        return List.of(new Figure(MISSIONS, "reporting.figure.missions", "COUNT", false),
                new Figure(VACANCY, "reporting.figure.vacancy", "PERCENT", true),
                new Figure(CERTIFIED, "reporting.figure.certified", "USD", true),
                new Figure(CERTIFIED_COUNT, "reporting.figure.certifiedCount", "COUNT", true));
    }

    @Override
    public Optional<BigDecimal> value(String key, String missionCode, LocalDate asOf) {
        return switch (key) {
            case MISSIONS -> missionCode == null ? Optional.of(BigDecimal.valueOf(missions.all(asOf).size())) : Optional.empty();
            case VACANCY -> vacancyRate(missionCode, asOf);
            case CERTIFIED -> Optional.of(certified("SUM(amount)", missionCode));
            case CERTIFIED_COUNT -> Optional.of(certified("COUNT(*)", missionCode));
            default -> Optional.empty();
        };
    }

    private Optional<BigDecimal> vacancyRate(String missionCode, LocalDate asOf) {
        List<PositionSummary> positions;
        if (missionCode == null) {
            positions = structure.units(asOf).stream().map(UnitSummary::code)
                    .flatMap(u -> structure.positionsOf(u, asOf).stream()).toList();
        } else {
            positions = missions.supportPositions(missionCode, asOf);
        }
        if (positions.isEmpty()) return Optional.empty();
        long vacant = positions.stream().filter(PositionSummary::vacant).count();
        return Optional.of(BigDecimal.valueOf(vacant * 100L).divide(BigDecimal.valueOf(positions.size()), 1, RoundingMode.HALF_EVEN));
    }

    private BigDecimal certified(String aggregate, String missionCode) {
        BigDecimal v = missionCode == null
                ? jdbc.sql("SELECT " + aggregate + " FROM rp_claims_certified").query(BigDecimal.class).single()
                : jdbc.sql("SELECT " + aggregate + " FROM rp_claims_certified WHERE mission_code = ?").param(missionCode)
                        .query(BigDecimal.class).single();
        return v == null ? BigDecimal.ZERO : v;
    }

    /** Tallies a certified verification report (once per report). */
    @ApplicationModuleListener
    void on(VerificationReportCertified e) {
        if (jdbc.sql("SELECT COUNT(*) FROM rp_claims_certified WHERE report_id = ?").param(e.reportId()).query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO rp_claims_certified (report_id, mission_code, amount, currency, certified_at) VALUES (?, ?, ?, ?, ?)")
                    .params(e.reportId(), e.missionCode(), e.amount(), e.currency(),
                            java.time.OffsetDateTime.ofInstant(e.certifiedAt(), java.time.ZoneOffset.UTC)).update();
        }
    }
}
