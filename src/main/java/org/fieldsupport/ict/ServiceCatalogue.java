package org.fieldsupport.ict;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ICT service catalogue as other code sees it (continuity plans, standards compliance, projects, other modules):
 * every service with its code, names, kind, owner unit, the missions it serves, RTO and RPO, support hours and
 * status. Read-only and unchecked (the catalogue is not confidential); screens that show it check their own
 * permission.
 *
 * <pre>{@code
 * catalogue.servingMission("MINUSCA")                 // the services a mission's BC/DR plan must list
 *     .forEach(s -> plan.add(s.code(), s.rto(), s.rpo()));
 * catalogue.service("UMOJA").map(s -> s.name(locale));
 * }</pre>
 */
public interface ServiceCatalogue {

    /** Every service, retired ones included, ordered by code. */
    List<ServiceSummary> services();

    /** The service with that code (case-insensitive). */
    Optional<ServiceSummary> service(String code);

    /** The services in use by a mission (status LIVE or RETIRING), ordered by code. */
    List<ServiceSummary> servingMission(String missionCode);

    /**
     * One service. {@code kind}: ENTERPRISE_APPLICATION, MISSION_APPLICATION, CONNECTIVITY, HOSTING, END_USER;
     * {@code supportHours}: BUSINESS_HOURS, EXTENDED, ALWAYS; {@code status}: PLANNED, LIVE, RETIRING, RETIRED;
     * {@code successorCode}/{@code transitionBy}: the enterprise service replacing a mission-specific one, or null.
     */
    record ServiceSummary(String code, String nameEn, String nameFr, String kind, String ownerUnit,
                          List<String> missions, int rtoMinutes, int rpoMinutes, String supportHours, String status,
                          String successorCode, LocalDate transitionBy) {

        public ServiceSummary {
            missions = missions == null ? List.of() : List.copyOf(missions);
        }

        public String name(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
        }

        public Duration rto() { return Duration.ofMinutes(rtoMinutes); }

        public Duration rpo() { return Duration.ofMinutes(rpoMinutes); }

        public boolean serves(String missionCode) { return missions.contains(missionCode); }
    }
}
