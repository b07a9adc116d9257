package org.fieldsupport.claims.workinggroup.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.claims.rates.domain.RateFileCheck;
import org.fieldsupport.claims.rates.internal.RateEditions;
import org.fieldsupport.claims.rates.internal.RateImport;
import org.fieldsupport.claims.rates.internal.RateTables;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPlanningPermissions;
import org.fieldsupport.claims.workinggroup.domain.WorkingGroupRules;
import org.fieldsupport.claims.workinggroup.domain.WorkingGroupRules.Decision;
import org.fieldsupport.claims.workinggroup.domain.WorkingGroupRules.Kind;
import org.fieldsupport.claims.workinggroup.domain.WorkingGroupRules.Status;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.ReferenceNumbers;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The COE Working Group (7.5.d): triennial sessions, proposals from Member States and the Secretariat, decisions,
 * the COE Manual's edition of each session and, when it is adopted, the rate-table edition its adopted rate changes
 * make (through the rate import, so the edition is checked and versioned like any other). Secretariat staff hold
 * {@code claims.workinggroup.manage} (department); a Member State's delegate holds
 * {@code claims.workinggroup.propose} for its own state and sees and submits only that state's proposals.
 */
@Service
public class WorkingGroupService {

    static final String SESSION = "claims.wg-session";
    static final String PROPOSAL = "claims.wg-proposal";
    static final String MANUAL = "claims.coe-manual-edition";

    private final JdbcClient jdbc;
    private final ClaimsAccess access;
    private final ReferenceNumbers references;
    private final RateEditions editions;
    private final RateTables rates;
    private final RateImport rateImport;
    private final ApplicationEventPublisher events;

    WorkingGroupService(JdbcClient jdbc, ClaimsAccess access, ReferenceNumbers references, RateEditions editions,
                        RateTables rates, RateImport rateImport, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.references = references;
        this.editions = editions;
        this.rates = rates;
        this.rateImport = rateImport;
        this.events = events;
    }

    public record Session(long id, String code, int year, LocalDate opensOn, LocalDate closesOn, Status status,
                          String createdBy) { }

    public record Proposal(long id, long sessionId, String reference, String submitter, Kind kind, String subject,
                           String title, String rationale, BigDecimal proposedAmount, Decision decision,
                           String decisionNote, String decidedBy, OffsetDateTime decidedAt, String createdBy) { }

    public record ManualEdition(long id, String code, long sessionId, String status, LocalDate effectiveFrom,
                                String rateEdition, String adoptedBy) { }

    public record Detail(Session session, List<Proposal> proposals, ManualEdition manual, boolean mayManage) { }

    public record NewProposal(String submitter, String kind, String subject, String title, String rationale,
                              BigDecimal proposedAmount) { }

    // ------------------------------------------------------------------ sessions

    @Transactional
    public Session createSession(Integer year, LocalDate opensOn, LocalDate closesOn) {
        String user = access.require(ClaimsPlanningPermissions.WG_MANAGE, Scope.department());
        return createSessionAs(user, year, opensOn, closesOn);
    }

