package org.fieldsupport.claims.portal.web;

import java.math.BigDecimal;
import java.util.List;
import org.fieldsupport.claims.portal.internal.PortalQueries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Member State portal over REST: certified / paid / outstanding per mission and period, and the state's
 * verification reports. Another state's data is refused with a 403 problem. Money as strings, two decimals.
 */
@RestController
@RequestMapping(path = "/api/v1/claims/portal/{iso3}", produces = MediaType.APPLICATION_JSON_VALUE)
class PortalApiController {

    private final PortalQueries portal;

    PortalApiController(PortalQueries portal) {
        this.portal = portal;
    }

    record SummaryJson(String memberState, List<RowJson> rows, List<TotalJson> totals) { }

    record RowJson(String missionCode, String from, String to, String currency, String certified, String paid,
                   String outstanding) { }

    record TotalJson(String currency, String certified, String paid, String outstanding) { }

    record ReportJson(long id, String reference, String missionCode, String from, String to, String currency,
                      String status, String certified, String paid, String outstanding) { }

    @GetMapping("/summary")
    SummaryJson summary(@PathVariable String iso3) {
        String state = portal.requireState(iso3);
        List<PortalQueries.SummaryRow> rows = portal.summary(state);
        return new SummaryJson(state,
                rows.stream().map(r -> new RowJson(r.missionCode(), r.from().atDay(1).toString(),
                        r.to().atEndOfMonth().toString(), r.currency(), money(r.certified()), money(r.paid()),
                        money(r.outstanding()))).toList(),
                PortalQueries.totals(rows).stream().map(t -> new TotalJson(t.currency(), money(t.certified()),
                        money(t.paid()), money(t.outstanding()))).toList());
    }

    @GetMapping("/verification-reports")
    List<ReportJson> reports(@PathVariable String iso3) {
        return portal.reports(iso3).stream().map(r -> new ReportJson(r.id(), r.reference(), r.missionCode(),
                r.from().atDay(1).toString(), r.to().atEndOfMonth().toString(), r.currency(), r.status(),
                money(r.certified()), money(r.paid()), money(r.outstanding()))).toList();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
