package org.fieldsupport.oversight.engagement.domain;

import java.util.Optional;

/**
 * Phases of an audit engagement, in order: announced, fieldwork, draft report, management comments (due within the
 * deadline the body sets), final report. An engagement only moves forward, one phase at a time.
 */
public enum EngagementPhase {
    ANNOUNCED, FIELDWORK, DRAFT_REPORT, MANAGEMENT_COMMENTS, FINAL;

    public Optional<EngagementPhase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
