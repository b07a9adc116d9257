package org.fieldsupport.organization.delegation;

import java.math.BigDecimal;
import java.util.Arrays;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not part of the suite (surefire excludes *Benchmark*). Latency of an authority check on the demo data:
 * a person holding a two-link chain (claims.certifier) and a position holder (chief.mcms, incumbency lookup).
 * Run: ./mvnw test -Dtest=DelegationCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@IntegrationTest
class DelegationCheckBenchmark {

    @Autowired DelegationsOfAuthority delegations;

    @Test
    void measure() {
        measure("claims.certifier (person, 2-link chain)", AuthorityCheck.forAmount("claims.certifier",
                "CLAIM_CERTIFICATION", "MINUSCA", new BigDecimal("500000"), "USD", null), false);
        measure("chief.mcms (position holder)", AuthorityCheck.forAmount("chief.mcms", "CLAIM_CERTIFICATION",
                "UNIFIL", new BigDecimal("500000"), "USD", null), false);
        measure("claims.certifier with use log", AuthorityCheck.forAmount("claims.certifier",
                "CLAIM_CERTIFICATION", "MINUSCA", new BigDecimal("500000"), "USD", null), true);
    }

    private void measure(String label, AuthorityCheck check, boolean record) {
        int warmup = 500;
        int n = 3000;
        long[] nanos = new long[n];
        for (int i = 0; i < warmup + n; i++) {
            long t0 = System.nanoTime();
            if (record) {
                delegations.checkAndRecordUse(check, "benchmark", "B-" + i);
            } else {
                delegations.check(check);
            }
            if (i >= warmup) {
                nanos[i - warmup] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("MEASURE %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d checks%n", label,
                nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6, nanos[n - 1] / 1e6, n);
    }
}
