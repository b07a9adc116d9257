package org.fieldsupport.claims.workinggroup.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The COE Working Group's rules (7.5.d). Sessions are triennial: two sessions are at least
 * {@value #CYCLE_YEARS} years apart. A session is PLANNED, then IN_SESSION (proposals decided), then CLOSED (every
 * proposal decided). Proposals come from a Member State (ISO alpha-3) or the Secretariat: a rate revision names an
 * equipment code (new generic fair market value) or a self-sustainment category (new rate per person per month), a
 * new category names a self-sustainment category not yet in the tables with its rate, a Manual change is text.
 * Adopted rate proposals of a session make the next rate-table edition when its COE Manual edition is adopted.
 */
public final class WorkingGroupRules {

    public static final int CYCLE_YEARS = 3;
    public static final String SECRETARIAT = "SECRETARIAT";

    public enum Status { PLANNED, IN_SESSION, CLOSED }

    public enum Kind { RATE_REVISION, NEW_CATEGORY, MANUAL_CHANGE }

    public enum Decision { ADOPTED, REJECTED, DEFERRED }

    private WorkingGroupRules() { }

    /** The year of an existing session closer than three years to {@code year}, if any. */
    public static Optional<Integer> tooClose(int year, List<Integer> existingYears) {
        return existingYears.stream().filter(y -> Math.abs(y - year) < CYCLE_YEARS).findFirst();
    }

    /** Whether a session may move from {@code from} to {@code to}. */
    public static boolean mayMove(Status from, Status to) {
        return (from == Status.PLANNED && to == Status.IN_SESSION) || (from == Status.IN_SESSION && to == Status.CLOSED);
    }

    /** An equipment row of a rate edition (as the rate import reads it). */
    public record EquipmentRow(String code, String category, String description, BigDecimal gfmv, int usefulLifeYears,
                               BigDecimal nfiFactor, BigDecimal maintenanceMonthly, String categoryFr,
                               String descriptionFr) { }

    /** A self-sustainment row of a rate edition. */
    public record CategoryRow(String category, String description, BigDecimal perPersonPerMonth) { }

    /** An adopted proposal that changes the rate tables. */
    public record AdoptedChange(String reference, Kind kind, String subject, String title, BigDecimal amount) { }

    public record NewTables(List<EquipmentRow> equipment, List<CategoryRow> selfSustainment, List<String> applied) { }

    /**
     * The next edition's tables: the base edition's rows with the adopted rate revisions (equipment: new GFMV;
     * category: new rate) and new categories added; {@code applied} lists the proposals' references in order.
     */
    public static NewTables apply(List<EquipmentRow> equipment, List<CategoryRow> categories,
                                  List<AdoptedChange> changes) {
        Map<String, EquipmentRow> eq = new LinkedHashMap<>();
        equipment.forEach(e -> eq.put(e.code(), e));
        Map<String, CategoryRow> ss = new LinkedHashMap<>();
        categories.forEach(c -> ss.put(c.category(), c));
        List<String> applied = new ArrayList<>();
        for (AdoptedChange c : changes) {
            if (c.kind() == Kind.MANUAL_CHANGE || c.subject() == null || c.amount() == null) {
                continue;
            }
            BigDecimal amount = c.amount().setScale(2, RoundingMode.HALF_EVEN);
            EquipmentRow e = eq.get(c.subject());
            if (c.kind() == Kind.RATE_REVISION && e != null) {
                eq.put(e.code(), new EquipmentRow(e.code(), e.category(), e.description(), amount, e.usefulLifeYears(),
                        e.nfiFactor(), e.maintenanceMonthly(), e.categoryFr(), e.descriptionFr()));
                applied.add(c.reference());
            } else if (c.kind() == Kind.RATE_REVISION && ss.containsKey(c.subject())) {
                CategoryRow k = ss.get(c.subject());
                ss.put(k.category(), new CategoryRow(k.category(), k.description(), amount));
                applied.add(c.reference());
            } else if (c.kind() == Kind.NEW_CATEGORY && !ss.containsKey(c.subject())) {
                ss.put(c.subject(), new CategoryRow(c.subject(), c.title(), amount));
                applied.add(c.reference());
            }
        }
        return new NewTables(List.copyOf(eq.values()), List.copyOf(ss.values()), List.copyOf(applied));
    }
}
