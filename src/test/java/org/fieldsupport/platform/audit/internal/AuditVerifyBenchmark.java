package org.fieldsupport.platform.audit.internal;

import java.util.Map;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Not part of the suite (surefire excludes *Benchmark*). Run: ./mvnw test -Dtest=AuditVerifyBenchmark -Dn=100000 */
@IntegrationTest
class AuditVerifyBenchmark {
    @Autowired AuditTrail trail;
    @Autowired AuditVerifier verifier;
    @Autowired TransactionTemplate tx;

    @Test
    void measure() {
        int n = Integer.getInteger("n", 100000); // -Dn=... (passed to the forked JVM via argLine)
        long t0 = System.nanoTime();
        for (int b = 0; b < n / 1000; b++) {
            int base = b;
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < 1000; i++) {
                    trail.record(DataChanged.updated("Measure", base + "-" + i,
                            Map.of("name", "Unit " + i, "budget", "1234.56", "status", "OPEN"),
                            Map.of("name", "Unit " + i, "budget", "2234.56", "status", "CLOSED")));
                }
            });
        }
        long t1 = System.nanoTime();
        var v = verifier.verify();
        long t2 = System.nanoTime();
        System.out.printf("MEASURE appended %d in %d ms (%.0f/s); verify %s checked %d in %d ms (%.0f/s)%n", n,
                (t1 - t0) / 1_000_000, n / ((t1 - t0) / 1e9), v.valid(), v.recordsChecked(), (t2 - t1) / 1_000_000,
                v.recordsChecked() / ((t2 - t1) / 1e9));
    }
}
