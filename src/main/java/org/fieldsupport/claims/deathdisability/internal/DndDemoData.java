package org.fieldsupport.claims.deathdisability.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.fieldsupport.claims.mou.internal.ClaimsDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo death-and-disability claims (only when {@code fsp.demo-data} is on; after the claims demo users): one per
 * demo contributing country, in various states, one open for more than 90 days. Fictitious names. Idempotent:
 * recognised by the demo board-of-inquiry references.
 */
@Component
@Order(310)
class DndDemoData implements ApplicationRunner {

    static final String OFFICER = "claims.certifier";
    /** Records the payments (TREASURY_OFFICER, created by the claims demo loader). */
    static final String TREASURY = "treasury.officer";
    private static final Logger log = LoggerFactory.getLogger(DndDemoData.class);

    private final Environment environment;
    private final DndClaimService claims;
    private final DndClaimStore store;

    DndDemoData(Environment environment, DndClaimService claims, DndClaimStore store) {
        this.environment = environment;
        this.claims = claims;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!ClaimsDemoData.enabled(environment) || store.boardReferenceExists("DEMO-BOI-BGD-1")) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            as(() -> {
                // open since July: over the 90-day target
                claims.receiveAs(OFFICER, claim("BGD", "MINUSCA", "Demo Member A", "BA-DEMO-101",
                        LocalDate.of(2026, 6, 3), "DEATH", null, LocalDate.of(2026, 7, 10)));
                long rwa = claims.receiveAs(OFFICER, claim("RWA", "MINUSCA", "Demo Member B", "RDF-DEMO-202",
                        LocalDate.of(2026, 8, 12), "DISABILITY", 35, LocalDate.of(2026, 9, 1))).id();
                claims.certify(rwa);
                long ind = claims.receiveAs(OFFICER, claim("IND", "UNMISS", "Demo Member C", "IA-DEMO-303",
                        LocalDate.of(2026, 5, 20), "DISABILITY", 60, LocalDate.of(2026, 6, 15))).id();
                claims.certify(ind);
                // treasury pays, not the certifier (segregation of duties)
                asUser(TREASURY, () -> claims.pay(ind, claims.claim(ind).certifiedAmount(), DndClaimService.today(),
                        "PAY-DEMO-DND-0001"));
                long npl = claims.receiveAs(OFFICER, claim("NPL", "UNMISS", "Demo Member D", "NA-DEMO-404",
                        LocalDate.of(2026, 9, 28), "DISABILITY", 10, LocalDate.of(2026, 10, 5))).id();
                claims.requestInformation(npl, "Medical board assessment of the impairment missing");
                long gha = claims.receiveAs(OFFICER, claim("GHA", "UNIFIL", "Demo Member E", "GAF-DEMO-505",
                        LocalDate.of(2026, 8, 30), "DEATH", null, LocalDate.of(2026, 9, 20))).id();
                claims.reject(gha, "Board of inquiry: death not attributable to service (demo)");
                return null;
            });
            log.info("Death and disability demo claims loaded");
        } catch (RuntimeException e) {
            log.warn("Death and disability demo claims not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private static DndClaimService.NewClaim claim(String state, String mission, String name, String number,
                                                  LocalDate incident, String kind, Integer impairment,
                                                  LocalDate received) {
        return new DndClaimService.NewClaim(state, mission, name, number, incident, kind, impairment,
                "DEMO-BOI-" + state + "-1", received);
    }

    /** Runs as {@code username}, then back as the officer. */
    private <T> T asUser(String username, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(OFFICER, null, List.of()));
        }
    }

    private <T> T as(Supplier<T> action) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(OFFICER, null, List.of()));
        return action.get();
    }
}
