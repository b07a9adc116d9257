package org.fieldsupport.budget.estimate.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The classes of expenditure of BUDGET-2026-v1, each in its group (codes fixed; labels in the bundles). */
public enum ExpenditureClass {
    MILITARY_OBSERVERS(CostGroup.I),
    MILITARY_CONTINGENTS(CostGroup.I),
    UN_POLICE(CostGroup.I),
    FORMED_POLICE_UNITS(CostGroup.I),
    INTERNATIONAL_STAFF(CostGroup.II),
    NATIONAL_STAFF(CostGroup.II),
    UN_VOLUNTEERS(CostGroup.II),
    GENERAL_TEMPORARY_ASSISTANCE(CostGroup.II),
    GOVERNMENT_PROVIDED_PERSONNEL(CostGroup.II),
    CONSULTANTS(CostGroup.III),
    OFFICIAL_TRAVEL(CostGroup.III),
    FACILITIES_AND_INFRASTRUCTURE(CostGroup.III),
    GROUND_TRANSPORTATION(CostGroup.III),
    AIR_OPERATIONS(CostGroup.III),
    MARINE_OPERATIONS(CostGroup.III),
    COMMUNICATIONS_AND_IT(CostGroup.III),
    MEDICAL(CostGroup.III),
    OTHER_SUPPLIES_SERVICES_EQUIPMENT(CostGroup.III),
    QUICK_IMPACT_PROJECTS(CostGroup.III);

    private final CostGroup group;

    ExpenditureClass(CostGroup group) {
        this.group = group;
    }

    public CostGroup group() { return group; }

    public String labelKey() { return "budget.class." + name(); }

    /** The class of an exact code; empty for null or an unknown code. */
    public static Optional<ExpenditureClass> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.name().equals(code.trim())).findFirst();
    }

    public static List<ExpenditureClass> inGroup(CostGroup group) {
        return Arrays.stream(values()).filter(c -> c.group == group).toList();
    }
}
