package org.fieldsupport.frontoffice.liaison.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules of the liaison registers (2.1.h, 3.3.d–e, 3.5.b/d, 4.3.f–i, 5.5.c): partner kinds, the moves of a
 * negotiation and of a press request, and when a query is overdue.
 */
public final class LiaisonRules {

    public enum PartnerKind { PERMANENT_MISSION, REGIONAL_ORGANIZATION, AGENCY_FUND_PROGRAMME, NGO, SECRETARIAT_ENTITY, OTHER }

    public enum NegotiationStatus { OPEN, IN_PROGRESS, AGREED, SUSPENDED, CLOSED }

    public enum PressStatus { RECEIVED, WITH_PUBLIC_AFFAIRS, ANSWERED, DECLINED }

    /** Queries: from a Member State (3.5.b), a Secretariat service (3.3.e), on budget and resources with DM (4.3.i), on a mission support problem (4.3.f). */
    public enum QueryKind { MEMBER_STATE, SECRETARIAT, BUDGET_RESOURCES, MISSION_ISSUE }

    private static final Map<NegotiationStatus, Set<NegotiationStatus>> NEGOTIATION = Map.of(
            NegotiationStatus.OPEN, Set.of(NegotiationStatus.IN_PROGRESS, NegotiationStatus.SUSPENDED, NegotiationStatus.CLOSED, NegotiationStatus.OPEN),
            NegotiationStatus.IN_PROGRESS, Set.of(NegotiationStatus.IN_PROGRESS, NegotiationStatus.AGREED, NegotiationStatus.SUSPENDED, NegotiationStatus.CLOSED),
            NegotiationStatus.SUSPENDED, Set.of(NegotiationStatus.IN_PROGRESS, NegotiationStatus.CLOSED, NegotiationStatus.SUSPENDED),
            NegotiationStatus.AGREED, Set.of(),
            NegotiationStatus.CLOSED, Set.of());

    private static final Map<PressStatus, Set<PressStatus>> PRESS = Map.of(
            PressStatus.RECEIVED, Set.of(PressStatus.WITH_PUBLIC_AFFAIRS, PressStatus.DECLINED),
            PressStatus.WITH_PUBLIC_AFFAIRS, Set.of(PressStatus.ANSWERED, PressStatus.DECLINED),
            PressStatus.ANSWERED, Set.of(),
            PressStatus.DECLINED, Set.of());

    private LiaisonRules() { }

    /** A permanent mission is a Member State's: it needs the country. */
    public static boolean needsCountry(PartnerKind kind) {
        return kind == PartnerKind.PERMANENT_MISSION;
    }

    public static Optional<String> negotiationMove(NegotiationStatus from, NegotiationStatus to) {
        return NEGOTIATION.get(from).contains(to) ? Optional.empty() : Optional.of("frontoffice.negotiation.moveRefused");
    }

    /** Press requests go through the public affairs contact before an answer; an answer needs its text. */
    public static Optional<String> pressMove(PressStatus from, PressStatus to, String response) {
        if (!PRESS.get(from).contains(to)) return Optional.of("frontoffice.press.moveRefused");
        if (to == PressStatus.ANSWERED && (response == null || response.isBlank())) {
            return Optional.of("frontoffice.press.responseRequired");
        }
        return Optional.empty();
    }

    public static boolean queryOverdue(LocalDate deadline, LocalDate answeredOn, LocalDate today) {
        return answeredOn == null && deadline.isBefore(today);
    }
}
