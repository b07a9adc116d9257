package org.fieldsupport.platform.ops.internal;

/**
 * The request of a report read for the replica, per thread and for one connection: set just before the report's
 * read-only transaction begins, taken (and cleared) by the routing data source when that transaction asks for its
 * connection, so any other connection the report's code opens later (a {@code REQUIRES_NEW} write) is the primary's.
 */
final class ReplicaRouting {

    private static final ThreadLocal<Boolean> NEXT_FROM_REPLICA = new ThreadLocal<>();

    private ReplicaRouting() { }

    static void nextConnectionFromReplica() {
        NEXT_FROM_REPLICA.set(Boolean.TRUE);
    }

    /** Whether the connection asked for now should come from the replica (and forget the request). */
    static boolean take() {
        boolean replica = NEXT_FROM_REPLICA.get() != null;
        NEXT_FROM_REPLICA.remove();
        return replica;
    }

    static void clear() {
        NEXT_FROM_REPLICA.remove();
    }
}
