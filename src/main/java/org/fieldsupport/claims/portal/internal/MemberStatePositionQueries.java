package org.fieldsupport.claims.portal.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.claims.MemberStatePositions;
import org.fieldsupport.claims.deathdisability.domain.DndClaim;
import org.fieldsupport.claims.deathdisability.internal.DndClaimStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link MemberStatePositions} from the portal's read side (the shared ledger) and the D&amp;D claims store. */
@Component
class MemberStatePositionQueries implements MemberStatePositions {

    /** Reports not yet certified: still on their way through the mission, HQ review and certification. */
    static final Set<String> PIPELINE = Set.of("COMPUTED", "SUBMITTED", "TECHNICALLY_REVIEWED");

    private final PortalQueries portal;
    private final DndClaimStore claims;

    MemberStatePositionQueries(PortalQueries portal, DndClaimStore claims) {
        this.portal = portal;
        this.claims = claims;
    }

    @Override
    @Transactional(readOnly = true)
    public Position position(String iso3) {
        String state = portal.requireState(iso3);
        List<Amounts> amounts = PortalQueries.totals(portal.summary(state)).stream()
                .map(t -> new Amounts(t.currency(), t.certified(), t.paid(), t.outstanding())).toList();
        List<PipelineReport> pipeline = portal.reports(state).stream()
                .filter(r -> PIPELINE.contains(r.status()))
                .map(r -> new PipelineReport(r.id(), r.reference(), r.missionCode(), r.from(), r.to(), r.status()))
                .toList();
        long open = 0;
        for (DndClaim.Status status : DndClaim.Status.values()) {
            if (!status.closed()) {
                open += claims.count(new DndClaimStore.Filter(state, null, status, null));
            }
        }
        long questions = claims.count(new DndClaimStore.Filter(state, null, DndClaim.Status.INFORMATION_REQUESTED, null));
        return new Position(state, amounts, pipeline, open, questions);
    }
}
