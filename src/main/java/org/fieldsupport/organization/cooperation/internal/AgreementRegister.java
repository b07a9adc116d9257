package org.fieldsupport.organization.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldsupport.organization.MissionType;
import org.fieldsupport.organization.cooperation.domain.AgreementReview;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement register (2.4.c–e): service-level arrangements between the department (one of its units) and a
 * partner department or office — the support provided, for which mission types, from when to when, reviewed by
 * when. Every write checks its rules and publishes {@link DataChanged}.
 */
@Service
@Transactional
public class AgreementRegister {

    private final JdbcClient jdbc;
    private final CooperationParties parties;
    private final ApplicationEventPublisher events;

    AgreementRegister(JdbcClient jdbc, CooperationParties parties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.events = events;
    }

    public record Agreement(long id, String reference, String titleEn, String titleFr, String providerCode,
                            String partnerCode, String supportText, List<MissionType> missionTypes, String paragraph,
                            LocalDate validFrom, LocalDate validTo, LocalDate reviewOn, AgreementReview review,
                            long version) {
        public String title(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }

        public boolean appliesTo(MissionType type) {
            return missionTypes.isEmpty() || missionTypes.contains(type);
        }
    }

    public record AgreementForm(String reference, String titleEn, String titleFr, String providerCode,
                                String partnerCode, String supportText, List<String> missionTypes, String paragraph,
                                LocalDate validFrom, LocalDate validTo, LocalDate reviewOn, Long version) { }