    @Transactional
    public Session createSessionAs(String user, Integer year, LocalDate opensOn, LocalDate closesOn) {
        FieldErrors errors = new FieldErrors();
        if (year == null || year < 1996 || year > 9999) {
            errors.add("year", "Range", "claimsplanning.wg.input.year");
        }
        if (opensOn == null) {
            errors.add("opensOn", "NotNull", "claimsplanning.wg.input.opensOn");
        }
        if (closesOn == null || (opensOn != null && closesOn.isBefore(opensOn))) {
            errors.add("closesOn", "After", "claimsplanning.wg.input.closesOn");
        }
        errors.throwIfAny();
        List<Integer> years = jdbc.sql("SELECT session_year FROM claims_wg_session").query(Integer.class).list();
        WorkingGroupRules.tooClose(year, years).ifPresent(y -> {
            throw new BusinessRuleException("claimsplanning.wg.triennial", year, y, WorkingGroupRules.CYCLE_YEARS);
        });
        String code = "COE-WG-" + year;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO claims_wg_session (code, session_year, opens_on, closes_on, status, created_by, created_at)
                VALUES (?, ?, ?, ?, 'PLANNED', ?, ?)""")
                .params(code, year, opensOn, closesOn, user, now).update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("""
                INSERT INTO claims_coe_manual_edition (code, session_id, status, created_by, created_at)
                VALUES (?, ?, 'DRAFT', ?, ?)""")
                .params("COE-MANUAL-" + year, id, user, now).update();
        events.publishEvent(DataChanged.created(SESSION, id, Map.of("code", code, "year", year,
                "opensOn", opensOn.toString(), "closesOn", closesOn.toString())));
        return session(id);
    }

    /** PLANNED → IN_SESSION → CLOSED; closing needs every proposal decided. */
    @Transactional
    public Session move(long sessionId, String to) {
        String user = access.require(ClaimsPlanningPermissions.WG_MANAGE, Scope.department());
        return moveAs(user, sessionId, to);
    }

    @Transactional
    public Session moveAs(String user, long sessionId, String to) {
        Session s = session(sessionId);
        Status target;
        try {
            target = Status.valueOf(to == null ? "" : to.trim());
        } catch (IllegalArgumentException e) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("status", "OneOf",
                    "claimsplanning.wg.input.status");
        }
        if (!WorkingGroupRules.mayMove(s.status(), target)) {
            throw new BusinessRuleException("claimsplanning.wg.move.refused", s.code(), s.status().name(), target.name());
        }
        if (target == Status.CLOSED) {
            long undecided = jdbc.sql("SELECT COUNT(*) FROM claims_wg_proposal WHERE session_id = ? AND decision IS NULL")
                    .param(sessionId).query(Long.class).single();
            if (undecided > 0) {
                throw new BusinessRuleException("claimsplanning.wg.close.undecided", s.code(), undecided);
            }
        }
        jdbc.sql("UPDATE claims_wg_session SET status = ? WHERE id = ?").params(target.name(), sessionId).update();
        events.publishEvent(DataChanged.updated(SESSION, sessionId, Map.of("status", s.status().name()),
                Map.of("status", target.name(), "by", user)));
        return session(sessionId);
    }

    // ------------------------------------------------------------------ proposals

    @Transactional
    public Proposal submit(long sessionId, NewProposal p) {
        Session s = session(sessionId);
        String submitter = p.submitter() == null ? "" : p.submitter().trim().toUpperCase(Locale.ROOT);
        String user;
        if (access.may(ClaimsPlanningPermissions.WG_MANAGE, Scope.department())) {
            user = access.require(ClaimsPlanningPermissions.WG_MANAGE, Scope.department());
        } else if (submitter.matches("[A-Z]{3}")) {
            user = access.require(ClaimsPlanningPermissions.WG_PROPOSE, Scope.memberState(submitter));
        } else {
            throw new AccessDeniedException("not allowed to submit proposals for " + submitter);
        }
        return submitAs(user, s, submitter, p);
    }

    @Transactional
    public Proposal submitAs(String user, Session s, String submitter, NewProposal p) {
        FieldErrors errors = new FieldErrors();
        if (!submitter.matches("[A-Z]{3}") && !WorkingGroupRules.SECRETARIAT.equals(submitter)) {
            errors.add("submitter", "Pattern", "claimsplanning.wg.input.submitter");
        }
        Kind kind = null;
        try {
            kind = p.kind() == null ? null : Kind.valueOf(p.kind().trim());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            errors.add("kind", "OneOf", "claimsplanning.wg.input.kind");
        }
        if (p.title() == null || p.title().isBlank() || p.title().length() > 300) {
            errors.add("title", "Size", "claimsplanning.wg.input.title");
        }
        if (p.rationale() != null && p.rationale().length() > 4000) {
            errors.add("rationale", "Size", "claimsplanning.wg.input.rationale");
        }
        String subject = p.subject() == null || p.subject().isBlank() ? null : p.subject().trim().toUpperCase(Locale.ROOT);
        if (kind != null && kind != Kind.MANUAL_CHANGE) {
            if (subject == null || subject.length() > 60) {
                errors.add("subject", "NotBlank", "claimsplanning.wg.input.subject");
            }
            if (p.proposedAmount() == null || p.proposedAmount().signum() < 0
                    || p.proposedAmount().scale() > 2 || p.proposedAmount().precision() - p.proposedAmount().scale() > 15) {
                errors.add("proposedAmount", "Money", "claimsplanning.wg.input.amount");
            }
        }
        errors.throwIfAny();
        if (s.status() == Status.CLOSED) {
            throw new BusinessRuleException("claimsplanning.wg.closed", s.code());
        }
        if (subject != null) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            boolean equipment = rates.equipmentRate(subject, today).isPresent();
            boolean category = rates.selfSustainmentRate(subject, today).isPresent();
            if (kind == Kind.RATE_REVISION && !equipment && !category) {
                throw new BusinessRuleException("claimsplanning.wg.unknownSubject", subject);
            }
            if (kind == Kind.NEW_CATEGORY && category) {
                throw new BusinessRuleException("claimsplanning.wg.categoryExists", subject);
            }
        }
        String reference = s.code() + "-P" + String.format("%03d", references.next("claims.wg-proposal", s.code()));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO claims_wg_proposal (session_id, reference, submitter, kind, subject, title, rationale,
                    proposed_amount, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), reference, submitter, kind.name(), kind == Kind.MANUAL_CHANGE ? null : subject,
                        p.title().trim(), p.rationale(), kind == Kind.MANUAL_CHANGE ? null : p.proposedAmount(), user,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        events.publishEvent(DataChanged.created(PROPOSAL, id, Map.of("reference", reference, "submitter", submitter,
                "kind", kind.name(), "title", p.title().trim())));
        return proposal(id);
    }

    /** Records the Working Group's decision on a proposal; only while the session is in session. */
    @Transactional
    public Proposal decide(long proposalId, String decision, String note) {
        String user = access.require(ClaimsPlanningPermissions.WG_MANAGE, Scope.department());
        return decideAs(user, proposalId, decision, note);
    }

    @Transactional
    public Proposal decideAs(String user, long proposalId, String decision, String note) {
        Proposal p = proposal(proposalId);
        Decision d;
        try {
            d = Decision.valueOf(decision == null ? "" : decision.trim());
        } catch (IllegalArgumentException e) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("decision", "OneOf",
                    "claimsplanning.wg.input.decision");
        }
        Session s = session(p.sessionId());
        if (s.status() != Status.IN_SESSION) {
            throw new BusinessRuleException("claimsplanning.wg.notInSession", s.code());
        }
        jdbc.sql("UPDATE claims_wg_proposal SET decision = ?, decision_note = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .params(d.name(), note, user, OffsetDateTime.now(ZoneOffset.UTC), proposalId).update();
        events.publishEvent(DataChanged.updated(PROPOSAL, proposalId,
                Map.of("decision", p.decision() == null ? "" : p.decision().name()), Map.of("decision", d.name())));
        return proposal(proposalId);
    }

    // ------------------------------------------------------------------ the COE Manual

    /**
     * Adopts the session's Manual edition (the session must be closed), effective on {@code effectiveFrom}; when
     * proposals changing rates were adopted, the next rate-table edition is recorded from the edition in force on
     * that date with those changes.
     */
    @Transactional
    public ManualEdition adoptManual(long sessionId, LocalDate effectiveFrom) {
        String user = access.require(ClaimsPlanningPermissions.WG_MANAGE, Scope.department());
        return adoptManualAs(user, sessionId, effectiveFrom);
    }

    @Transactional
    public ManualEdition adoptManualAs(String user, long sessionId, LocalDate effectiveFrom) {
        if (effectiveFrom == null || effectiveFrom.getDayOfMonth() != 1) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("effectiveFrom", "FirstOfMonth",
                    "claimsplanning.wg.input.effectiveFrom");
        }
        Session s = session(sessionId);
        ManualEdition m = manual(sessionId);
        if (s.status() != Status.CLOSED) {
            throw new BusinessRuleException("claimsplanning.wg.adopt.notClosed", s.code());
        }
        if (!"DRAFT".equals(m.status())) {
            throw new BusinessRuleException("claimsplanning.wg.adopt.already", m.code());
        }
        List<WorkingGroupRules.AdoptedChange> changes = proposals(sessionId).stream()
                .filter(p -> p.decision() == Decision.ADOPTED && p.kind() != Kind.MANUAL_CHANGE)
                .map(p -> new WorkingGroupRules.AdoptedChange(p.reference(), p.kind(), p.subject(), p.title(),
                        p.proposedAmount()))
                .toList();
        String rateEdition = null;
        if (!changes.isEmpty()) {
            RateEditions.EditionSummary base = editions.editions().stream()
                    .filter(e -> !e.effectiveFrom().isAfter(effectiveFrom))
                    .max(Comparator.comparing(RateEditions.EditionSummary::effectiveFrom))
                    .orElseThrow(() -> new BusinessRuleException("claimsplanning.wg.adopt.noBase", effectiveFrom));
            RateEditions.EditionDetail detail = editions.edition(base.code());
            WorkingGroupRules.NewTables tables = WorkingGroupRules.apply(
                    detail.equipment().stream().map(e -> new WorkingGroupRules.EquipmentRow(e.code(), e.category(),
                            e.description(), e.gfmv(), e.usefulLifeYears(), e.nfiFactor(), e.maintenanceMonthly(),
                            e.categoryFr(), e.descriptionFr())).toList(),
                    detail.selfSustainment().stream().map(c -> new WorkingGroupRules.CategoryRow(c.category(),
                            c.description(), c.perPersonPerMonth())).toList(),
                    changes);
            rateEdition = m.code() + "-RATES";
            rateImport.importAs(new RateImport.Request(new RateFileCheck.EditionHeader(rateEdition,
                    "COE rates after the " + s.code() + " Working Group (" + m.code() + ")",
                    "Taux MAC après le Groupe de travail " + s.code() + " (" + m.code() + ")",
                    effectiveFrom.toString(), base.illustrative(),
                    "COE Working Group " + s.code() + ": adopted " + String.join(", ", tables.applied())
                            + " on " + base.code()),
                    Map.of(RateFileCheck.Table.EQUIPMENT, equipmentRows(tables.equipment()),
                            RateFileCheck.Table.SELF_SUSTAINMENT, categoryRows(tables.selfSustainment()))), user);
        }
        jdbc.sql("""
                UPDATE claims_coe_manual_edition SET status = 'ADOPTED', effective_from = ?, rate_edition = ?,
                    adopted_by = ?, adopted_at = ? WHERE id = ?""")
                .params(effectiveFrom, rateEdition, user, OffsetDateTime.now(ZoneOffset.UTC), m.id()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "ADOPTED");
        after.put("effectiveFrom", effectiveFrom.toString());
        after.put("rateEdition", rateEdition == null ? "" : rateEdition);
        events.publishEvent(DataChanged.updated(MANUAL, m.id(), Map.of("status", "DRAFT"), after));
        return manual(sessionId);
    }

    private static RateFileCheck.Rows equipmentRows(List<WorkingGroupRules.EquipmentRow> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (WorkingGroupRules.EquipmentRow r : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("code", r.code());
            m.put("category", r.category());
            m.put("description", r.description());
            m.put("gfmv", r.gfmv().toPlainString());
            m.put("useful_life_years", String.valueOf(r.usefulLifeYears()));
            m.put("nfi_factor", r.nfiFactor().toPlainString());
            m.put("maintenance_monthly", r.maintenanceMonthly().toPlainString());
            m.put("category_fr", r.categoryFr() == null ? "" : r.categoryFr());
            m.put("description_fr", r.descriptionFr() == null ? "" : r.descriptionFr());
            out.add(m);
        }
        return new RateFileCheck.Rows(RateFileCheck.Table.EQUIPMENT.columns(), out);
    }

    private static RateFileCheck.Rows categoryRows(List<WorkingGroupRules.CategoryRow> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (WorkingGroupRules.CategoryRow r : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("category", r.category());
            m.put("description", r.description() == null ? "" : r.description());
            m.put("per_person_per_month", r.perPersonPerMonth().toPlainString());
            out.add(m);
        }
        return new RateFileCheck.Rows(RateFileCheck.Table.SELF_SUSTAINMENT.columns(), out);
    }

    // ------------------------------------------------------------------ reading

    /** Sessions, latest first: Secretariat staff and Member State delegates (who see their own proposals only). */
    @Transactional(readOnly = true)
    public List<Session> sessions() {
        if (!access.holdsAnywhere(ClaimsPlanningPermissions.WG_MANAGE)
                && !access.holdsAnywhere(ClaimsPlanningPermissions.WG_PROPOSE)) {
            throw new AccessDeniedException("claims.workinggroup.manage or .propose needed");
        }
        return jdbc.sql("SELECT * FROM claims_wg_session ORDER BY session_year DESC")
                .query(WorkingGroupService::sessionRow).list();
    }

    @Transactional(readOnly = true)
    public Detail detail(long sessionId) {
        Session s = session(sessionId);
        boolean manage = access.may(ClaimsPlanningPermissions.WG_MANAGE, Scope.department());
        List<Proposal> proposals = proposals(sessionId);
        if (!manage) {
            if (!access.holdsAnywhere(ClaimsPlanningPermissions.WG_PROPOSE)) {
                throw new AccessDeniedException("not allowed to read the Working Group's sessions");
            }
            proposals = proposals.stream().filter(p -> p.submitter().matches("[A-Z]{3}")
                    && access.may(ClaimsPlanningPermissions.WG_PROPOSE, Scope.memberState(p.submitter()))).toList();
        }
        return new Detail(s, proposals, manual(sessionId), manage);
    }

    /** The Member States the current user may submit for (empty for Secretariat staff, who may submit for any). */
    public List<String> statesOfDelegate() {
        return access.statesWith(ClaimsPlanningPermissions.WG_PROPOSE);
    }

    /** For the report: requires {@code claims.workinggroup.manage}. */
    @Transactional(readOnly = true)
    public Detail reportData(long sessionId) {
        access.require(ClaimsPlanningPermissions.WG_MANAGE, Scope.department());
        return new Detail(session(sessionId), proposals(sessionId), manual(sessionId), true);
    }

    public Session session(long id) {
        return jdbc.sql("SELECT * FROM claims_wg_session WHERE id = ?").param(id)
                .query(WorkingGroupService::sessionRow).optional()
                .orElseThrow(() -> new NotFoundException("wg-session", id));
    }

    public Optional<Session> sessionByCode(String code) {
        return jdbc.sql("SELECT * FROM claims_wg_session WHERE code = ?").param(code)
                .query(WorkingGroupService::sessionRow).optional();
    }

    private Proposal proposal(long id) {
        return jdbc.sql("SELECT * FROM claims_wg_proposal WHERE id = ?").param(id)
                .query(WorkingGroupService::proposalRow).optional()
                .orElseThrow(() -> new NotFoundException("wg-proposal", id));
    }

    List<Proposal> proposals(long sessionId) {
        return jdbc.sql("SELECT * FROM claims_wg_proposal WHERE session_id = ? ORDER BY id").param(sessionId)
                .query(WorkingGroupService::proposalRow).list();
    }

    private ManualEdition manual(long sessionId) {
        return jdbc.sql("SELECT * FROM claims_coe_manual_edition WHERE session_id = ?").param(sessionId)
                .query((rs, n) -> new ManualEdition(rs.getLong("id"), rs.getString("code"), rs.getLong("session_id"),
                        rs.getString("status"), rs.getObject("effective_from", LocalDate.class),
                        rs.getString("rate_edition"), rs.getString("adopted_by")))
                .single();
    }

    private static Session sessionRow(ResultSet rs, int n) throws SQLException {
        return new Session(rs.getLong("id"), rs.getString("code"), rs.getInt("session_year"),
                rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                Status.valueOf(rs.getString("status")), rs.getString("created_by"));
    }

    private static Proposal proposalRow(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        return new Proposal(rs.getLong("id"), rs.getLong("session_id"), rs.getString("reference"),
                rs.getString("submitter"), Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                rs.getString("title"), rs.getString("rationale"), rs.getBigDecimal("proposed_amount"),
                decision == null ? null : Decision.valueOf(decision), rs.getString("decision_note"),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }
}
