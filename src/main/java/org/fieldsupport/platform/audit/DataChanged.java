package org.fieldsupport.platform.audit;

/**
 * Published (through Spring's ApplicationEventPublisher, inside the writing transaction) whenever
 * business data is created, updated or deleted. The platform's audit trail records it synchronously
 * in the same transaction, so a change and its audit record commit or roll back together; the actor
 * and request id are taken from the current request. {@code before}/{@code after} are any objects
 * Jackson can serialise (records, maps); {@code null} for the side that does not exist.
 */
public record DataChanged(String entityType, String entityId, Action action, Object before, Object after) {

    public enum Action { CREATE, UPDATE, DELETE }

    public static DataChanged created(String entityType, Object id, Object after) {
        return new DataChanged(entityType, String.valueOf(id), Action.CREATE, null, after);
    }

    public static DataChanged updated(String entityType, Object id, Object before, Object after) {
        return new DataChanged(entityType, String.valueOf(id), Action.UPDATE, before, after);
    }

    public static DataChanged deleted(String entityType, Object id, Object before) {
        return new DataChanged(entityType, String.valueOf(id), Action.DELETE, before, null);
    }
}
