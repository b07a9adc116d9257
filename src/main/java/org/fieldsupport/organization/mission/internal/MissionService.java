package org.fieldsupport.organization.mission.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionPhaseChanged;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.MissionType;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.structure.internal.StructureQueries;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MissionService implements Missions {

    private final MissionRepository missions;
    private final OrganizationStructure structure;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ReferenceData> referenceData;
    private final StructureQueries queries;
    private final MissionReadModel readModel;

    MissionService(MissionRepository missions, OrganizationStructure structure, ApplicationEventPublisher events,
                   ObjectProvider<ReferenceData> referenceData, StructureQueries queries, MissionReadModel readModel) {
        this.queries = queries;
        this.readModel = readModel;
        this.missions = missions;
        this.structure = structure;
        this.events = events;
        this.referenceData = referenceData;
    }

    @Override
    public Optional<MissionSummary> find(String code) {
        return code == null ? Optional.empty() : readModel.find(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public List<MissionSummary> all(LocalDate asOf) {
        return all().stream().filter(m -> asOf == null || m.mandatedOn(asOf)).toList();
    }

    @Override
    public List<MissionSummary> all() {
        return readModel.all();
    }

    @Override
    public MissionSummary requireOpenForNewRecords(String missionCode) {
        MissionSummary m = find(missionCode).orElseThrow(() -> new BusinessRuleException("org.mission.unknown", missionCode));
        if (!m.acceptsNewRecords()) throw new BusinessRuleException("org.mission.closed", m.code());
        return m;
    }

    @Override
    public List<PositionSummary> supportPositions(String missionCode, LocalDate asOf) {
        return queries.positionsOfMission(missionCode, asOf == null ? LocalDate.now() : asOf);
    }

    public OrgMission load(String code) {
        return missions.findByCode(code).orElseThrow(() -> new NotFoundException("mission", code));
    }

    /** The fields a user edits on a mission (create and update). */
    public record MissionForm(String code, String nameFr, String nameEn, MissionType type, String leadDepartment,
                              List<String> hostCountries, String hqLocation, BigDecimal hqLatitude,
                              BigDecimal hqLongitude, List<String> resolutions, LocalDate mandateStart,
                              LocalDate mandateEnd, MissionPhase phase, String servingHrSection,
                              String operationalTeam, Long version) { }

    @Transactional
    public MissionSummary create(MissionForm form) {
        String by = CurrentUser.usernameOrSystem();
        if (form.code() == null || form.code().isBlank()) throw new BusinessRuleException("org.mission.code.required");
        String code = form.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (missions.findByCode(code).isPresent()) throw new BusinessRuleException("org.mission.code.taken", code);
        OrgMission m = OrgMission.create(code, form.nameFr(), form.nameEn(), form.type(), form.leadDepartment(),
                form.mandateStart(), form.phase() == null ? MissionPhase.START_UP : form.phase(), by);
        apply(m, form);
        OrgMission saved = missions.save(m);
        events.publishEvent(DataChanged.created("organization.mission", code, saved.summary()));
        return saved.summary();
    }

    @Transactional
    public MissionSummary update(String code, MissionForm form) {
        OrgMission m = load(code);
        if (form.version() != null && !form.version().equals(m.version)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("mission " + code + " changed meanwhile");
        }
        MissionSummary before = m.summary();
        m.nameFr = form.nameFr();
        m.nameEn = form.nameEn();
        m.missionType = form.type();
        m.leadDepartment = form.leadDepartment();
        m.mandateStart = form.mandateStart();
        apply(m, form);
        m.touch(CurrentUser.usernameOrSystem());
        OrgMission saved = missions.save(m);
        events.publishEvent(DataChanged.updated("organization.mission", code, before, saved.summary()));
        return saved.summary();
    }

    private void apply(OrgMission m, MissionForm form) {
        if (m.nameFr == null || m.nameFr.isBlank() || m.nameEn == null || m.nameEn.isBlank()) {
            throw new BusinessRuleException("org.mission.names.required");
        }
        if (m.missionType == null || m.mandateStart == null || m.leadDepartment == null) {
            throw new BusinessRuleException("org.mission.fields.required");
        }
        if (form.mandateEnd() != null && form.mandateEnd().isBefore(form.mandateStart())) {
            throw new BusinessRuleException("org.dates.inconsistent", form.mandateStart(), form.mandateEnd());
        }
        m.hqLocation = form.hqLocation();
        m.hqLatitude = form.hqLatitude();
        m.hqLongitude = form.hqLongitude();
        m.mandateEnd = form.mandateEnd();
        m.servingHrSection = blankToNull(form.servingHrSection());
        m.operationalTeam = blankToNull(form.operationalTeam());
        if (m.servingHrSection != null && structure.unit(m.servingHrSection, null).isEmpty()) {
            throw new BusinessRuleException("org.unit.unknown", m.servingHrSection);
        }
        LinkedHashSet<OrgMission.OrgMissionHostCountry> countries = new LinkedHashSet<>();
        for (String c : form.hostCountries() == null ? List.<String>of() : form.hostCountries()) {
            String iso = c.trim().toUpperCase(java.util.Locale.ROOT);
            if (iso.isEmpty()) continue;
            if (!iso.matches("[A-Z]{3}")) throw new BusinessRuleException("org.mission.country.invalid", c);
            ReferenceData ref = referenceData.getIfAvailable();
            if (ref != null && ref.country(iso).isEmpty()) throw new BusinessRuleException("org.mission.country.invalid", c);
            countries.add(new OrgMission.OrgMissionHostCountry(iso));
        }
        m.hostCountries = countries;
        m.resolutions = new java.util.ArrayList<>(
                (form.resolutions() == null ? List.<String>of() : form.resolutions()).stream()
                        .map(String::trim).filter(s -> !s.isEmpty()).map(s -> new OrgMission.OrgMissionResolution(s, null)).toList());
    }

    @Transactional
    public MissionSummary changePhase(String code, MissionPhase next, LocalDate effectiveOn, String note) {
        OrgMission m = load(code);
        MissionSummary before = m.summary();
        MissionPhase previous = m.changePhase(next, effectiveOn, note, CurrentUser.usernameOrSystem());
        OrgMission saved = missions.save(m);
        events.publishEvent(DataChanged.updated("organization.mission", code, before, saved.summary()));
        events.publishEvent(new MissionPhaseChanged(code, previous, next, effectiveOn));
        return saved.summary();
    }

    public List<OrgMission.OrgMissionPhaseChange> phaseHistory(String code) {
        return load(code).phaseHistory();
    }

    /** Missions by code, for views that show names. */
    public Map<String, MissionSummary> byCode() {
        Map<String, MissionSummary> map = new java.util.LinkedHashMap<>();
        all().forEach(m -> map.put(m.code(), m));
        return map;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
