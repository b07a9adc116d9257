package org.fieldsupport.ict.desk.domain;

/**
 * Ticket priority from impact × urgency (ITIL matrix, 1 = high, 3 = low):
 * <pre>
 *              urgency 1  urgency 2  urgency 3
 *   impact 1      P1         P2         P3
 *   impact 2      P2         P3         P4
 *   impact 3      P3         P4         P4
 * </pre>
 */
public enum Priority {
    P1, P2, P3, P4;

    public static Priority of(int impact, int urgency) {
        if (impact < 1 || impact > 3) throw new IllegalArgumentException("impact must be 1..3: " + impact);
        if (urgency < 1 || urgency > 3) throw new IllegalArgumentException("urgency must be 1..3: " + urgency);
        int sum = impact + urgency;
        return sum <= 2 ? P1 : sum == 3 ? P2 : sum == 4 ? P3 : P4;
    }
}
