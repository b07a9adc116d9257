package org.fieldsupport.organization.delegation.domain;

import java.util.Objects;

/**
 * Who gives or holds a delegation: a position (by its code, e.g. {@code DFS-MCMS-HEAD}) or a person
 * (by platform username or person index number). A delegation given to a position follows whoever
 * holds that position on the date of use.
 */
public record Party(Kind kind, String key) {

    public enum Kind { POSITION, PERSON }

    public Party {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a party needs a key");
        }
        // positions are codes (upper case), persons are usernames or index numbers (lower case):
        // normalised so that matching is exact in memory and in SQL
        key = kind == Kind.POSITION ? key.strip().toUpperCase(java.util.Locale.ROOT)
                : key.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static Party position(String code) { return new Party(Kind.POSITION, code); }

    public static Party person(String person) { return new Party(Kind.PERSON, person); }

    public boolean isPosition() { return kind == Kind.POSITION; }

    public boolean sameAs(Party other) {
        return equals(other);
    }

    @Override
    public String toString() { return kind.name().toLowerCase() + ":" + key; }
}
