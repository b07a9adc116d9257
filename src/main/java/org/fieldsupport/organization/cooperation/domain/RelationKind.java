package org.fieldsupport.organization.cooperation.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The relations the bulletin states between the department, its units and other departments, with which side
 * leads: for "DFS takes instructions from DPKO" DPKO leads and DFS supports; for "DFS-FCITOS operates the
 * teleport" the operator leads; coordination and shared units are between peers.
 */
public enum RelationKind {
    REPORTS_TO(Lead.TO), TAKES_INSTRUCTIONS_FROM(Lead.TO), CONFORMS_TO(Lead.TO), PARTICIPATES_IN(Lead.TO),
    HEADS(Lead.FROM), OPERATES(Lead.FROM), SUPPORTS(Lead.TO), ASSIGNS_SPECIALISTS_TO(Lead.TO),
    COORDINATES_WITH(Lead.NONE), SHARED_WITH(Lead.NONE);

    /** Which side of "from — relation — to" leads. */
    public enum Lead { FROM, TO, NONE }

    private final Lead lead;

    RelationKind(Lead lead) {
        this.lead = lead;
    }

    public Lead lead() {
        return lead;
    }

    /** As stored and on the wire: {@code takes_instructions_from}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RelationKind> parse(String code) {
        if (code == null) return Optional.empty();
        String c = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(c)).findFirst();
    }

    /** The leading party's code for a relation from {@code from} to {@code to}; null between peers. */
    public String leader(String from, String to) {
        return lead == Lead.FROM ? from : lead == Lead.TO ? to : null;
    }

    /** The supporting party's code; null between peers. */
    public String supporter(String from, String to) {
        return lead == Lead.FROM ? to : lead == Lead.TO ? from : null;
    }
}
