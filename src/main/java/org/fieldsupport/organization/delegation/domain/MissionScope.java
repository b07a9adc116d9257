package org.fieldsupport.organization.delegation.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Where a delegation may be exercised: every mission, or a named set of missions (by mission code). */
public record MissionScope(boolean allMissions, Set<String> missions) {

    public MissionScope {
        TreeSet<String> codes = new TreeSet<>();
        if (!allMissions && missions != null) {
            missions.stream().filter(m -> m != null && !m.isBlank())
                    .map(m -> m.strip().toUpperCase(Locale.ROOT)).forEach(codes::add);
        }
        missions = Set.copyOf(codes);
        if (!allMissions && missions.isEmpty()) {
            throw new IllegalArgumentException("a mission scope names at least one mission or covers all");
        }
    }

    public static MissionScope all() { return new MissionScope(true, Set.of()); }

    public static MissionScope of(Collection<String> codes) { return new MissionScope(false, Set.copyOf(codes)); }

    public static MissionScope of(String... codes) { return of(Set.of(codes)); }

    /** Does this scope cover {@code mission}? A check without a mission (HQ business) needs an all-missions scope. */
    public boolean covers(String mission) {
        if (allMissions) {
            return true;
        }
        return mission != null && missions.contains(mission.strip().toUpperCase(Locale.ROOT));
    }

    /** Is {@code narrower} entirely inside this scope? */
    public boolean includes(MissionScope narrower) {
        if (allMissions) {
            return true;
        }
        return !narrower.allMissions && missions.containsAll(narrower.missions);
    }

    public Set<String> sortedMissions() { return new TreeSet<>(missions); }

    @Override
    public String toString() { return allMissions ? "*" : String.join(",", sortedMissions()); }
}
