package org.fieldsupport.personnel.leadership.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldsupport.personnel.leadership.domain.TalentRules;
import org.fieldsupport.personnel.leadership.domain.VacancyForecast;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outreach for senior searches (4.5.b): partners (Member States, regional organisations, UN entities, networks) with
 * their contacts, and campaigns (a strategy, a target share of women, the partners involved) with what they produced:
 * candidates of the talent pool sourced by the campaign, and nomination lists received from its Member States.
 */
@Service
public class OutreachService {

    private final JdbcClient jdbc;
    private final LeadershipAccess access;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;

    OutreachService(JdbcClient jdbc, LeadershipAccess access, ReferenceData reference, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
        this.events = events;
    }

    public record Partner(long id, String kind, String name, String countryCode, String contactName, String contactEmail,
                          String notes, long listsReceived) { }

    public record Campaign(long id, String title, String strategy, String targetLevels, int targetWomenPct,
                           LocalDate startsOn, LocalDate endsOn, List<String> partners, long candidates, long women,
                           BigDecimal womenSharePct, boolean targetMet) { }

    public List<Partner> partners() {
        access.requireManage();
        return jdbc.sql("""
                SELECT p.*, (SELECT COUNT(*) FROM lead_nomination_list l WHERE l.nominator_kind = 'MEMBER_STATE'
                                AND l.nominator_code = p.country_code AND p.kind = 'MEMBER_STATE') AS lists
                  FROM lead_partner p ORDER BY p.kind, p.name""")
                .query((rs, n) -> new Partner(rs.getLong("id"), rs.getString("kind"), rs.getString("name"),
                        rs.getString("country_code"), rs.getString("contact_name"), rs.getString("contact_email"),
                        rs.getString("notes"), rs.getLong("lists"))).list();
    }

    public record NewPartner(String kind, String name, String countryCode, String contactName, String contactEmail,
                             String notes) { }

