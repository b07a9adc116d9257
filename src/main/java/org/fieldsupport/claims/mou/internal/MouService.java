package org.fieldsupport.claims.mou.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.fieldsupport.claims.rules.domain.CoeRuleSet2026v1;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MOUs of contingents with their versions: registering an MOU (its original version), drafting an amendment
 * (a copy of the latest version that took effect), editing a draft (terms, Annex B lines, Annex C categories),
 * making a draft take effect, discarding a draft. Versions that took effect are never edited. Every write checks
 * everything first and refuses with the list of bad fields (nothing half-written); reading follows
 * {@link ClaimsAccess#requireRead} (a Member State user sees only its own state's MOUs).
 * See docs/decisions/2026-11-27-claims-mou-versions.md.
 */
@Service
public class MouService {

    static final String ENTITY = "claims.mou-version";

    private final MouStore store;
    private final MouRates rates;
    private final ClaimsAccess access;
    private final Missions missions;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;

    MouService(MouStore store, MouRates rates, ClaimsAccess access, Missions missions, ReferenceData reference,
               ApplicationEventPublisher events) {
        this.store = store;
        this.rates = rates;
        this.access = access;
        this.missions = missions;
        this.reference = reference;
        this.events = events;
    }

    // ---------------------------------------------------------------- requests

    /** Mission factors as fractions (0.02 = 2 %), each 0–0.05. */
    public record FactorsInput(BigDecimal environmental, BigDecimal intensifiedOperational, BigDecimal hostileAction,
                               BigDecimal transport) { }

    /**
     * An Annex B line: the rate comes from the rate table by {@code equipmentCode} (dry or wet per the lease
     * type, edition in force on the version's effective date) unless a negotiated {@code specialRate} is given
     * with its {@code justification}.
     */
    public record LineInput(String line, String category, String description, String leaseType, Integer mouQuantity,
                            String equipmentCode, BigDecimal specialRate, String justification, String categoryFr,
                            String descriptionFr) {

        /**
         * Without French labels (a table-rated line takes them from the rate-table row; a special-case line may
         * give them).
         */
        public LineInput(String line, String category, String description, String leaseType, Integer mouQuantity,
                         String equipmentCode, BigDecimal specialRate, String justification) {
            this(line, category, description, leaseType, mouQuantity, equipmentCode, specialRate, justification, null,
                    null);
        }
    }

    /** An Annex C category; a contributor-provided one takes the table rate unless a special rate is justified. */
    public record CategoryInput(String category, String providedBy, BigDecimal specialRate, String justification) { }

    /** A new MOU: the contingent and its original version. */
    public record NewMou(String reference, String missionCode, String memberState, String unitType,
                         LocalDate effectiveFrom, String documentReference, Integer authorisedStrength,
                         FactorsInput missionFactors, LocalDate deployedOn, LocalDate repatriatedOn,
                         List<LineInput> equipment, List<CategoryInput> selfSustainment) { }

    /**
     * Changes to a draft version (or, for a new amendment, to the copy of the latest version): a null field keeps
     * the value it had; a list given replaces the whole annex.
     */
    public record Changes(LocalDate effectiveFrom, String documentReference, String reason, Integer authorisedStrength,
                          FactorsInput missionFactors, LocalDate deployedOn, LocalDate repatriatedOn,
                          List<LineInput> equipment, List<CategoryInput> selfSustainment) {

        public static Changes none() {
            return new Changes(null, null, null, null, null, null, null, null, null);
        }
    }

    // ---------------------------------------------------------------- views

    /** A difference between a version and the one before it. {@code item} is the line or category. */
    public record Change(String area, String item, String field, String before, String after) { }

    /** A version as shown: in force for months {@code from}..{@code until} (until null = open). */
    public record VersionView(MouStore.Version version, YearMonth from, YearMonth until, boolean inForceToday,
                              List<Change> changes) { }

    public record Detail(MouStore.Contingent contingent, List<VersionView> versions, VersionView inForce,
                         VersionView draft, boolean mayManage) {

        public Optional<VersionView> version(int number) {
            return versions.stream().filter(v -> v.version().number() == number).findFirst();
        }
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public List<MouStore.Contingent> list(String mission, String memberState, String unitType) {
        return store.list(new MouStore.Filter(blankToNull(mission), upper(blankToNull(memberState)),
                blankToNull(unitType), access.contingentsVisible().orElse(null)));
    }

    /** Whether the signed-in user may register MOUs somewhere (the screen offers the form). */
    public boolean mayRegister() {
        return access.holdsAnywhere(ClaimsPermissions.MOU_MANAGE);
    }

    @Transactional(readOnly = true)
    public Detail detail(long id) {
        MouStore.Contingent c = store.contingent(id).orElseThrow(() -> new NotFoundException("contingent", id));
        access.requireRead(c.missionCode(), c.memberState());
        return detail(c, store.versions(id));
    }

    private Detail detail(MouStore.Contingent c, List<MouStore.Version> versions) {
        List<MouStore.Version> effective = versions.stream().filter(v -> !v.draft())
                .sorted(java.util.Comparator.comparing(MouStore.Version::effectiveFrom)).toList();
        YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);
        MouStore.Version today = null;
        for (MouStore.Version v : effective) {
            if (!YearMonth.from(v.effectiveFrom()).isAfter(thisMonth)) {
                today = v;
            }
        }
        List<VersionView> views = new ArrayList<>();
        VersionView inForce = null;
        VersionView draft = null;
        MouStore.Version previous = null;
        for (MouStore.Version v : versions) {
            YearMonth until = null;
            if (!v.draft()) {
                int i = effective.indexOf(v);
                until = i + 1 < effective.size() ? YearMonth.from(effective.get(i + 1).effectiveFrom()).minusMonths(1)
                        : null;
            }
            VersionView view = new VersionView(v, YearMonth.from(v.effectiveFrom()), until, v == today,
                    previous == null ? List.of() : changes(previous, v));
            views.add(view);
            if (v == today) {
                inForce = view;
            }
            if (v.draft()) {
                draft = view;
            } else {
                previous = v;
            }
        }
        return new Detail(c, views, inForce, draft, access.may(ClaimsPermissions.MOU_MANAGE,
                Scope.mission(c.missionCode())));
    }

    /** What changed from {@code a} to {@code b}: terms, Annex B lines and Annex C categories. */
    static List<Change> changes(MouStore.Version a, MouStore.Version b) {
        List<Change> changes = new ArrayList<>();
        term(changes, "authorisedStrength", a.authorisedStrength(), b.authorisedStrength());
        a.factors().byName().forEach((name, value) -> term(changes, "missionFactors." + name, plain(value),
                plain(b.factors().byName().get(name))));
        term(changes, "deployedOn", a.deployedOn(), b.deployedOn());
        term(changes, "repatriatedOn", a.repatriatedOn(), b.repatriatedOn());
        Map<String, MouStore.Line> before = new LinkedHashMap<>();
        a.equipment().forEach(l -> before.put(l.line(), l));
        Map<String, MouStore.Line> after = new LinkedHashMap<>();
        b.equipment().forEach(l -> after.put(l.line(), l));
        compare(changes, "equipment", before, after, Map.of(
                "category", MouStore.Line::category, "description", MouStore.Line::description,
                "leaseType", MouStore.Line::leaseType, "mouQuantity", MouStore.Line::mouQuantity,
                "monthlyRate", l -> plainMoney(l.monthlyRate()), "equipmentCode", MouStore.Line::equipmentCode,
                "rateBasis", MouStore.Line::rateBasis, "rateEdition", MouStore.Line::rateEdition),
                List.of("category", "description", "leaseType", "mouQuantity", "monthlyRate", "equipmentCode",
                        "rateBasis", "rateEdition"));
        Map<String, MouStore.Category> cb = new LinkedHashMap<>();
        a.categories().forEach(k -> cb.put(k.category(), k));
        Map<String, MouStore.Category> ca = new LinkedHashMap<>();
        b.categories().forEach(k -> ca.put(k.category(), k));
        compare(changes, "selfSustainment", cb, ca, Map.of("providedBy", MouStore.Category::providedBy,
                "rate", k -> plainMoney(k.rate()), "rateBasis", MouStore.Category::rateBasis,
                "rateEdition", MouStore.Category::rateEdition),
                List.of("providedBy", "rate", "rateBasis", "rateEdition"));
        return changes;
    }

    private static void term(List<Change> changes, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changes.add(new Change("terms", null, field, a == null ? "" : a.toString(), b == null ? "" : b.toString()));
        }
    }

    private static <T> void compare(List<Change> changes, String area, Map<String, T> before, Map<String, T> after,
                                    Map<String, Function<T, Object>> fields, List<String> order) {
        before.forEach((key, old) -> {
            T now = after.get(key);
            if (now == null) {
                changes.add(new Change(area, key, "removed", "", ""));
                return;
            }
            for (String field : order) {
                Object x = fields.get(field).apply(old);
                Object y = fields.get(field).apply(now);
                if (!Objects.equals(x, y)) {
                    changes.add(new Change(area, key, field, x == null ? "" : x.toString(), y == null ? "" : y.toString()));
                }
            }
        });
        after.keySet().stream().filter(k -> !before.containsKey(k))
                .forEach(k -> changes.add(new Change(area, k, "added", "", "")));
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public Detail register(NewMou r) {
        FieldErrors errors = new FieldErrors();
        String mission = blankToNull(r.missionCode());
        if (mission == null) {
            errors.add("missionCode", "Required", "claims.input.required");
        } else if (missions.find(mission.strip()).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "claims.mou.input.mission.unknown", mission);
        }
        String state = null;
        if (blankToNull(r.memberState()) == null) {
            errors.add("memberState", "Required", "claims.input.required");
        } else {
            Optional<ReferenceData.Country> country = reference.country(r.memberState().strip());
            if (country.isEmpty() || !country.get().unMemberState()) {
                errors.add("memberState", "UnknownMemberState", "claims.mou.input.memberState.unknown",
                        r.memberState());
            } else {
                state = country.get().alpha3();
            }
        }
        Optional<UnitType> unitType = UnitType.parse(r.unitType());
        if (blankToNull(r.unitType()) == null) {
            errors.add("unitType", "Required", "claims.input.required");
        } else if (unitType.isEmpty()) {
            errors.add("unitType", "OneOf", "claims.mou.input.unitType.unknown", r.unitType());
        }
        String ref = blankToNull(r.reference());
        if (ref != null && ref.length() > 60) {
            errors.add("reference", "Size", "claims.mou.input.tooLong", 60);
        } else if (ref != null && store.referenceTaken(ref.strip())) {
            errors.add("reference", "Unique", "claims.mou.input.reference.taken", ref);
        }
        Changes terms = new Changes(r.effectiveFrom(), r.documentReference(), null, r.authorisedStrength(),
                r.missionFactors(), r.deployedOn(), r.repatriatedOn(),
                r.equipment() == null ? List.of() : r.equipment(),
                r.selfSustainment() == null ? List.of() : r.selfSustainment());
        MouStore.Version original = build(null, 0L, 1, "ORIGINAL", terms, List.of(), errors, true);
        errors.throwIfAny();
        mission = mission.strip();
        String user = access.require(ClaimsPermissions.MOU_MANAGE, Scope.mission(mission));
        OffsetDateTime now = MouStore.now();
        if (ref == null) {
            ref = freeReference(mission + "-" + state + "-" + unitType.orElseThrow().name().replace('_', '-'));
        }
        long id = store.insertContingent(ref.strip(), mission, state, unitType.orElseThrow().name(), original, user,
                now);
        long versionId = store.insertVersion(id, original, user, now);
        events.publishEvent(DataChanged.created("claims.contingent", id, Map.of("reference", ref.strip(),
                "mission", mission, "memberState", state, "unitType", unitType.orElseThrow().name())));
        events.publishEvent(DataChanged.created(ENTITY, versionId, snapshot(original)));
        return detail(store.contingent(id).orElseThrow(), store.versions(id));
    }

    private String freeReference(String base) {
        String candidate = base;
        for (int n = 2; store.referenceTaken(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** Drafts an amendment: a copy of the latest version that took effect, with the changes given. */
    @Transactional
    public Detail amend(long id, Changes changes) {
        MouStore.Contingent c = manageable(id);
        List<MouStore.Version> versions = store.versions(id);
        if (versions.stream().anyMatch(MouStore.Version::draft)) {
            throw new BusinessRuleException("claims.mou.refused.draftOpen", c.reference());
        }
        MouStore.Version base = latestEffective(versions)
                .orElseThrow(() -> new BusinessRuleException("claims.mou.refused.noEffectiveVersion", c.reference()));
        FieldErrors errors = new FieldErrors();
        if (changes.effectiveFrom() == null) {
            errors.add("effectiveFrom", "Required", "claims.input.required");
        }
        int number = versions.stream().mapToInt(MouStore.Version::number).max().orElse(0) + 1;
        MouStore.Version draft = build(base, 0L, number, "AMENDMENT", changes, versions, errors, false);
        errors.throwIfAny();
        String user = access.require(ClaimsPermissions.MOU_MANAGE, Scope.mission(c.missionCode()));
        long versionId = store.insertVersion(id, draft, user, MouStore.now());
        events.publishEvent(DataChanged.created(ENTITY, versionId, snapshot(draft)));
        return detail(c, store.versions(id));
    }

    /** Changes a draft version (terms, and the annexes when lists are given). */
    @Transactional
    public Detail updateDraft(long id, int number, Changes changes) {
        MouStore.Contingent c = manageable(id);
        List<MouStore.Version> versions = store.versions(id);
        MouStore.Version draft = draft(c, versions, number);
        FieldErrors errors = new FieldErrors();
        MouStore.Version changed = build(draft, draft.lockVersion(), number, draft.kind(), changes, versions, errors,
                false);
        errors.throwIfAny();
        store.replaceDraft(withId(changed, draft.id()));
        events.publishEvent(DataChanged.updated(ENTITY, draft.id(), snapshot(draft), snapshot(changed)));
        return detail(c, store.versions(id));
    }

    /** Adds an Annex B line to a draft, or replaces the line with the same code. */
    @Transactional
    public Detail putLine(long id, int number, LineInput line) {
        return editDraft(id, number, draft -> {
            FieldErrors errors = new FieldErrors();
            MouStore.Line resolved = line(line, "", draft.effectiveFrom(), errors);
            errors.throwIfAny();
            List<MouStore.Line> lines = new ArrayList<>(draft.equipment());
            int at = indexOf(lines, MouStore.Line::line, resolved.line());
            if (at >= 0) {
                lines.set(at, resolved);
            } else {
                lines.add(resolved);
            }
            return with(draft, lines, draft.categories());
        });
    }

    @Transactional
    public Detail removeLine(long id, int number, String line) {
        return editDraft(id, number, draft -> {
            List<MouStore.Line> lines = new ArrayList<>(draft.equipment());
            if (!lines.removeIf(l -> l.line().equals(line))) {
                throw new NotFoundException("mou-line", line);
            }
            return with(draft, lines, draft.categories());
        });
    }

    /** Adds an Annex C category to a draft, or replaces the category of the same name. */
    @Transactional
    public Detail putCategory(long id, int number, CategoryInput category) {
        return editDraft(id, number, draft -> {
            FieldErrors errors = new FieldErrors();
            MouStore.Category resolved = category(category, "", draft.effectiveFrom(), errors);
            errors.throwIfAny();
            List<MouStore.Category> categories = new ArrayList<>(draft.categories());
            int at = indexOf(categories, MouStore.Category::category, resolved.category());
            if (at >= 0) {
                categories.set(at, resolved);
            } else {
                categories.add(resolved);
            }
            return with(draft, draft.equipment(), categories);
        });
    }

    @Transactional
    public Detail removeCategory(long id, int number, String category) {
        return editDraft(id, number, draft -> {
            List<MouStore.Category> categories = new ArrayList<>(draft.categories());
            if (!categories.removeIf(k -> k.category().equals(category))) {
                throw new NotFoundException("mou-category", category);
            }
            return with(draft, draft.equipment(), categories);
        });
    }

    private Detail editDraft(long id, int number, Function<MouStore.Version, MouStore.Version> edit) {
        MouStore.Contingent c = manageable(id);
        List<MouStore.Version> versions = store.versions(id);
        MouStore.Version draft = draft(c, versions, number);
        MouStore.Version changed = edit.apply(draft);
        store.replaceDraft(changed);
        events.publishEvent(DataChanged.updated(ENTITY, draft.id(), snapshot(draft), snapshot(changed)));
        return detail(c, store.versions(id));
    }

    /**
     * Makes a draft take effect: its table rates are taken (again) from the edition in force on its effective
     * date, its effective date must still follow every version that took effect, and from then on it is never
     * edited. The contingent's terms become this version's.
     */
    @Transactional
    public Detail takeEffect(long id, int number) {
        MouStore.Contingent c = manageable(id);
        List<MouStore.Version> versions = store.versions(id);
        MouStore.Version draft = draft(c, versions, number);
        FieldErrors errors = new FieldErrors();
        checkEffectiveFrom(draft.kind(), draft.effectiveFrom(), draft.deployedOn(), versions, errors);
        List<MouStore.Line> lines = new ArrayList<>();
        for (int i = 0; i < draft.equipment().size(); i++) {
            MouStore.Line l = draft.equipment().get(i);
            if ("TABLE".equals(l.rateBasis())) {
                Optional<MouRates.Rate> rate = rates.equipment(l.equipmentCode(), LeaseType.valueOf(l.leaseType()),
                        draft.effectiveFrom());
                if (rate.isEmpty()) {
                    errors.add("equipment[" + i + "].equipmentCode", "UnknownRate", "claims.mou.input.rate.unknownCode",
                            l.equipmentCode(), draft.effectiveFrom());
                    lines.add(l);
                    continue;
                }
                l = new MouStore.Line(l.line(), l.category(), l.description(), l.leaseType(), l.mouQuantity(),
                        rate.get().amount(), l.equipmentCode(), "TABLE", rate.get().edition(), null,
                        rate.get().categoryFr(), rate.get().descriptionFr());
            }
            lines.add(l);
        }
        List<MouStore.Category> categories = new ArrayList<>();
        for (int i = 0; i < draft.categories().size(); i++) {
            MouStore.Category k = draft.categories().get(i);
            if ("TABLE".equals(k.rateBasis())) {
                Optional<MouRates.Rate> rate = rates.selfSustainment(k.category(), draft.effectiveFrom());
                if (rate.isEmpty()) {
                    errors.add("selfSustainment[" + i + "].category", "UnknownRate",
                            "claims.mou.input.rate.unknownCategory", k.category(), draft.effectiveFrom());
                    categories.add(k);
                    continue;
                }
                k = new MouStore.Category(k.category(), k.providedBy(), rate.get().amount(), "TABLE",
                        rate.get().edition(), null);
            }
            categories.add(k);
        }
        errors.throwIfAny();
        String user = access.require(ClaimsPermissions.MOU_MANAGE, Scope.mission(c.missionCode()));
        MouStore.Version priced = with(draft, lines, categories);
        if (!priced.equipment().equals(draft.equipment()) || !priced.categories().equals(draft.categories())) {
            store.replaceDraft(priced);
            priced = draft(c, store.versions(id), number);
        }
        store.takeEffect(priced, user, MouStore.now());
        events.publishEvent(DataChanged.updated(ENTITY, draft.id(), Map.of("status", "DRAFT"),
                Map.of("status", "EFFECTIVE", "number", number, "effectiveFrom", draft.effectiveFrom().toString())));
        return detail(store.contingent(id).orElseThrow(), store.versions(id));
    }

    /** Discards a draft (an effective version is never deleted). */
    @Transactional
    public Detail discardDraft(long id, int number) {
        MouStore.Contingent c = manageable(id);
        MouStore.Version draft = draft(c, store.versions(id), number);
        if ("ORIGINAL".equals(draft.kind())) {
            throw new BusinessRuleException("claims.mou.refused.discardOriginal", c.reference());
        }
        store.deleteDraft(draft);
        events.publishEvent(DataChanged.deleted(ENTITY, draft.id(), snapshot(draft)));
        return detail(c, store.versions(id));
    }

    // ---------------------------------------------------------------- checks

    private MouStore.Contingent manageable(long id) {
        MouStore.Contingent c = store.contingent(id).orElseThrow(() -> new NotFoundException("contingent", id));
        access.require(ClaimsPermissions.MOU_MANAGE, Scope.mission(c.missionCode()));
        return c;
    }

    private static MouStore.Version draft(MouStore.Contingent c, List<MouStore.Version> versions, int number) {
        MouStore.Version v = versions.stream().filter(x -> x.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("mou-version", c.id() + "/" + number));
        if (!v.draft()) {
            throw new BusinessRuleException("claims.mou.refused.notDraft", number, c.reference());
        }
        return v;
    }

    private static Optional<MouStore.Version> latestEffective(List<MouStore.Version> versions) {
        return versions.stream().filter(v -> !v.draft())
                .max(java.util.Comparator.comparing(MouStore.Version::effectiveFrom));
    }

    /**
     * A version from {@code base} (null for an original) and the changes, every bad field added to {@code errors}.
     */
    private MouStore.Version build(MouStore.Version base, long lockVersion, int number, String kind, Changes c,
                                   List<MouStore.Version> versions, FieldErrors errors, boolean original) {
        LocalDate effectiveFrom = c.effectiveFrom() != null ? c.effectiveFrom() : base == null ? null
                : base.draft() ? base.effectiveFrom() : null;
        Integer strength = c.authorisedStrength() != null ? c.authorisedStrength()
                : base == null ? null : base.authorisedStrength();
        LocalDate deployed = c.deployedOn() != null ? c.deployedOn() : base == null ? null : base.deployedOn();
        LocalDate repatriated = c.repatriatedOn() != null ? c.repatriatedOn() : base == null ? null
                : base.repatriatedOn();
        String documentReference = c.documentReference() != null ? blankToNull(c.documentReference())
                : base == null || !base.draft() ? null : base.reference();
        String reason = c.reason() != null ? blankToNull(c.reason()) : base == null || !base.draft() ? null
                : base.reason();
        MissionFactors factors = factors(c.missionFactors(), base == null ? null : base.factors(), errors);
        if (effectiveFrom == null) {
            if (original) {
                errors.add("effectiveFrom", "Required", "claims.input.required");
            }
        } else if (effectiveFrom.getDayOfMonth() != 1) {
            errors.add("effectiveFrom", "FirstDayOfMonth", "claims.mou.input.effectiveFrom.firstDay", effectiveFrom);
        }
        if (strength == null) {
            errors.add("authorisedStrength", "Required", "claims.input.required");
        } else if (strength < 0) {
            errors.add("authorisedStrength", "PositiveOrZero", "claims.input.negative");
        }
        if (deployed == null) {
            errors.add("deployedOn", "Required", "claims.input.required");
        } else if (repatriated != null && repatriated.isBefore(deployed)) {
            errors.add("repatriatedOn", "AfterDeployment", "claims.input.repatriation.beforeDeployment");
        }
        if (documentReference != null && documentReference.length() > 100) {
            errors.add("documentReference", "Size", "claims.mou.input.tooLong", 100);
        }
        if ("AMENDMENT".equals(kind) && reason == null) {
            errors.add("reason", "Required", "claims.input.required");
        } else if (reason != null && reason.length() > 1000) {
            errors.add("reason", "Size", "claims.mou.input.tooLong", 1000);
        }
        if (effectiveFrom != null && effectiveFrom.getDayOfMonth() == 1) {
            checkEffectiveFrom(kind, effectiveFrom, deployed, versions, errors);
        }
        LocalDate ratesOn = effectiveFrom != null && effectiveFrom.getDayOfMonth() == 1 ? effectiveFrom : null;
        List<MouStore.Line> lines = base == null ? List.of() : base.equipment();
        if (c.equipment() != null) {
            lines = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < c.equipment().size(); i++) {
                String path = "equipment[" + i + "].";
                LineInput in = c.equipment().get(i);
                if (in == null) {
                    errors.add("equipment[" + i + "]", "Required", "claims.input.required");
                    continue;
                }
                MouStore.Line line = line(in, path, ratesOn, errors);
                String code = blankToNull(in.line());
                if (code != null && !seen.add(code)) {
                    errors.add(path + "line", "Unique", "claims.input.duplicate", code);
                }
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        List<MouStore.Category> categories = base == null ? List.of() : base.categories();
        if (c.selfSustainment() != null) {
            categories = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < c.selfSustainment().size(); i++) {
                String path = "selfSustainment[" + i + "].";
                CategoryInput in = c.selfSustainment().get(i);
                if (in == null) {
                    errors.add("selfSustainment[" + i + "]", "Required", "claims.input.required");
                    continue;
                }
                MouStore.Category category = category(in, path, ratesOn, errors);
                String name = blankToNull(in.category());
                if (name != null && !seen.add(name)) {
                    errors.add(path + "category", "Unique", "claims.input.duplicate", name);
                }
                if (category != null) {
                    categories.add(category);
                }
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new MouStore.Version(base == null || !base.draft() ? 0L : base.id(),
                base == null ? 0L : base.contingentId(), number, kind, "DRAFT",
                effectiveFrom, documentReference, reason, strength, factors, deployed, repatriated, null, null, null,
                null, lockVersion, lines, categories);
    }

    /**
     * An original takes effect no later than the deployment month (so no deployed month lacks a version); an
     * amendment takes effect after every version that took effect (one version per month's first day).
     */
    private static void checkEffectiveFrom(String kind, LocalDate effectiveFrom, LocalDate deployed,
                                           List<MouStore.Version> versions, FieldErrors errors) {
        if ("ORIGINAL".equals(kind)) {
            if (deployed != null && effectiveFrom.isAfter(deployed)) {
                errors.add("effectiveFrom", "NotAfterDeployment", "claims.mou.input.effectiveFrom.afterDeployment",
                        effectiveFrom, deployed);
            }
            return;
        }
        latestEffective(versions).ifPresent(latest -> {
            if (!effectiveFrom.isAfter(latest.effectiveFrom())) {
                errors.add("effectiveFrom", "AfterPreviousVersion", "claims.mou.input.effectiveFrom.notAfterPrevious",
                        effectiveFrom, latest.number(), latest.effectiveFrom());
            }
        });
    }

    private static MissionFactors factors(FactorsInput in, MissionFactors base, FieldErrors errors) {
        MissionFactors f = base == null ? MissionFactors.NONE : base;
        if (in == null) {
            return f;
        }
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        given.put("environmental", in.environmental());
        given.put("intensifiedOperational", in.intensifiedOperational());
        given.put("hostileAction", in.hostileAction());
        given.put("transport", in.transport());
        for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
            BigDecimal value = e.getValue();
            if (value == null) {
                continue;
            }
            String field = "missionFactors." + e.getKey();
            if (value.signum() < 0 || value.compareTo(CoeRuleSet2026v1.MAX_FACTOR) > 0) {
                errors.add(field, "Range", "claims.input.factor.range", CoeRuleSet2026v1.MAX_FACTOR);
            } else if (value.stripTrailingZeros().scale() > 4) {
                errors.add(field, "Digits", "claims.mou.input.factor.digits");
            } else {
                f = f.with(e.getKey(), value);
            }
        }
        return f;
    }

    private MouStore.Line line(LineInput in, String path, LocalDate ratesOn, FieldErrors errors) {
        int before = errors.list().size();
        String code = text(in.line(), path + "line", 40, errors);
        String category = text(in.category(), path + "category", 60, errors);
        String description = text(in.description(), path + "description", 200, errors);
        LeaseType lease = null;
        if (blankToNull(in.leaseType()) == null) {
            errors.add(path + "leaseType", "Required", "claims.input.required");
        } else {
            try {
                lease = LeaseType.valueOf(in.leaseType().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(path + "leaseType", "OneOf", "claims.mou.input.leaseType");
            }
        }
        if (in.mouQuantity() == null) {
            errors.add(path + "mouQuantity", "Required", "claims.input.required");
        } else if (in.mouQuantity() < 0) {
            errors.add(path + "mouQuantity", "PositiveOrZero", "claims.input.negative");
        }
        String equipmentCode = blankToNull(in.equipmentCode());
        if (equipmentCode != null && equipmentCode.length() > 40) {
            errors.add(path + "equipmentCode", "Size", "claims.mou.input.tooLong", 40);
        }
        BigDecimal rate = null;
        String basis;
        String edition = null;
        String justification = blankToNull(in.justification());
        String categoryFr = null;
        String descriptionFr = null;
        if (in.specialRate() != null) {
            // a negotiated line may give its French labels (optional)
            categoryFr = optionalText(in.categoryFr(), path + "categoryFr", 60, errors);
            descriptionFr = optionalText(in.descriptionFr(), path + "descriptionFr", 200, errors);
            basis = "SPECIAL";
            rate = money(in.specialRate(), path + "specialRate", errors);
            if (justification == null) {
                errors.add(path + "justification", "Required", "claims.mou.input.justification.required");
            } else if (justification.length() > 1000) {
                errors.add(path + "justification", "Size", "claims.mou.input.tooLong", 1000);
            }
        } else if (equipmentCode != null) {
            basis = "TABLE";
            justification = null;
            if (lease != null && ratesOn != null) {
                Optional<MouRates.Rate> found = rates.equipment(equipmentCode, lease, ratesOn);
                if (found.isEmpty()) {
                    errors.add(path + "equipmentCode", "UnknownRate", "claims.mou.input.rate.unknownCode",
                            equipmentCode, ratesOn);
                } else {
                    rate = found.get().amount();
                    edition = found.get().edition();
                    categoryFr = found.get().categoryFr();
                    descriptionFr = found.get().descriptionFr();
                }
            }
        } else {
            basis = null;
            errors.add(path + "specialRate", "RateRequired", "claims.mou.input.rate.required");
        }
        if (errors.list().size() > before) {
            return null;
        }
        return new MouStore.Line(code, category, description, lease.name(), in.mouQuantity(), rate, equipmentCode,
                basis, edition, justification, categoryFr, descriptionFr);
    }

    private MouStore.Category category(CategoryInput in, String path, LocalDate ratesOn, FieldErrors errors) {
        int before = errors.list().size();
        String category = text(in.category(), path + "category", 60, errors);
        String provider = null;
        if (blankToNull(in.providedBy()) == null) {
            errors.add(path + "providedBy", "Required", "claims.input.required");
        } else {
            provider = in.providedBy().strip().toUpperCase(Locale.ROOT);
            if (!provider.equals("CONTRIBUTOR") && !provider.equals("UN")) {
                errors.add(path + "providedBy", "OneOf", "claims.mou.input.providedBy");
                provider = null;
            }
        }
        BigDecimal rate = null;
        String basis = "RECORDED";
        String edition = null;
        String justification = blankToNull(in.justification());
        if ("UN".equals(provider)) {
            if (in.specialRate() != null) {
                errors.add(path + "specialRate", "Null", "claims.mou.input.rate.un");
            }
            justification = null;
        } else if (in.specialRate() != null) {
            basis = "SPECIAL";
            rate = money(in.specialRate(), path + "specialRate", errors);
            if (justification == null) {
                errors.add(path + "justification", "Required", "claims.mou.input.justification.required");
            } else if (justification.length() > 1000) {
                errors.add(path + "justification", "Size", "claims.mou.input.tooLong", 1000);
            }
        } else if ("CONTRIBUTOR".equals(provider)) {
            basis = "TABLE";
            justification = null;
            if (category != null && ratesOn != null) {
                Optional<MouRates.Rate> found = rates.selfSustainment(category, ratesOn);
                if (found.isEmpty()) {
                    errors.add(path + "category", "UnknownRate", "claims.mou.input.rate.unknownCategory", category,
                            ratesOn);
                } else {
                    rate = found.get().amount();
                    edition = found.get().edition();
                }
            }
        }
        if (errors.list().size() > before) {
            return null;
        }
        return new MouStore.Category(category, provider, rate, basis, edition, justification);
    }

    private static BigDecimal money(BigDecimal amount, String field, FieldErrors errors) {
        if (amount.signum() < 0) {
            errors.add(field, "PositiveOrZero", "claims.input.negative");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(field, "Digits", "claims.input.money.cents");
        } else if (amount.compareTo(new BigDecimal("100000000000000000")) >= 0) {
            errors.add(field, "Max", "claims.mou.input.tooLarge");
        }
        return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), java.math.RoundingMode.UNNECESSARY);
    }

    private static String text(String value, String field, int max, FieldErrors errors) {
        String v = blankToNull(value);
        if (v == null) {
            errors.add(field, "Required", "claims.input.required");
            return null;
        }
        if (v.length() > max) {
            errors.add(field, "Size", "claims.mou.input.tooLong", max);
        }
        return v;
    }

    private static String optionalText(String value, String field, int max, FieldErrors errors) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            errors.add(field, "Size", "claims.mou.input.tooLong", max);
        }
        return v;
    }

    // ---------------------------------------------------------------- helpers

    private static MouStore.Version with(MouStore.Version v, List<MouStore.Line> lines,
                                         List<MouStore.Category> categories) {
        return new MouStore.Version(v.id(), v.contingentId(), v.number(), v.kind(), v.status(), v.effectiveFrom(),
                v.reference(), v.reason(), v.authorisedStrength(), v.factors(), v.deployedOn(), v.repatriatedOn(),
                v.createdBy(), v.createdAt(), v.effectiveBy(), v.effectiveAt(), v.lockVersion(), lines, categories);
    }

    private static MouStore.Version withId(MouStore.Version v, long id) {
        return new MouStore.Version(id, v.contingentId(), v.number(), v.kind(), v.status(), v.effectiveFrom(),
                v.reference(), v.reason(), v.authorisedStrength(), v.factors(), v.deployedOn(), v.repatriatedOn(),
                v.createdBy(), v.createdAt(), v.effectiveBy(), v.effectiveAt(), v.lockVersion(), v.equipment(),
                v.categories());
    }

    private static <T> int indexOf(List<T> list, Function<T, String> key, String value) {
        for (int i = 0; i < list.size(); i++) {
            if (key.apply(list.get(i)).equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> snapshot(MouStore.Version v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", v.number());
        map.put("kind", v.kind());
        map.put("status", v.status());
        map.put("effectiveFrom", String.valueOf(v.effectiveFrom()));
        map.put("authorisedStrength", v.authorisedStrength());
        map.put("missionFactors", v.factors().byName().toString());
        map.put("deployedOn", String.valueOf(v.deployedOn()));
        map.put("repatriatedOn", String.valueOf(v.repatriatedOn()));
        map.put("equipment", v.equipment().stream().map(l -> l.line() + " x" + l.mouQuantity() + " " + l.leaseType()
                + " @" + plainMoney(l.monthlyRate()) + " " + l.rateBasis()).toList());
        map.put("selfSustainment", v.categories().stream().map(k -> k.category() + " " + k.providedBy()
                + (k.rate() == null ? "" : " @" + plainMoney(k.rate())) + " " + k.rateBasis()).toList());
        return map;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String plainMoney(BigDecimal value) {
        return value == null ? null : value.setScale(Math.max(2, value.stripTrailingZeros().scale()),
                java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** Today's first day of month in UTC (the month whose version is "in force"). */
    static LocalDate thisMonth() {
        return YearMonth.now(ZoneOffset.UTC).atDay(1);
    }
}
