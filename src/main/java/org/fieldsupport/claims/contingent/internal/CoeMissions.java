package org.fieldsupport.claims.contingent.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fieldsupport.claims.inspection.internal.InspectionStore;
import org.fieldsupport.claims.report.domain.VerificationReport;
import org.fieldsupport.claims.report.internal.ReportLedger;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims staff's list of missions ({@code /claims/missions}): each mission whose COE page the signed-in user
 * may open ({@link CoeOverview#mayView}), with the figures of that page — contingents deployed today, their Member
 * States, overdue operational readiness inspections ({@link CoeOverview#readiness}) — and of its verification
 * reports: how many await technical review and certification, certified and outstanding amounts per currency as
 * {@link ReportLedger} reads them for the portal and the reports. No figure is computed a second way here. The
 * missions' readiness is read for all of them together, so a view costs the same few statements whatever the number
 * of contingents.
 */
@Service
public class CoeMissions {

    private final CoeOverview overview;
    private final InspectionStore store;
    private final ReportLedger ledger;
    private final ClaimsAccess access;

    CoeMissions(CoeOverview overview, InspectionStore store, ReportLedger ledger, ClaimsAccess access) {
        this.overview = overview;
        this.store = store;
        this.ledger = ledger;
        this.access = access;
    }

    /** Certified and outstanding amounts of a mission's verification reports in one currency (all periods). */
    public record Amounts(String currency, BigDecimal certified, BigDecimal outstanding) { }

    /**
     * One mission's line: contingents deployed on {@code today} and their Member States (in code order), overdue
     * operational readiness inspections, reports submitted (awaiting technical review) and technically reviewed
     * (awaiting certification), amounts per currency.
     */
    public record MissionRow(String missionCode, int contingents, List<String> memberStates, long overdue,
                             long awaitingReview, long awaitingCertification, List<Amounts> amounts) { }

    public record MissionList(LocalDate today, List<MissionRow> missions) { }

    /**
     * The missions (those with contingents) the signed-in user is claims staff of. Refused (403) to users holding no
     * claims staff permission anywhere — Member State users in particular: they have the portal.
     */
    @Transactional(readOnly = true)
    public MissionList forCurrentUser() {
        boolean staff = access.holdsAnywhere(ClaimsPermissions.VERIFICATION_READ);
        for (String permission : ClaimsAccess.STAFF) {
            staff = staff || access.holdsAnywhere(permission);
        }
        if (!staff) {
            throw new AccessDeniedException("the missions' COE list is for claims staff; Member States use the portal");
        }
        LocalDate today = overview.today();
        List<String> missions = store.missionCodes().stream().filter(overview::mayView).toList();
        if (missions.isEmpty()) {
            return new MissionList(today, List.of());
        }
        Map<String, List<ReportLedger.Entry>> reports = ledger.entries(
                        new ReportLedger.Filter(null, null, null, null, new TreeSet<>(missions))).stream()
                .collect(Collectors.groupingBy(ReportLedger.Entry::missionCode));
        Map<String, List<CoeOverview.Readiness>> readiness = overview.readiness(missions, today);
        List<MissionRow> rows = new ArrayList<>();
        for (String mission : missions) {
            List<CoeOverview.Readiness> deployed = readiness.get(mission);
            List<ReportLedger.Entry> entries = reports.getOrDefault(mission, List.of());
            Map<String, Amounts> amounts = new TreeMap<>();
            for (ReportLedger.Entry e : entries) {
                amounts.merge(e.currency(), new Amounts(e.currency(), e.certified(), e.outstanding()),
                        (a, b) -> new Amounts(a.currency(), a.certified().add(b.certified()),
                                a.outstanding().add(b.outstanding())));
            }
            rows.add(new MissionRow(mission, deployed.size(),
                    deployed.stream().map(r -> r.contingent().memberState()).distinct().sorted().toList(),
                    deployed.stream().filter(CoeOverview.Readiness::overdue).count(),
                    count(entries, VerificationReport.Status.SUBMITTED),
                    count(entries, VerificationReport.Status.TECHNICALLY_REVIEWED),
                    List.copyOf(amounts.values())));
        }
        return new MissionList(today, rows);
    }

    private static long count(List<ReportLedger.Entry> entries, VerificationReport.Status status) {
        return entries.stream().filter(e -> e.status().equals(status.name())).count();
    }
}
