package org.fieldsupport.organization;

/** Life-cycle phase of a mission (8.5.d: start-up, expansion, drawdown, liquidation). */
public enum MissionPhase {
    START_UP, FULL_OPERATING_CAPACITY, TRANSITION, LIQUIDATION, CLOSED
}
