package org.fieldsupport.organization;

/** Kinds of organisational unit named by the bulletin, from the widest to the narrowest. */
public enum UnitKind {
    DEPARTMENT, OFFICE, FRONT_OFFICE, DIVISION, SERVICE, SECTION, UNIT, TEAM;

    /** "front-office" (as in the bulletin's tables) or "FRONT_OFFICE". */
    public static UnitKind parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
