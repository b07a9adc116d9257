package org.fieldsupport.ict.catalogue.domain;

import java.util.EnumMap;
import java.util.Map;
import org.fieldsupport.ict.desk.domain.Priority;

/** Values and defaults of the service catalogue. */
public final class ServiceRules {

    public enum Kind { ENTERPRISE_APPLICATION, MISSION_APPLICATION, CONNECTIVITY, HOSTING, END_USER }

    public enum SupportHours { BUSINESS_HOURS, EXTENDED, ALWAYS }

    public enum Status { PLANNED, LIVE, RETIRING, RETIRED }

    /** Response and resolution targets of one priority, in minutes of running clock. */
    public record Target(int responseMinutes, int resolutionMinutes) {
        public boolean valid() { return responseMinutes > 0 && resolutionMinutes >= responseMinutes; }
    }

    private ServiceRules() { }

    /** The targets a new service gets when none are given: P1 15 min / 4 h ... P4 1 day / 10 days. */
    public static Map<Priority, Target> defaultTargets() {
        Map<Priority, Target> m = new EnumMap<>(Priority.class);
        m.put(Priority.P1, new Target(15, 4 * 60));
        m.put(Priority.P2, new Target(60, 8 * 60));
        m.put(Priority.P3, new Target(4 * 60, 3 * 24 * 60));
        m.put(Priority.P4, new Target(24 * 60, 10 * 24 * 60));
        return m;
    }

    /** A mission-specific service may name an enterprise successor only; a service cannot succeed itself. */
    public static boolean validSuccession(String code, Kind kind, String successorCode, Kind successorKind) {
        if (successorCode == null) return true;
        return !successorCode.equalsIgnoreCase(code) && successorKind == Kind.ENTERPRISE_APPLICATION;
    }
}