    @Transactional(readOnly = true)
    public List<Agreement> list(String partner, AgreementReview review) {
        LocalDate today = LocalDate.now();
        return jdbc.sql("SELECT * FROM org_agreement ORDER BY review_on, reference").query((rs, n) -> agreement(rs, today))
                .list().stream()
                .filter(a -> partner == null || partner.isBlank() || a.partnerCode().equalsIgnoreCase(partner.strip())
                        || a.providerCode().equalsIgnoreCase(partner.strip()))
                .filter(a -> review == null || a.review() == review).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Agreement> find(long id) {
        return jdbc.sql("SELECT * FROM org_agreement WHERE id = :id").param("id", id)
                .query((rs, n) -> agreement(rs, LocalDate.now())).optional();
    }

    public Agreement get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("agreement", String.valueOf(id)));
    }

    public Agreement create(AgreementForm form) {
        Checked c = check(form, true);
        if (jdbc.sql("SELECT COUNT(*) FROM org_agreement WHERE reference = :r").param("r", c.reference())
                .query(Long.class).single() > 0) {
            throw new DuplicateKeyException("agreement " + c.reference() + " exists");
        }
        OffsetDateTime now = OffsetDateTime.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO org_agreement (reference, title_en, title_fr, provider_code, partner_code, support_text,
                    mission_types, paragraph, valid_from, valid_to, review_on, version, created_by, created_at,
                    modified_by, modified_at)
                VALUES (:ref, :en, :fr, :prov, :part, :sup, :mt, :par, :from, :to, :rev, 0, :by, :now, :by, :now)""")
                .param("ref", c.reference()).param("en", form.titleEn().strip()).param("fr", form.titleFr().strip())
                .param("prov", c.provider()).param("part", c.partner()).param("sup", form.supportText().strip())
                .param("mt", c.missionTypes()).param("par", TeamRegister.blankToNull(form.paragraph()))
                .param("from", form.validFrom()).param("to", form.validTo()).param("rev", form.reviewOn())
                .param("by", TeamRegister.by()).param("now", now).update(keys, "id");
        Agreement created = get(keys.getKeyAs(Number.class).longValue());
        events.publishEvent(DataChanged.created("organization.agreement", created.id(), created));
        return created;
    }

    /** Changes everything but the reference (the review date after a review, the end date, the support text…). */
    public Agreement update(long id, AgreementForm form) {
        Agreement before = get(id);
        if (form.version() != null && form.version() != before.version()) {
            throw new OptimisticLockingFailureException("agreement " + id + " was changed meanwhile");
        }
        Checked c = check(form, false);
        int n = jdbc.sql("""
                UPDATE org_agreement SET title_en = :en, title_fr = :fr, provider_code = :prov, partner_code = :part,
                    support_text = :sup, mission_types = :mt, paragraph = :par, valid_from = :from, valid_to = :to,
                    review_on = :rev, version = version + 1, modified_by = :by, modified_at = :now
                 WHERE id = :id AND version = :v""")
                .param("en", form.titleEn().strip()).param("fr", form.titleFr().strip())
                .param("prov", c.provider()).param("part", c.partner()).param("sup", form.supportText().strip())
                .param("mt", c.missionTypes()).param("par", TeamRegister.blankToNull(form.paragraph()))
                .param("from", form.validFrom()).param("to", form.validTo()).param("rev", form.reviewOn())
                .param("by", TeamRegister.by()).param("now", OffsetDateTime.now()).param("id", id)
                .param("v", before.version()).update();
        if (n == 0) throw new OptimisticLockingFailureException("agreement " + id + " was changed meanwhile");
        Agreement after = get(id);
        events.publishEvent(DataChanged.updated("organization.agreement", id, before, after));
        return after;
    }

    private record Checked(String reference, String provider, String partner, String missionTypes) { }

    private Checked check(AgreementForm form, boolean creating) {
        FieldErrors errors = new FieldErrors();
        String ref = form.reference() == null ? "" : form.reference().strip().toUpperCase(Locale.ROOT);
        if (creating && !ref.matches("[A-Z0-9][A-Z0-9/._-]{1,59}")) errors.add("reference", "Pattern", "org.agreement.reference.invalid");
        if (blank(form.titleEn())) errors.add("titleEn", "NotBlank", "org.field.missing");
        if (blank(form.titleFr())) errors.add("titleFr", "NotBlank", "org.field.missing");
        if (blank(form.providerCode())) errors.add("providerCode", "NotBlank", "org.field.missing");
        if (blank(form.partnerCode())) errors.add("partnerCode", "NotBlank", "org.field.missing");
        if (blank(form.supportText())) errors.add("supportText", "NotBlank", "org.field.missing");
        else if (form.supportText().length() > 2000) errors.add("supportText", "Size", "org.field.tooLong", 2000);
        if (form.validFrom() == null) errors.add("validFrom", "NotNull", "org.field.missing");
        if (form.reviewOn() == null) errors.add("reviewOn", "NotNull", "org.field.missing");
        List<String> types = new ArrayList<>();
        for (String t : form.missionTypes() == null ? List.<String>of() : form.missionTypes()) {
            if (t == null || t.isBlank()) continue;
            String v = t.strip().toUpperCase(Locale.ROOT);
            if (Arrays.stream(MissionType.values()).noneMatch(m -> m.name().equals(v))) {
                errors.add("missionTypes", "OneOf", "org.relation.missionType.invalid", t);
            } else if (!types.contains(v)) {
                types.add(v);
            }
        }
        errors.throwIfAny();
        String provider = form.providerCode().strip().toUpperCase(Locale.ROOT);
        String partner = form.partnerCode().strip().toUpperCase(Locale.ROOT);
        if (!parties.isUnit(provider)) throw new BusinessRuleException("org.agreement.provider.notUnit", provider);
        if (!parties.known(partner)) throw new BusinessRuleException("org.party.unknown", partner);
        if (provider.equals(partner)) throw new BusinessRuleException("org.relation.self", provider);
        TeamRegister.dates(form.validFrom(), form.validTo());
        if (!AgreementReview.reviewInside(form.validFrom(), form.validTo(), form.reviewOn())) {
            throw new BusinessRuleException("org.agreement.review.outside", form.reviewOn());
        }
        return new Checked(ref, provider, partner, types.isEmpty() ? null : String.join(",", types));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Agreement agreement(ResultSet rs, LocalDate today) throws SQLException {
        String types = rs.getString("mission_types");
        LocalDate reviewOn = TeamRegister.date(rs, "review_on");
        LocalDate to = TeamRegister.date(rs, "valid_to");
        return new Agreement(rs.getLong("id"), rs.getString("reference"), rs.getString("title_en"),
                rs.getString("title_fr"), rs.getString("provider_code"), rs.getString("partner_code"),
                rs.getString("support_text"), types == null || types.isBlank() ? List.of()
                : Arrays.stream(types.split(",")).map(MissionType::valueOf).toList(), rs.getString("paragraph"),
                TeamRegister.date(rs, "valid_from"), to, reviewOn, AgreementReview.on(today, reviewOn, to),
                rs.getLong("version"));
    }
}
