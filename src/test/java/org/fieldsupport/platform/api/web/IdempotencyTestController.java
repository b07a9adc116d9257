package org.fieldsupport.platform.api.web;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.fieldsupport.platform.api.Idempotent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test-only API creating "records" in memory, so the tests can count executions. */
@RestController
@RequestMapping("/api/v1/test/idempotent")
class IdempotencyTestController {

    static final Map<Long, String> RECORDS = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    record NewRecord(String name) { }

    @Idempotent
    @PostMapping("/records")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewRecord record,
                                               @RequestParam(defaultValue = "0") long slowMillis) throws Exception {
        Thread.sleep(slowMillis);
        long id = IDS.incrementAndGet();
        RECORDS.put(id, record.name());
        return ResponseEntity.created(URI.create("/api/v1/test/idempotent/records/" + id))
                .body(Map.of("id", id, "name", record.name()));
    }

    @PostMapping("/not-annotated")
    Map<String, Object> notAnnotated(@RequestBody NewRecord record) {
        long id = IDS.incrementAndGet();
        RECORDS.put(id, record.name());
        return Map.of("id", id);
    }

    @Idempotent
    @PostMapping("/failing")
    Object failing(@RequestBody NewRecord record) {
        RECORDS.put(IDS.incrementAndGet(), record.name());
        throw new IllegalStateException("down");
    }
}