    @Transactional
    public Partner createPartner(NewPartner in) {
        FieldErrors errors = new FieldErrors();
        if (in.kind() == null || !TalentRules.PARTNER_KINDS.contains(in.kind())) {
            Inputs.invalid(errors, "kind", "OneOf", "leadership.input.oneOf", String.join(", ", TalentRules.PARTNER_KINDS));
        }
        if (Inputs.blank(in.name())) {
            Inputs.required(errors, "name");
        } else if (in.name().length() > 200) {
            Inputs.invalid(errors, "name", "Size", "leadership.input.tooLong", 200);
        }
        if ("MEMBER_STATE".equals(in.kind()) && (in.countryCode() == null || reference.country(in.countryCode()).isEmpty())) {
            Inputs.invalid(errors, "countryCode", "UnknownCountry", "leadership.input.country", String.valueOf(in.countryCode()));
        }
        if (!Inputs.blank(in.contactEmail()) && !in.contactEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            Inputs.invalid(errors, "contactEmail", "Email", "leadership.input.email");
        }
        errors.throwIfAny();
        String user = access.requireManage();
        if (jdbc.sql("SELECT COUNT(*) FROM lead_partner WHERE name = ?").param(in.name().strip()).query(Long.class).single() > 0) {
            throw new BusinessRuleException("leadership.partner.duplicate", in.name().strip());
        }
        String country = Inputs.blank(in.countryCode()) ? null
                : reference.country(in.countryCode()).map(c -> c.alpha3()).orElse(null);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lead_partner (kind, name, country_code, contact_name, contact_email, notes, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(in.kind(), in.name().strip(), country, Inputs.strip(in.contactName()), Inputs.strip(in.contactEmail()),
                        Inputs.strip(in.notes()), user, OffsetDateTime.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        Partner p = partners().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        events.publishEvent(DataChanged.created("personnel.leadership-partner", id, p));
        return p;
    }

    public List<Campaign> campaigns() {
        access.requireManage();
        Map<Long, List<String>> partners = jdbc.sql("""
                SELECT cp.campaign_id, p.name FROM lead_campaign_partner cp JOIN lead_partner p ON p.id = cp.partner_id
                 ORDER BY p.name""")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                SELECT c.*, (SELECT COUNT(*) FROM lead_talent t WHERE t.campaign_id = c.id) AS candidates,
                       (SELECT COUNT(*) FROM lead_talent t WHERE t.campaign_id = c.id AND t.gender = 'F') AS women
                  FROM lead_campaign c ORDER BY c.starts_on DESC, c.id DESC""")
                .query((rs, n) -> {
                    long candidates = rs.getLong("candidates");
                    long women = rs.getLong("women");
                    BigDecimal share = VacancyForecast.share(women, candidates);
                    int target = rs.getInt("target_women_pct");
                    return new Campaign(rs.getLong("id"), rs.getString("title"), rs.getString("strategy"),
                            rs.getString("target_levels"), target, rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class), partners.getOrDefault(rs.getLong("id"), List.of()),
                            candidates, women, share, share != null && share.compareTo(BigDecimal.valueOf(target)) >= 0);
                }).list();
    }

    public record NewCampaign(String title, String strategy, String targetLevels, Integer targetWomenPct,
                              LocalDate startsOn, LocalDate endsOn, List<Long> partnerIds) { }

    @Transactional
    public Campaign createCampaign(NewCampaign in) {
        FieldErrors errors = new FieldErrors();
        if (Inputs.blank(in.title())) {
            Inputs.required(errors, "title");
        } else if (in.title().length() > 200) {
            Inputs.invalid(errors, "title", "Size", "leadership.input.tooLong", 200);
        }
        if (Inputs.blank(in.strategy())) {
            Inputs.required(errors, "strategy");
        } else if (in.strategy().length() > 4000) {
            Inputs.invalid(errors, "strategy", "Size", "leadership.input.tooLong", 4000);
        }
        List<String> levels = in.targetLevels() == null ? List.of()
                : List.of(in.targetLevels().split("[;,\\s]+")).stream().filter(s -> !s.isBlank()).toList();
        if (levels.isEmpty() || !TalentRules.LEVELS.containsAll(levels)) {
            Inputs.invalid(errors, "targetLevels", "OneOf", "leadership.input.oneOf", "USG, ASG");
        }
        if (in.targetWomenPct() == null || in.targetWomenPct() < 0 || in.targetWomenPct() > 100) {
            Inputs.invalid(errors, "targetWomenPct", "Range", "leadership.input.range", 0, 100);
        }
        if (in.startsOn() == null) {
            Inputs.required(errors, "startsOn");
        }
        if (in.endsOn() == null) {
            Inputs.required(errors, "endsOn");
        } else if (in.startsOn() != null && in.endsOn().isBefore(in.startsOn())) {
            Inputs.invalid(errors, "endsOn", "AfterStart", "leadership.input.dateOrder");
        }
        List<Long> partnerIds = in.partnerIds() == null ? List.of() : in.partnerIds().stream().distinct().toList();
        for (Long p : partnerIds) {
            if (p == null || jdbc.sql("SELECT COUNT(*) FROM lead_partner WHERE id = ?").param(p).query(Long.class).single() == 0) {
                Inputs.invalid(errors, "partnerIds", "Unknown", "leadership.input.unknown", String.valueOf(p));
            }
        }
        errors.throwIfAny();
        String user = access.requireManage();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lead_campaign (title, strategy, target_levels, target_women_pct, starts_on, ends_on, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(in.title().strip(), in.strategy().strip(), String.join(";", levels), in.targetWomenPct(),
                        in.startsOn(), in.endsOn(), user, OffsetDateTime.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        for (Long p : partnerIds) {
            jdbc.sql("INSERT INTO lead_campaign_partner (campaign_id, partner_id) VALUES (?, ?)").params(id, p).update();
        }
        Campaign c = campaigns().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        events.publishEvent(DataChanged.created("personnel.leadership-campaign", id, c));
        return c;
    }
}
