package org.fieldsupport.oversight.inquiry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.oversight.inquiry.domain.BoardMembership;
import org.fieldsupport.oversight.inquiry.domain.BoardTrigger;
import org.fieldsupport.oversight.recommendations.internal.OversightAccess;
import org.fieldsupport.oversight.recommendations.internal.OversightPermissions;
import org.fieldsupport.oversight.recommendations.internal.RecommendationService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boards of inquiry (BOI-2026-v1): incidents recorded with the facts the rule reads, the rule's decision stored with
 * its id, the board convened (chair, at least two members, secretary; terms of reference) within 14 days of the final
 * investigation report, its report (internal: outside the board's readers an incident and its board do not exist)
 * with recommendations entered in the oversight register, and links by reference to the death-and-disability, COE
 * and third-party claims its findings support.
 */
@Service
public class BoardService {

    /** The wire shape of {@code trigger-check} and of an incident's facts (amounts as strings, USD). */
    public record FactsInput(Integer personnelDeathsOrSeriousInjuries,
                             Integer thirdPartyDeathsOrSeriousInjuriesWithPersonnelInvolved, Boolean kidnapping,
                             String unOwnedEquipmentLossUsd, String thirdPartyEquipmentLossWithPersonnelInvolvedUsd,
                             String coeMajorEquipmentHostileLossGfmvUsd, Boolean coeUsedByOneContingentProvidedByAnother,
                             Integer coeContingentsInvolved) { }

    public record NewIncident(String missionCode, LocalDate occurredOn, String title, LocalDate finalReportOn,
                              FactsInput facts) { }

    /** {@code reference} is optional (default {@code BOI-<mission>-<year>-<incident id>}); claims cite the board by it. */
    public record Convening(LocalDate convenedOn, String termsOfReference, List<BoardMembership.Member> members,
                            String reference) { }

    public record ClaimLink(String kind, String reference) { }

    public record BoardReport(LocalDate submittedOn, String findings, List<RecommendationService.NewRecommendation> recommendations,
                              List<ClaimLink> claims) { }

    public record Incident(long id, String reference, String missionCode, LocalDate occurredOn, String title,
                           LocalDate finalReportOn, boolean boardRequired, List<String> triggers, String ruleSet,
                           LocalDate conveningDeadline, Board board) { }

    public record Board(long id, String reference, LocalDate convenedOn, LocalDate conveningDeadline, boolean late,
                        String termsOfReference, List<BoardMembership.Member> members, LocalDate reportSubmittedOn,
                        String findings, List<ClaimLink> claims, Long reportId) { }

    private final JdbcClient jdbc;
    private final OversightAccess access;
    private final Missions missions;
    private final RecommendationService recommendations;
    private final ApplicationEventPublisher events;

    BoardService(JdbcClient jdbc, OversightAccess access, Missions missions, RecommendationService recommendations,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.recommendations = recommendations;
        this.events = events;
    }

    /** Reads and checks the facts (400 naming every bad field); {@code prefix} names nested fields. */
    public static BoardTrigger.Facts facts(FactsInput in, String prefix) {
        FieldErrors errors = new FieldErrors();
        if (in == null) {
            errors.add(prefix + "personnelDeathsOrSeriousInjuries", "NotNull", "oversight.input.required").throwIfAny();
        }
        int personnel = count(in.personnelDeathsOrSeriousInjuries(), prefix + "personnelDeathsOrSeriousInjuries", errors);
        int third = count(in.thirdPartyDeathsOrSeriousInjuriesWithPersonnelInvolved(),
                prefix + "thirdPartyDeathsOrSeriousInjuriesWithPersonnelInvolved", errors);
        int contingents = count(in.coeContingentsInvolved(), prefix + "coeContingentsInvolved", errors);
        BigDecimal un = money(in.unOwnedEquipmentLossUsd(), prefix + "unOwnedEquipmentLossUsd", errors);
        BigDecimal tp = money(in.thirdPartyEquipmentLossWithPersonnelInvolvedUsd(),
                prefix + "thirdPartyEquipmentLossWithPersonnelInvolvedUsd", errors);
        BigDecimal coe = money(in.coeMajorEquipmentHostileLossGfmvUsd(), prefix + "coeMajorEquipmentHostileLossGfmvUsd", errors);
        errors.throwIfAny();
        return new BoardTrigger.Facts(personnel, third, Boolean.TRUE.equals(in.kidnapping()), un, tp, coe,
                Boolean.TRUE.equals(in.coeUsedByOneContingentProvidedByAnother()), contingents);
    }

    private static int count(Integer v, String field, FieldErrors errors) {
        if (v == null) return 0;
        if (v < 0) errors.add(field, "PositiveOrZero", "oversight.input.positive");
        return Math.max(v, 0);
    }

    private static BigDecimal money(String v, String field, FieldErrors errors) {
        if (v == null || v.isBlank()) return BigDecimal.ZERO;
        try {
            BigDecimal amount = new BigDecimal(v.strip());
            if (amount.signum() < 0) errors.add(field, "PositiveOrZero", "oversight.input.positive");
            else if (amount.scale() > 2) errors.add(field, "Cents", "oversight.input.cents");
            return amount;
        } catch (NumberFormatException e) {
            errors.add(field, "Decimal", "oversight.input.amount");
            return BigDecimal.ZERO;
        }
    }

    public BoardTrigger.Result check(FactsInput in) {
        return BoardTrigger.check(facts(in, ""));
    }

    @Transactional
    public Incident record(NewIncident n) {
        FieldErrors errors = new FieldErrors();
        String mission = n == null || n.missionCode() == null ? "" : n.missionCode().strip().toUpperCase(Locale.ROOT);
        if (mission.isEmpty()) errors.add("missionCode", "NotBlank", "oversight.input.required");
        else if (missions.find(mission).isEmpty()) errors.add("missionCode", "UnknownMission", "oversight.input.mission");
        if (n == null || n.occurredOn() == null) errors.add("occurredOn", "NotNull", "oversight.input.required");
        else if (n.occurredOn().isAfter(RecommendationService.today())) errors.add("occurredOn", "PastOrPresent", "oversight.input.future");
        if (n == null || n.title() == null || n.title().isBlank()) errors.add("title", "NotBlank", "oversight.input.required");
        if (n != null && n.finalReportOn() != null && n.occurredOn() != null && n.finalReportOn().isBefore(n.occurredOn())) {
            errors.add("finalReportOn", "AfterIncident", "oversight.input.beforeIncident");
        }
        errors.throwIfAny();
        BoardTrigger.Facts f = facts(n.facts(), "facts.");
        access.require(OversightPermissions.BOARD_MANAGE, mission);
        BoardTrigger.Result result = BoardTrigger.check(f);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ovs_incident (reference, mission_code, occurred_on, title, personnel_casualties, third_party_casualties,
                    kidnapping, un_equipment_loss, third_party_equipment_loss, coe_hostile_loss, coe_other_contingent, coe_contingents,
                    final_report_on, board_required, triggers, rule_set, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params("P-" + java.util.UUID.randomUUID().toString().replace("-", ""), mission, n.occurredOn(), n.title().strip(),
                        f.personnelDeathsOrSeriousInjuries(), f.thirdPartyDeathsOrSeriousInjuriesWithPersonnelInvolved(),
                        f.kidnapping(), f.unOwnedEquipmentLossUsd(), f.thirdPartyEquipmentLossWithPersonnelInvolvedUsd(),
                        f.coeMajorEquipmentHostileLossGfmvUsd(), f.coeUsedByOneContingentProvidedByAnother(),
                        f.coeContingentsInvolved(), n.finalReportOn(), result.required(),
                        String.join(",", result.triggers().stream().map(Enum::name).toList()), result.ruleSet(), access.user())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE ovs_incident SET reference = ? WHERE id = ?")
                .params("INC-%s-%d-%05d".formatted(mission, n.occurredOn().getYear(), id), id).update();
        events.publishEvent(DataChanged.created("oversight.incident", id, Map.of("boardRequired", result.required())));
        return incident(id);
    }

    @Transactional
    public Incident convene(long incidentId, Convening c) {
        Incident incident = incident(incidentId);
        FieldErrors errors = new FieldErrors();
        if (c == null || c.convenedOn() == null) errors.add("convenedOn", "NotNull", "oversight.input.required");
        else if (c.convenedOn().isBefore(incident.occurredOn())) errors.add("convenedOn", "AfterIncident", "oversight.input.beforeIncident");
        if (c == null || c.termsOfReference() == null || c.termsOfReference().isBlank()) {
            errors.add("termsOfReference", "NotBlank", "oversight.input.required");
        }
        List<BoardMembership.Member> members = c == null || c.members() == null ? List.of() : c.members();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) == null || members.get(i).role() == null) errors.add("members[" + i + "].role", "NotNull", "oversight.input.required");
            else if (members.get(i).name() == null || members.get(i).name().isBlank()) errors.add("members[" + i + "].name", "NotBlank", "oversight.input.required");
        }
        errors.throwIfAny();
        access.require(OversightPermissions.BOARD_MANAGE, incident.missionCode());
        if (incident.board() != null) {
            throw new BusinessRuleException("oversight.board.refused.alreadyConvened", incident.reference());
        }
        BoardMembership.refusal(members).ifPresent(key -> { throw new BusinessRuleException(key, incident.reference()); });
        String reference = c.reference() == null || c.reference().isBlank()
                ? "BOI-" + incident.missionCode() + "-" + incident.occurredOn().getYear() + "-" + incidentId : c.reference().strip();
        if (jdbc.sql("SELECT COUNT(*) FROM ovs_board WHERE reference = ?").param(reference).query(Long.class).single() > 0
                || jdbc.sql("SELECT COUNT(*) FROM ovs_report WHERE symbol = ?").param(reference).query(Long.class).single() > 0) {
            throw InvalidInputException.of("reference", "Unique", "oversight.input.duplicate");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ovs_board (incident_id, reference, convened_on, convening_deadline, terms_of_reference, convened_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(incidentId, reference, c.convenedOn(), incident.conveningDeadline(), c.termsOfReference().strip(), access.user())
                .update(keys, "id");
        long boardId = keys.getKey().longValue();
        for (BoardMembership.Member m : members) {
            jdbc.sql("INSERT INTO ovs_board_member (board_id, role, name) VALUES (?, ?, ?)").params(boardId, m.role().name(), m.name().strip()).update();
        }
        events.publishEvent(DataChanged.created("oversight.board", boardId, Map.of("reference", reference)));
        return incident(incidentId);
    }

    /** The board's report: findings, recommendations into the register (source BOI), claim links by reference. */
    @Transactional
    public Incident report(long incidentId, BoardReport r) {
        Incident incident = incident(incidentId);
        FieldErrors errors = new FieldErrors();
        if (r == null || r.submittedOn() == null) errors.add("submittedOn", "NotNull", "oversight.input.required");
        if (r == null || r.findings() == null || r.findings().isBlank()) errors.add("findings", "NotBlank", "oversight.input.required");
        List<RecommendationService.NewRecommendation> recs = r == null || r.recommendations() == null ? List.of() : r.recommendations();
        for (int i = 0; i < recs.size(); i++) {
            RecommendationService.NewRecommendation n = recs.get(i);
            if (n == null || n.paragraph() == null || n.paragraph().isBlank()) errors.add("recommendations[" + i + "].paragraph", "NotBlank", "oversight.input.required");
            if (n == null || n.text() == null || n.text().isBlank()) errors.add("recommendations[" + i + "].text", "NotBlank", "oversight.input.required");
            if (n == null || n.responsibleUnit() == null || n.responsibleUnit().isBlank()) errors.add("recommendations[" + i + "].responsibleUnit", "NotBlank", "oversight.input.required");
            if (n != null && n.rating() != null && !List.of("CRITICAL", "IMPORTANT").contains(n.rating().strip().toUpperCase(Locale.ROOT))) {
                errors.add("recommendations[" + i + "].rating", "OneOf", "oversight.input.oneOf", "CRITICAL, IMPORTANT");
            }
        }
        List<ClaimLink> claims = r == null || r.claims() == null ? List.of() : r.claims();
        for (int i = 0; i < claims.size(); i++) {
            ClaimLink l = claims.get(i);
            if (l == null || l.kind() == null || !List.of("DND", "COE", "THIRD_PARTY").contains(l.kind().strip().toUpperCase(Locale.ROOT))) {
                errors.add("claims[" + i + "].kind", "OneOf", "oversight.input.oneOf", "DND, COE, THIRD_PARTY");
            }
            if (l == null || l.reference() == null || l.reference().isBlank()) errors.add("claims[" + i + "].reference", "NotBlank", "oversight.input.required");
        }
        errors.throwIfAny();
        access.require(OversightPermissions.BOARD_MANAGE, incident.missionCode());
        Board board = incident.board();
        if (board == null) {
            throw new BusinessRuleException("oversight.board.refused.notConvened", incident.reference());
        }
        if (board.reportSubmittedOn() != null) {
            throw new BusinessRuleException("oversight.board.refused.reported", board.reference());
        }
        if (r.submittedOn().isBefore(board.convenedOn())) {
            throw new BusinessRuleException("oversight.board.refused.reportBeforeConvening", board.reference());
        }
        jdbc.sql("UPDATE ovs_board SET report_submitted_on = ?, findings = ? WHERE id = ?").params(r.submittedOn(), r.findings().strip(), board.id()).update();
        for (ClaimLink l : claims) {
            String kind = l.kind().strip().toUpperCase(Locale.ROOT);
            if (jdbc.sql("SELECT COUNT(*) FROM ovs_board_claim WHERE board_id = ? AND claim_kind = ? AND claim_reference = ?")
                    .params(board.id(), kind, l.reference().strip()).query(Long.class).single() == 0) {
                jdbc.sql("INSERT INTO ovs_board_claim (board_id, claim_kind, claim_reference) VALUES (?, ?, ?)")
                        .params(board.id(), kind, l.reference().strip()).update();
            }
        }
        if (!recs.isEmpty()) {
            RecommendationService.Report report = recommendations.createBoardReport(board.reference(),
                    incident.title(), r.submittedOn(), incident.missionCode());
            for (RecommendationService.NewRecommendation n : recs) {
                recommendations.addBoardRecommendation(report.id(), n, incident.missionCode());
            }
        }
        events.publishEvent(DataChanged.updated("oversight.board", board.id(), null, Map.of("reported", r.submittedOn().toString())));
        return incident(incidentId);
    }

    @Transactional(readOnly = true)
    public List<Incident> list() {
        List<Object> params = new ArrayList<>();
        String where = access.missionFilter(OversightPermissions.BOARD_READ, "mission_code", params);
        return jdbc.sql("SELECT id FROM ovs_incident WHERE " + where + " ORDER BY occurred_on DESC, id DESC").params(params)
                .query(Long.class).list().stream().map(this::load).toList();
    }

    /** The incident and its board, or 404 for anyone outside the board's readers of that mission. */
    @Transactional(readOnly = true)
    public Incident incident(long id) {
        Incident incident = load(id);
        if (!access.may(OversightPermissions.BOARD_READ, incident.missionCode())) {
            throw new NotFoundException("incident", id);
        }
        return incident;
    }

    private Incident load(long id) {
        return jdbc.sql("SELECT id, reference, mission_code, occurred_on, title, final_report_on, board_required, triggers, rule_set "
                        + "FROM ovs_incident WHERE id = ?").param(id)
                .query((rs, n) -> {
                    LocalDate finalReport = rs.getObject(6, LocalDate.class);
                    String triggers = rs.getString(8);
                    LocalDate deadline = finalReport == null ? null : BoardTrigger.conveningDeadline(finalReport);
                    return new Incident(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                            rs.getString(5), finalReport, rs.getBoolean(7),
                            triggers.isEmpty() ? List.of() : Arrays.asList(triggers.split(",")), rs.getString(9), deadline,
                            null);
                }).optional().map(i -> new Incident(i.id(), i.reference(), i.missionCode(), i.occurredOn(), i.title(),
                        i.finalReportOn(), i.boardRequired(), i.triggers(), i.ruleSet(), i.conveningDeadline(), board(i.id())))
                .orElseThrow(() -> new NotFoundException("incident", id));
    }

    private Board board(long incidentId) {
        return jdbc.sql("SELECT b.id, b.reference, b.convened_on, b.convening_deadline, b.terms_of_reference, b.report_submitted_on, "
                        + "b.findings, (SELECT p.id FROM ovs_report p WHERE p.symbol = b.reference) FROM ovs_board b WHERE b.incident_id = ?")
                .param(incidentId).query((rs, n) -> {
                    long id = rs.getLong(1);
                    LocalDate convened = rs.getObject(3, LocalDate.class);
                    LocalDate deadline = rs.getObject(4, LocalDate.class);
                    return new Board(id, rs.getString(2), convened, deadline, deadline != null && convened.isAfter(deadline),
                            rs.getString(5), members(id), rs.getObject(6, LocalDate.class), rs.getString(7), claims(id),
                            (Long) rs.getObject(8, Long.class));
                }).optional().orElse(null);
    }

    private List<BoardMembership.Member> members(long boardId) {
        return jdbc.sql("SELECT role, name FROM ovs_board_member WHERE board_id = ? ORDER BY id").param(boardId)
                .query((rs, n) -> new BoardMembership.Member(BoardMembership.Role.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    private List<ClaimLink> claims(long boardId) {
        return jdbc.sql("SELECT claim_kind, claim_reference FROM ovs_board_claim WHERE board_id = ? ORDER BY claim_kind, claim_reference")
                .param(boardId).query((rs, n) -> new ClaimLink(rs.getString(1), rs.getString(2))).list();
    }
}
