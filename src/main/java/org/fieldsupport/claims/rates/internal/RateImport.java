package org.fieldsupport.claims.rates.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldsupport.claims.rates.domain.LeaseRates;
import org.fieldsupport.claims.rates.domain.RateFileCheck;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of COE rates, all or nothing: a new edition (header fields, major-equipment and self-sustainment tables)
 * and/or effective-dated troop-cost rates and death-and-disability standard amounts. Everything is checked first
 * ({@link RateFileCheck}); any problem refuses the whole import with every table, row and column
 * ({@link Refused}, a 400 in the API); otherwise all rows are written in one transaction and audited.
 */
@Service
public class RateImport {

    static final String EDITION_ENTITY = "claims.rate-edition";

    private final RateStore store;
    private final ClaimsAccess access;
    private final ApplicationEventPublisher events;

    RateImport(RateStore store, ClaimsAccess access, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.events = events;
    }

    /** An import: {@code header} null = only troop-cost / D&amp;D tables. */
    public record Request(RateFileCheck.EditionHeader header, Map<RateFileCheck.Table, RateFileCheck.Rows> tables) {
        public Request {
            tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        }
    }

    /** What was written. */
    public record Result(String edition, int equipmentRates, int selfSustainmentRates, int troopCostRates,
                         int ddStandardAmounts) { }

    /** The import was refused: every problem, by table, row and column (nothing was written). */
    public static class Refused extends InvalidInputException {
        private final transient List<RateFileCheck.Problem> problems;

        Refused(List<RateFileCheck.Problem> problems) {
            super(fieldErrors(problems));
            this.problems = List.copyOf(problems);
        }

        public List<RateFileCheck.Problem> problems() { return problems; }
    }

    /** The field name of a problem in problem details: {@code equipment row 3: gfmv}, or the form field. */
    public static String field(RateFileCheck.Problem p) {
        return TabularFile.field(cell(p));
    }

    private static TabularFile.CellProblem cell(RateFileCheck.Problem p) {
        return new TabularFile.CellProblem(p.table() == null ? null : p.table().key(), p.row(), p.column(),
                p.messageKey(), p.args());
    }

    private static List<FieldErrors.FieldError> fieldErrors(List<RateFileCheck.Problem> problems) {
        return TabularFile.fieldErrors(problems.stream().map(RateImport::cell).toList());
    }

    /** A file of the import as uploaded: its name (.csv or .xlsx) and content. */
    public record Upload(String fileName, byte[] content) { }

    /**
     * Reads the uploaded files (CSV or XLSX, first sheet) into a request; an unreadable file is refused with the
     * part's name as field. {@code header} null = no edition (troop-cost / D&amp;D rows only).
     */
    public static Request fromFiles(RateFileCheck.EditionHeader header, Map<RateFileCheck.Table, Upload> files) {
        Map<RateFileCheck.Table, RateFileCheck.Rows> tables = new LinkedHashMap<>();
        files.forEach((table, upload) -> {
            TabularFile.Table read = TabularFile.read(upload.fileName(), upload.content(), table.key());
            tables.put(table, new RateFileCheck.Rows(read.header(), read.rows()));
        });
        return new Request(header, tables);
    }

    /** Checks without writing (the current user needs {@code claims.mou.manage}). */
    @Transactional(readOnly = true)
    public RateFileCheck.Result check(Request request) {
        access.require(ClaimsPermissions.MOU_MANAGE, Scope.department());
        return RateFileCheck.check(request.header(), request.tables(), existing());
    }

    /** Checks, then writes everything or nothing, as the current user (needs {@code claims.mou.manage}). */
    @Transactional
    public Result importRates(Request request) {
        String user = access.require(ClaimsPermissions.MOU_MANAGE, Scope.department());
        return importAs(request, user);
    }

    /** Same, for a given user (demo data loader); no permission check. */
    @Transactional
    public Result importAs(Request request, String user) {
        RateFileCheck.Result checked = RateFileCheck.check(request.header(), request.tables(), existing());
        if (!checked.ok()) {
            throw new Refused(checked.problems());
        }
        try {
            return write(checked, user);
        } catch (DuplicateKeyException e) {
            // another import recorded the same edition code or date meanwhile (the unique constraints decide)
            throw new Refused(List.of(new RateFileCheck.Problem(null, 0, "code", "claims.rates.import.concurrent")));
        }
    }

    private Result write(RateFileCheck.Result checked, String user) {
        String code = null;
        if (checked.edition() != null) {
            RateFileCheck.Edition e = checked.edition();
            long id = store.insertEdition(e.code(), e.titleEn(), e.titleFr(), e.effectiveFrom(), e.illustrative(),
                    e.source(), user);
            store.insertEquipment(id, checked.equipment().stream().map(RateImport::row).toList());
            store.insertSelfSustainment(id, checked.selfSustainment().stream()
                    .map(s -> new RateStore.SelfSustainmentRow(s.category(), s.description(), s.perPersonPerMonth()))
                    .toList());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("code", e.code());
            after.put("effectiveFrom", e.effectiveFrom().toString());
            after.put("illustrative", e.illustrative());
            after.put("source", e.source());
            after.put("equipmentRates", checked.equipment().size());
            after.put("selfSustainmentRates", checked.selfSustainment().size());
            events.publishEvent(DataChanged.created(EDITION_ENTITY, id, after));
            code = e.code();
        }
        for (RateFileCheck.DatedInput t : checked.troopCost()) {
            store.insertTroopCostRate(new RateStore.DatedAmount(t.effectiveFrom(), t.amount(), t.currency(),
                    t.source()));
            events.publishEvent(DataChanged.created("claims.troop-cost-rate", t.effectiveFrom(), Map.of(
                    "effectiveFrom", t.effectiveFrom().toString(), "perPersonPerMonth", t.amount().toPlainString(),
                    "source", t.source())));
        }
        for (RateFileCheck.DatedInput d : checked.ddStandard()) {
            store.insertDdStandardAmount(new RateStore.DatedAmount(d.effectiveFrom(), d.amount(), d.currency(),
                    d.source()));
            events.publishEvent(DataChanged.created("claims.dd-standard-amount", d.effectiveFrom(), Map.of(
                    "effectiveFrom", d.effectiveFrom().toString(), "amount", d.amount().toPlainString(),
                    "source", d.source())));
        }
        return new Result(code, checked.equipment().size(), checked.selfSustainment().size(),
                checked.troopCost().size(), checked.ddStandard().size());
    }

    private static RateStore.EquipmentRow row(RateFileCheck.EquipmentInput in) {
        LeaseRates.Derived d = in.derived();
        return new RateStore.EquipmentRow(in.code(), in.category(), in.description(), in.gfmv(), in.usefulLifeYears(),
                in.nfiFactor(), in.maintenanceMonthly(), d.dryMonthly(), d.wetMonthly(), in.categoryFr(),
                in.descriptionFr());
    }

    private RateFileCheck.Existing existing() {
        List<RateStore.Edition> editions = store.editions();
        Set<String> codes = editions.stream().map(RateStore.Edition::code).collect(Collectors.toSet());
        Set<LocalDate> dates = editions.stream().map(RateStore.Edition::effectiveFrom).collect(Collectors.toSet());
        Set<LocalDate> troop = new HashSet<>();
        store.troopCostRates().forEach(r -> troop.add(r.effectiveFrom()));
        Set<LocalDate> dd = new HashSet<>();
        store.ddStandardAmounts().forEach(r -> dd.add(r.effectiveFrom()));
        return new RateFileCheck.Existing(codes, dates, troop, dd);
    }
}
