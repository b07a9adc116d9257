package org.fieldsupport.claims.deathdisability.internal;

import java.util.List;
import org.fieldsupport.claims.deathdisability.domain.DndClaim;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.search.SearchContributor;
import org.fieldsupport.platform.search.SearchEntry;
import org.fieldsupport.platform.search.SearchIndex;
import org.fieldsupport.platform.security.Scope;
import org.springframework.stereotype.Component;

/**
 * Death-and-disability claims in the platform's search: found by reference, service member, number, Member State,
 * mission, board of inquiry; by claims staff of the mission and the claim's own Member State only.
 */
@Component
class DndClaimSearch implements SearchContributor {

    private final DndClaimStore store;

    DndClaimSearch(DndClaimStore store) {
        this.store = store;
    }

    static SearchEntry entry(DndClaim c) {
        String text = String.join(" ", c.memberNumber(), c.memberState(), c.missionCode(), c.kind().name(),
                c.status().name(), c.boardOfInquiryReference() == null ? "" : c.boardOfInquiryReference());
        return new SearchEntry(DndClaimService.ENTITY, String.valueOf(c.id()), c.reference(), c.memberName(), text,
                "/claims/dnd/" + c.id(),
                List.of(SearchEntry.access(ClaimsPermissions.DND_MANAGE, Scope.mission(c.missionCode())),
                        SearchEntry.access(ClaimsPermissions.PORTAL_READ, Scope.memberState(c.memberState()))));
    }

    @Override
    public void contribute(SearchIndex index) {
        DndClaimStore.Filter all = new DndClaimStore.Filter(null, null, null, null);
        for (int page = 0; ; page++) {
            List<DndClaim> claims = store.list(all, new PageQuery(page, 500, null, null, true));
            claims.forEach(c -> index.put(entry(c)));
            if (claims.size() < 500) {
                return;
            }
        }
    }
}
