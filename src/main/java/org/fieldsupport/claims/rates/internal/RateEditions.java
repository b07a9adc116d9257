package org.fieldsupport.claims.rates.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldsupport.claims.rates.domain.RateFileCheck;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.claims.shared.internal.EquipmentLabels;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rate screens and API show: editions (the one in force today marked), an edition's rates with the
 * inputs they were derived from, the troop-cost and D&amp;D standard-amount histories, and import templates.
 * Reading needs {@code claims.calculate} in any scope (every claims user, Member States included); importing
 * needs {@code claims.mou.manage} ({@link RateImport}).
 */
@Service
@Transactional(readOnly = true)
public class RateEditions {

    private final RateStore store;
    private final ClaimsAccess access;
    private final ObjectProvider<AccessPolicy> accessPolicy;

    RateEditions(RateStore store, ClaimsAccess access, ObjectProvider<AccessPolicy> accessPolicy) {
        this.store = store;
        this.access = access;
        this.accessPolicy = accessPolicy;
    }

    public record EditionSummary(String code, String titleEn, String titleFr, LocalDate effectiveFrom,
                                 boolean illustrative, String source, String currency, int equipmentRates,
                                 int selfSustainmentRates, boolean inForce) {
        public String title(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? titleFr : titleEn;
        }
    }

    public record EquipmentDetail(String code, String category, String description, BigDecimal gfmv,
                                  int usefulLifeYears, BigDecimal nfiFactor, BigDecimal maintenanceMonthly,
                                  BigDecimal dryMonthly, BigDecimal wetMonthly, String categoryFr,
                                  String descriptionFr) {
        /** The category in the reader's language (French when known on a French page). */
        public String category(Locale locale) {
            return EquipmentLabels.of(locale, category, categoryFr);
        }

        public String description(Locale locale) {
            return EquipmentLabels.of(locale, description, descriptionFr);
        }
    }

    public record SelfSustainmentDetail(String category, String description, BigDecimal perPersonPerMonth) { }

    public record EditionDetail(EditionSummary edition, List<EquipmentDetail> equipment,
                                List<SelfSustainmentDetail> selfSustainment) { }

    public record DatedAmount(LocalDate effectiveFrom, BigDecimal amount, String currency, String source,
                              boolean inForce) { }

    /** Every edition, latest first; {@code inForce} marks the one in force today. */
    public List<EditionSummary> editions() {
        requireRead();
        Optional<Long> inForce = store.editionInForce(LocalDate.now()).map(RateStore.Edition::id);
        return store.editions().stream().map(e -> summary(e, inForce)).toList();
    }

    public EditionDetail edition(String code) {
        requireRead();
        RateStore.Edition e = store.edition(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("rate-edition", code));
        Optional<Long> inForce = store.editionInForce(LocalDate.now()).map(RateStore.Edition::id);
        return new EditionDetail(summary(e, inForce),
                store.equipment(e.id()).stream().map(r -> new EquipmentDetail(r.code(), r.category(),
                        r.description(), r.gfmv(), r.usefulLifeYears(), r.nfiFactor(), r.maintenanceMonthly(),
                        r.dryMonthly(), r.wetMonthly(), r.categoryFr(), r.descriptionFr())).toList(),
                store.selfSustainment(e.id()).stream().map(r -> new SelfSustainmentDetail(r.category(),
                        r.description(), r.perPersonPerMonth())).toList());
    }

    /** Troop-cost rates per person per month, latest first. */
    public List<DatedAmount> troopCostRates() {
        requireRead();
        return dated(store.troopCostRates());
    }

    /** Death-and-disability standard amounts, latest first. */
    public List<DatedAmount> ddStandardAmounts() {
        requireRead();
        return dated(store.ddStandardAmounts());
    }

    /** Importing needs {@code claims.mou.manage} at department level. */
    public void requireImport() {
        access.require(ClaimsPermissions.MOU_MANAGE, Scope.department());
    }

    /** May the current user import rates? (to show the import link) */
    public boolean mayImport() {
        return access.may(ClaimsPermissions.MOU_MANAGE, Scope.department());
    }

    /** An empty import template (header row and one example row) for a table, CSV or XLSX. */
    public byte[] template(RateFileCheck.Table table, boolean xlsx) {
        requireRead();
        List<java.util.Map<String, String>> example = List.of(RateTemplates.example(table));
        return xlsx ? TabularFile.xlsx(table.key(), table.columns(), example)
                : TabularFile.csv(table.columns(), example);
    }

    /** Reading: {@code claims.calculate} in some scope. */
    void requireRead() {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy != null && policy.scopesOf(user, ClaimsPermissions.CALCULATE).isEmpty()) {
            throw new AccessDeniedException(user + " may not read the COE rate tables");
        }
    }

    private static List<DatedAmount> dated(List<RateStore.DatedAmount> rows) {
        LocalDate today = LocalDate.now();
        LocalDate inForce = rows.stream().map(RateStore.DatedAmount::effectiveFrom).filter(d -> !d.isAfter(today))
                .max(LocalDate::compareTo).orElse(null);
        return rows.stream().map(r -> new DatedAmount(r.effectiveFrom(), r.amount(), r.currency(), r.source(),
                r.effectiveFrom().equals(inForce))).toList();
    }

    private EditionSummary summary(RateStore.Edition e, Optional<Long> inForce) {
        return new EditionSummary(e.code(), e.titleEn(), e.titleFr(), e.effectiveFrom(), e.illustrative(), e.source(),
                e.currency(), store.countEquipment(e.id()), store.countSelfSustainment(e.id()),
                inForce.map(id -> id == e.id()).orElse(false));
    }
}
