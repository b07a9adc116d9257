package org.fieldsupport.frontoffice.correspondence.domain;

/**
 * Where an item stands: routed by free text and waiting for the registry clerk to confirm the unit
 * ({@code TO_CONFIRM}); with the unit that holds the matter ({@code ASSIGNED}); reply drafted by the unit;
 * reply checked by the front office; signed by the principal (outgoing reference issued); closed without reply.
 */
public enum CorrespondenceStatus {
    TO_CONFIRM, ASSIGNED, REPLY_DRAFTED, CHECKED, SIGNED, CLOSED;

    public boolean open() {
        return this != SIGNED && this != CLOSED;
    }
}
