package org.fieldsupport.platform.audit.internal;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks the whole chain in pages of {@value #PAGE} records (memory stays flat with millions of records)
 * and reports the first record that does not hold: a gap in the sequence, a previous hash that is not
 * the preceding record's hash, a hash that does not match the content, or a chain that ends before
 * (or goes beyond) the chain head. Only records up to the head read at the start are checked, so
 * appends running meanwhile do not disturb the walk.
 */
@Service
public class AuditVerifier {

    static final int PAGE = 1000;

    private final AuditRecords records;
    private final JsonMapper canonicalMapper;

    public AuditVerifier(AuditRecords records, AuditTrail trail) {
        this.records = records;
        this.canonicalMapper = trail.canonicalMapper();
    }

    public record Verification(boolean valid, long recordsChecked, BrokenRecord firstBrokenRecord) { }

    /** {@code reason}: sequence-gap, previous-hash-mismatch, hash-mismatch, missing-records, unchained-records. */
    public record BrokenRecord(Long sequence, Long id, String reason) { }

    public Verification verify() {
        AuditTrail.ChainHead head = records.head();
        long checked = 0;
        long expectedSequence = 1;
        String previousHash = AuditHashing.GENESIS;
        List<AuditRecord> page = records.slice(0, head.lastSequence(), PAGE);
        while (!page.isEmpty()) {
            for (AuditRecord record : page) {
                checked++;
                if (record.sequence() != expectedSequence) {
                    return broken(checked, record, "sequence-gap");
                }
                if (!Objects.equals(record.previousHash(), previousHash)) {
                    return broken(checked, record, "previous-hash-mismatch");
                }
                if (!Objects.equals(AuditHashing.hash(canonicalMapper, record), record.recordHash())) {
                    return broken(checked, record, "hash-mismatch");
                }
                previousHash = record.recordHash();
                expectedSequence++;
            }
            page = records.slice(expectedSequence - 1, head.lastSequence(), PAGE);
        }
        if (expectedSequence - 1 != head.lastSequence() || !previousHash.equals(head.lastHash())) {
            return new Verification(false, checked, new BrokenRecord(expectedSequence, null, "missing-records"));
        }
        long beyond = records.countBeyond(head.lastSequence());
        if (beyond > 0 && records.head().lastSequence() == head.lastSequence()) {
            return new Verification(false, checked,
                    new BrokenRecord(head.lastSequence() + 1, null, "unchained-records"));
        }
        return new Verification(true, checked, null);
    }

    private static Verification broken(long checked, AuditRecord record, String reason) {
        return new Verification(false, checked, new BrokenRecord(record.sequence(), record.id(), reason));
    }
}
