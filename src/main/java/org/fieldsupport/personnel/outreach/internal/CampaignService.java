package org.fieldsupport.personnel.outreach.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.recruitment.internal.ApplicationService;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentAccess;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentClock;
import org.fieldsupport.personnel.recruitment.internal.RecruitmentPermissions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.ReferenceNumbers;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outreach campaigns (6.7.a, 6.7.c): a target profile (occupational group, gender, under-represented Member States),
 * the sources worked (Member States, regional organisations, peacekeeping partners, professional networks, UN
 * entities), and what they produced: applications received per campaign and source, the share of women and of
 * nationals of the target States, and how many were endorsed, rostered or selected. Counts only: no identities.
 */
@Service
public class CampaignService {

    private final JdbcClient jdbc;
    private final RecruitmentAccess access;
    private final ReferenceNumbers numbers;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final RecruitmentClock clock;

    CampaignService(JdbcClient jdbc, RecruitmentAccess access, ReferenceNumbers numbers, ReferenceData reference,
                    ApplicationEventPublisher events, RecruitmentClock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.numbers = numbers;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    public record Campaign(long id, String reference, String name, String occupationalGroup, String targetGender,
                           List<String> targetStates, List<String> sources, String partners, LocalDate startDate,
                           LocalDate endDate, int targetApplications, Results results) { }

    public record Results(long applications, long women, long fromTargetStates, BigDecimal womenPct,
                          BigDecimal targetStatesPct, BigDecimal targetReachedPct, long endorsed, long rostered,
                          long selected, List<SourceCount> bySource) { }

    public record SourceCount(String source, long applications, long women) { }

    public record NewCampaign(String name, String occupationalGroup, String targetGender, List<String> targetStates,
                              List<String> sources, String partners, LocalDate startDate, LocalDate endDate,
                              Integer targetApplications) { }

    public List<Campaign> list() {
        access.require(RecruitmentPermissions.OUTREACH, null);
        return jdbc.sql("SELECT * FROM rec_campaign ORDER BY start_date DESC, id DESC").query(this::row).list();
    }

    public Campaign get(long id) {
        access.require(RecruitmentPermissions.OUTREACH, null);
        return jdbc.sql("SELECT * FROM rec_campaign WHERE id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("recruitment.campaign", id));
    }

    Campaign row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long id = rs.getLong("id");
        List<String> states = split(rs.getString("target_states"));
        int target = rs.getInt("target_applications");
        return new Campaign(id, rs.getString("reference"), rs.getString("name"), rs.getString("occupational_group"),
                rs.getString("target_gender"), states, split(rs.getString("sources")), rs.getString("partners"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), target,
                results(id, states, target));
    }

    Results results(long campaignId, List<String> states, int target) {
        Map<String, Object> r = jdbc.sql("""
                SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN gender = 'F' THEN 1 ELSE 0 END), 0) AS women,
                  COALESCE(SUM(CASE WHEN status = 'ENDORSED' OR status = 'SELECTED' OR status = 'ROSTERED' THEN 1 ELSE 0 END), 0) AS endorsed,
                  COALESCE(SUM(CASE WHEN status = 'ROSTERED' THEN 1 ELSE 0 END), 0) AS rostered,
                  COALESCE(SUM(CASE WHEN status = 'SELECTED' THEN 1 ELSE 0 END), 0) AS selected
                FROM rec_application WHERE campaign_id = ?""").param(campaignId).query().singleRow();
        long fromStates = states.isEmpty() ? 0 : jdbc.sql(
                "SELECT COUNT(*) FROM rec_application WHERE campaign_id = :c AND member_state IN (:states)")
                .param("c", campaignId).param("states", states).query(Long.class).single();
        List<SourceCount> bySource = jdbc.sql("""
                SELECT source, COUNT(*), SUM(CASE WHEN gender = 'F' THEN 1 ELSE 0 END) FROM rec_application
                WHERE campaign_id = ? GROUP BY source ORDER BY COUNT(*) DESC, source""").param(campaignId)
                .query((rs, n) -> new SourceCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        long apps = ((Number) r.get("n")).longValue();
        long women = ((Number) r.get("women")).longValue();
        return new Results(apps, women, fromStates, pct(women, apps), pct(fromStates, apps), pct(apps, target),
                ((Number) r.get("endorsed")).longValue(), ((Number) r.get("rostered")).longValue(),
                ((Number) r.get("selected")).longValue(), bySource);
    }

    static BigDecimal pct(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }

    @Transactional
    public Campaign create(NewCampaign in) {
        return create(in, null);
    }

    @Transactional
    public Campaign create(NewCampaign in, String actor) {
        FieldErrors e = new FieldErrors();
        if (in.name() == null || in.name().isBlank()) {
            e.add("name", "Required", "recruitment.input.required");
        }
        if (in.occupationalGroup() == null || in.occupationalGroup().isBlank()) {
            e.add("occupationalGroup", "Required", "recruitment.input.required");
        }
        if (in.targetGender() != null && !in.targetGender().isBlank() && !ApplicationService.GENDERS.contains(in.targetGender())) {
            e.add("targetGender", "OneOf", "recruitment.input.gender");
        }
        List<String> states = new ArrayList<>();
        for (String s : in.targetStates() == null ? List.<String>of() : in.targetStates()) {
            if (s == null || s.isBlank()) {
                continue;
            }
            var c = reference.country(s.strip().toUpperCase(Locale.ROOT));
            if (c.isEmpty() || !c.get().unMemberState()) {
                e.add("targetStates", "MemberState", "recruitment.input.memberState", s.strip());
            } else {
                states.add(c.get().alpha3());
            }
        }
        List<String> sources = new ArrayList<>();
        for (String s : in.sources() == null ? List.<String>of() : in.sources()) {
            if (s == null || s.isBlank()) {
                continue;
            }
            if (!ApplicationService.SOURCES.contains(s.strip())) {
                e.add("sources", "OneOf", "recruitment.input.source");
            } else {
                sources.add(s.strip());
            }
        }
        if (sources.isEmpty()) {
            e.add("sources", "Required", "recruitment.input.required");
        }
        if (in.startDate() == null) {
            e.add("startDate", "Required", "recruitment.input.required");
        }
        if (in.endDate() == null) {
            e.add("endDate", "Required", "recruitment.input.required");
        } else if (in.startDate() != null && in.endDate().isBefore(in.startDate())) {
            e.add("endDate", "AfterStart", "recruitment.input.dateOrder");
        }
        if (in.targetApplications() == null || in.targetApplications() < 1) {
            e.add("targetApplications", "Min", "recruitment.input.positive");
        }
        e.throwIfAny();
        String user = actor != null ? actor : access.require(RecruitmentPermissions.OUTREACH, null);
        int year = in.startDate().getYear();
        String ref = "OUT-%d-%03d".formatted(year, numbers.next("recruitment.campaign", String.valueOf(year)));
        jdbc.sql("""
                INSERT INTO rec_campaign (reference, name, occupational_group, target_gender, target_states, sources, partners,
                    start_date, end_date, target_applications, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ref, in.name().strip(), in.occupationalGroup().strip().toUpperCase(Locale.ROOT),
                        in.targetGender() == null || in.targetGender().isBlank() ? null : in.targetGender(),
                        states.isEmpty() ? null : String.join(",", states), String.join(",", sources),
                        in.partners() == null || in.partners().isBlank() ? null : in.partners().strip(), in.startDate(),
                        in.endDate(), in.targetApplications(), user, Timestamp.from(clock.now())).update();
        long id = jdbc.sql("SELECT id FROM rec_campaign WHERE reference = ?").param(ref).query(Long.class).single();
        events.publishEvent(DataChanged.created("personnel.recruitment.campaign", id, Map.of("reference", ref)));
        return jdbc.sql("SELECT * FROM rec_campaign WHERE id = ?").param(id).query(this::row).single();
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String p : s.split(",")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    static Instant now() {
        return Instant.now();
    }
}
