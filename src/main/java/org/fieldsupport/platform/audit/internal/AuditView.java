package org.fieldsupport.platform.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns stored records into what the viewer and the JSON list show. */
@Component
public class AuditView {

    private final JsonMapper mapper;

    public AuditView(AuditTrail trail) {
        this.mapper = trail.canonicalMapper();
    }

    /** A record as the API lists it: before/after as JSON values, not strings. */
    public record RecordJson(long id, long sequence, Instant occurredAt, String actor, String entityType,
                             String entityId, String action, JsonNode before, JsonNode after, String requestId,
                             String previousHash, String hash) { }

    /** One field of a change, for the page: its value before and after. */
    public record FieldChange(String field, String before, String after, boolean changed) { }

    /** A record as the page shows it. */
    public record RecordRow(AuditRecord record, List<FieldChange> changes) { }

    public RecordJson json(AuditRecord r) {
        return new RecordJson(r.id(), r.sequence(), r.occurredAt(), r.actor(), r.entityType(), r.entityId(),
                r.action(), parse(r.beforeJson()), parse(r.afterJson()), r.requestId(), r.previousHash(),
                r.recordHash());
    }

    public RecordRow row(AuditRecord r) {
        return new RecordRow(r, changes(parse(r.beforeJson()), parse(r.afterJson())));
    }

    /** Field by field when both sides are objects (the usual case); the whole value otherwise. */
    static List<FieldChange> changes(JsonNode before, JsonNode after) {
        List<FieldChange> changes = new ArrayList<>();
        boolean beforeObject = before == null || before.isObject();
        boolean afterObject = after == null || after.isObject();
        if (beforeObject && afterObject) {
            TreeSet<String> names = new TreeSet<>();
            if (before != null) names.addAll(before.propertyNames());
            if (after != null) names.addAll(after.propertyNames());
            for (String name : names) {
                String b = before == null ? null : text(before.get(name));
                String a = after == null ? null : text(after.get(name));
                changes.add(new FieldChange(name, b, a, !Objects.equals(b, a)));
            }
        } else {
            String b = text(before);
            String a = text(after);
            changes.add(new FieldChange("", b, a, !Objects.equals(b, a)));
        }
        return changes;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode()) return null;
        if (node.isNull()) return "null";
        return node.isValueNode() ? node.asString() : node.toString();
    }

    private JsonNode parse(String json) {
        return json == null ? null : mapper.readTree(json);
    }
}
