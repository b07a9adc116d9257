package org.fieldsupport.claims.portal.web;

import java.util.List;
import java.util.Locale;
import org.fieldsupport.claims.Claims;
import org.fieldsupport.claims.deathdisability.internal.DndClaimService;
import org.fieldsupport.claims.portal.internal.PortalQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Member State portal screens: the state's MOUs and amounts per mission and period, a report's lines with
 * explanations and flags, and the statement downloads (XLSX, PDF).
 */
@Controller
class PortalPageController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PortalQueries portal;
    private final PortalStatements statements;
    private final Claims claims;
    private final DndClaimService dndClaims;

    PortalPageController(PortalQueries portal, PortalStatements statements, Claims claims, DndClaimService dndClaims) {
        this.dndClaims = dndClaims;
        this.portal = portal;
        this.statements = statements;
        this.claims = claims;
    }

    @GetMapping("/claims/portal")
    String home(@RequestParam(name = "state", required = false) String state, Model model) {
        List<String> states = portal.selectableStates();
        if (states.isEmpty()) {
            throw new AccessDeniedException("no Member State to show");
        }
        String chosen = state == null || state.isBlank() ? states.get(0) : portal.requireState(state);
        return view(chosen, states, model);
    }

    @GetMapping("/claims/portal/{iso3}")
    String state(@PathVariable String iso3, Model model) {
        return view(portal.requireState(iso3), portal.selectableStates(), model);
    }

    private String view(String state, List<String> states, Model model) {
        List<PortalQueries.SummaryRow> summary = portal.summary(state);
        model.addAttribute("state", state);
        model.addAttribute("states", states);
        model.addAttribute("contingents", portal.contingents(state));
        model.addAttribute("reports", portal.reports(state));
        model.addAttribute("summary", summary);
        model.addAttribute("totals", PortalQueries.totals(summary));
        long[] dnd = dndClaims.openAndClosed(state);
        model.addAttribute("dndOpen", dnd[0]);
        model.addAttribute("dndClosed", dnd[1]);
        return "claims/portal/index";
    }

    @GetMapping("/claims/portal/reports/{id}")
    String report(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("report", claims.report(id, locale));
        return "claims/portal/report";
    }

    @GetMapping("/claims/portal/{iso3}/statement.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String iso3, Locale locale) {
        String state = portal.requireState(iso3);
        return download(statements.xlsx(state, portal.summary(state), locale), XLSX, state, "xlsx");
    }

    @GetMapping("/claims/portal/{iso3}/statement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String iso3, Locale locale) {
        String state = portal.requireState(iso3);
        return download(statements.pdf(state, portal.summary(state), locale), MediaType.APPLICATION_PDF, state, "pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String state, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("coe-statement-" + state + "." + extension).build().toString())
                .body(body);
    }
}
