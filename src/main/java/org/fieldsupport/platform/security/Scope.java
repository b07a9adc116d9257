package org.fieldsupport.platform.security;

import java.util.Objects;

/**
 * Where a role assignment applies: the whole department, a unit and its subtree, one mission or one
 * Member State. {@code key} is the unit code, mission code or ISO 3166-1 alpha-3 code; it is
 * {@code null} for the department.
 */
public record Scope(ScopeType type, String key) {

    public enum ScopeType { DEPARTMENT, UNIT, MISSION, MEMBER_STATE }

    public Scope {
        Objects.requireNonNull(type, "type");
        if (type == ScopeType.DEPARTMENT) {
            key = null;
        } else if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a " + type + " scope needs a key");
        }
    }

    public static Scope department() { return new Scope(ScopeType.DEPARTMENT, null); }
    public static Scope unit(String unitCode) { return new Scope(ScopeType.UNIT, unitCode); }
    public static Scope mission(String missionCode) { return new Scope(ScopeType.MISSION, missionCode); }
    public static Scope memberState(String iso3) { return new Scope(ScopeType.MEMBER_STATE, iso3); }

    /** "DEPARTMENT", "UNIT:DFS-LSD", "MISSION:MINUSCA", "MEMBER_STATE:BGD". */
    @Override
    public String toString() {
        return key == null ? type.name() : type.name() + ":" + key;
    }

    public static Scope parse(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? new Scope(ScopeType.valueOf(text), null)
                : new Scope(ScopeType.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }
}
