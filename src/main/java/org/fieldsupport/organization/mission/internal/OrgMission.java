package org.fieldsupport.organization.mission.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.MissionType;
import org.fieldsupport.organization.mission.domain.PhaseRules;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The mission aggregate: identity, mandate, host countries, resolutions and the history of its phases. */
@Table
public class OrgMission {

    @Id Long id;
    String code;
    String nameFr;
    String nameEn;
    MissionType missionType;
    String leadDepartment;
    String hqLocation;
    BigDecimal hqLatitude;
    BigDecimal hqLongitude;
    LocalDate mandateStart;
    LocalDate mandateEnd;
    MissionPhase phase;
    String servingHrSection;
    String operationalTeam;
    @Version Long version;
    String createdBy;
    OffsetDateTime createdAt;
    String modifiedBy;
    OffsetDateTime modifiedAt;

    @MappedCollection
    Set<OrgMissionHostCountry> hostCountries = new LinkedHashSet<>();

    @MappedCollection
    List<OrgMissionResolution> resolutions = new ArrayList<>();

    @MappedCollection
    List<OrgMissionPhaseChange> phaseHistory = new ArrayList<>();

    @Table
    public record OrgMissionHostCountry(String countryCode) { }

    @Table
    public record OrgMissionResolution(String symbol, LocalDate adoptedOn) { }

    @Table
    public record OrgMissionPhaseChange(MissionPhase phase, LocalDate effectiveOn, String note, String changedBy,
                              OffsetDateTime changedAt) { }

    OrgMission() { }

    static OrgMission create(String code, String nameFr, String nameEn, MissionType type, String leadDepartment,
                          LocalDate mandateStart, MissionPhase phase, String by) {
        OrgMission m = new OrgMission();
        m.code = code;
        m.nameFr = nameFr;
        m.nameEn = nameEn;
        m.missionType = type;
        m.leadDepartment = leadDepartment;
        m.mandateStart = mandateStart;
        m.phase = phase;
        OffsetDateTime now = OffsetDateTime.now();
        m.createdBy = by;
        m.createdAt = now;
        m.modifiedBy = by;
        m.modifiedAt = now;
        m.phaseHistory.add(new OrgMissionPhaseChange(phase, mandateStart, null, by, now));
        return m;
    }

    void touch(String by) {
        modifiedBy = by;
        modifiedAt = OffsetDateTime.now();
    }

    LocalDate lastPhaseChange() {
        return phaseHistory.stream().map(OrgMissionPhaseChange::effectiveOn).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Moves the mission to {@code next}; refused (422) when the life-cycle rules say no. */
    MissionPhase changePhase(MissionPhase next, LocalDate effectiveOn, String note, String by) {
        PhaseRules.Decision decision = PhaseRules.change(phase, lastPhaseChange(), next, effectiveOn);
        if (decision instanceof PhaseRules.Refused refused) {
            throw new BusinessRuleException(refused.reasonKey(), refused.args());
        }
        MissionPhase previous = phase;
        phase = next;
        phaseHistory.add(new OrgMissionPhaseChange(next, effectiveOn, note, by, OffsetDateTime.now()));
        if (next == MissionPhase.CLOSED && mandateEnd == null) mandateEnd = effectiveOn;
        touch(by);
        return previous;
    }

    /** Records a phase change that happened in the past (demo history); no rule check. */
    void recordHistoricalPhase(MissionPhase p, LocalDate effectiveOn, String by) {
        phaseHistory.add(new OrgMissionPhaseChange(p, effectiveOn, null, by, OffsetDateTime.now()));
        phase = p;
    }

    MissionSummary summary() {
        return new MissionSummary(code, nameFr, nameEn, missionType, leadDepartment,
                hostCountries.stream().map(OrgMissionHostCountry::countryCode).sorted().toList(), hqLocation, hqLatitude,
                hqLongitude, resolutions.stream().map(OrgMissionResolution::symbol).toList(), mandateStart, mandateEnd, phase,
                servingHrSection, operationalTeam);
    }

    public String code() { return code; }
    public List<OrgMissionPhaseChange> phaseHistory() { return List.copyOf(phaseHistory); }
    public List<OrgMissionResolution> resolutions() { return List.copyOf(resolutions); }
    public Long version() { return version; }
}
