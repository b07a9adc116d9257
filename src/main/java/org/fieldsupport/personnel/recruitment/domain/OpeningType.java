package org.fieldsupport.personnel.recruitment.domain;

/**
 * The Secretariat's types of job opening: position-specific (a post vacant for a year or more), generic (to build a
 * roster; no post, no selection), recruit-from-roster (open to rostered candidates only; selection from the roster
 * without a new competition) and temporary (a post needed for less than a year).
 */
public enum OpeningType {
    POSITION_SPECIFIC, GENERIC, RECRUIT_FROM_ROSTER, TEMPORARY;

    /** Whether the opening fills a post of the staffing table (every type but generic). */
    public boolean needsPost() {
        return this != GENERIC;
    }

    /** Whether only rostered candidates may apply. */
    public boolean rosterOnly() {
        return this == RECRUIT_FROM_ROSTER;
    }

    /** Whether the opening ends with a selection (generic openings end with the roster). */
    public boolean endsWithSelection() {
        return this != GENERIC;
    }
}
