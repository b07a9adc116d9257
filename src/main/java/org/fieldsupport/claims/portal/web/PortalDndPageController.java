package org.fieldsupport.claims.portal.web;

import java.util.Map;
import org.fieldsupport.claims.deathdisability.domain.DndClaim;
import org.fieldsupport.claims.deathdisability.internal.DndClaimService;
import org.fieldsupport.claims.portal.internal.PortalQueries;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Member State portal: the state's death-and-disability claims, read-only (list with days open, detail with
 * its history). Only users who may read that state's portal get in; another state's claim is refused (403),
 * also for a claim id of another state reached through the URL.
 */
@Controller
class PortalDndPageController {

    private final PortalQueries portal;
    private final DndClaimService claims;
    private final Paging paging;

    PortalDndPageController(PortalQueries portal, DndClaimService claims, Paging paging) {
        this.portal = portal;
        this.claims = claims;
        this.paging = paging;
    }

    @GetMapping("/claims/portal/{iso3}/dnd")
    String list(@PathVariable String iso3, @RequestParam(required = false) Integer page, Model model) {
        String state = portal.requireState(iso3);
        PageQuery query = paging.read(page == null ? 0 : Math.max(0, page), 50, null, Map.of());
        PageResponse<DndClaim> list = claims.list(state, null, null, query);
        model.addAttribute("state", state);
        model.addAttribute("claims", list);
        model.addAttribute("today", DndClaimService.today());
        return "claims/portal/dnd-list";
    }

    @GetMapping("/claims/portal/dnd/{id}")
    String detail(@PathVariable long id, Model model) {
        DndClaim claim = claims.claim(id);
        portal.requireState(claim.memberState());   // staff with claims.dnd.manage use /claims/dnd/{id}
        model.addAttribute("claim", claim);
        model.addAttribute("today", DndClaimService.today());
        return "claims/portal/dnd-detail";
    }
}
