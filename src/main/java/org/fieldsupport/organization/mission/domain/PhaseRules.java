package org.fieldsupport.organization.mission.domain;

import java.time.LocalDate;
import org.fieldsupport.organization.MissionPhase;

/**
 * How a mission moves through its life cycle (8.5.d): forward only (start-up → full operating capacity →
 * transition → liquidation → closed; a phase may be skipped), never before the last change, never out of
 * CLOSED.
 */
public final class PhaseRules {

    private PhaseRules() { }

    public sealed interface Decision permits Allowed, Refused { }

    public record Allowed() implements Decision { }

    /** {@code reasonKey} is a message key; {@code args} fill it. */
    public record Refused(String reasonKey, Object... args) implements Decision { }

    public static Decision change(MissionPhase current, LocalDate lastChange, MissionPhase next, LocalDate effectiveOn) {
        if (next == null || effectiveOn == null) return new Refused("org.mission.phase.refused.missing");
        if (current == MissionPhase.CLOSED) return new Refused("org.mission.phase.refused.closed");
        if (next == current) return new Refused("org.mission.phase.refused.same", next.name());
        if (next.ordinal() < current.ordinal()) {
            return new Refused("org.mission.phase.refused.backwards", current.name(), next.name());
        }
        if (lastChange != null && effectiveOn.isBefore(lastChange)) {
            return new Refused("org.mission.phase.refused.before-last", lastChange.toString());
        }
        return new Allowed();
    }
}
