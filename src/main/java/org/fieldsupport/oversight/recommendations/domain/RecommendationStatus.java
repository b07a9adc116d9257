package org.fieldsupport.oversight.recommendations.domain;

/** Statuses of an oversight recommendation; OPEN and IN_PROGRESS can be past due. */
public enum RecommendationStatus {
    OPEN, IN_PROGRESS, IMPLEMENTED, CLOSED, NOT_IMPLEMENTED, OVERTAKEN_BY_EVENTS;

    public boolean active() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public boolean finished() {
        return this == CLOSED || this == NOT_IMPLEMENTED || this == OVERTAKEN_BY_EVENTS;
    }
}
