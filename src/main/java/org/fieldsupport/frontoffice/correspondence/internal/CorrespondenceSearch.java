package org.fieldsupport.frontoffice.correspondence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.frontoffice.correspondence.domain.Classification;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.UnitSummary;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.search.SearchContributor;
import org.fieldsupport.platform.search.SearchEntry;
import org.fieldsupport.platform.search.SearchIndex;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Correspondence items in the platform's global search, under the register's classification rule
 * ({@code Visibility}): an unclassified item is found by the readers of the unit holding it, a confidential one by
 * those cleared for confidential correspondence of that unit, both by its addressees; a strictly confidential item
 * by its addressees only (entry-level access, {@link SearchEntry#users()}; no permission row at all, so no registry,
 * front office or administrator finds or counts it). The kit does not expand a unit's sub-units: the entry carries
 * the holding unit and each unit above it (a reader scoped to a parent unit reaches its subtree in the register);
 * an item not yet assigned is found by department-wide readers only.
 *
 * <p>Incremental: the entry is re-put in the transaction of every change of the item (the register publishes
 * {@link DataChanged} on registration, each move and each file); at start-up only the items missing from the index
 * are added (in batches), so a register of 500,000 items is not re-indexed on every start.
 */
@Component
class CorrespondenceSearch implements SearchContributor {

    static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final SearchIndex index;
    private final OrganizationStructure structure;

    CorrespondenceSearch(JdbcClient jdbc, SearchIndex index, OrganizationStructure structure) {
        this.jdbc = jdbc;
        this.index = index;
        this.structure = structure;
    }

    record Indexed(long id, String reference, String subject, String sender, String classification,
                   String assignedUnit, String missionCode, String status, String outgoingReference) { }

    private static final String SELECT = "SELECT c.id, c.reference, c.subject, c.sender, c.classification,"
            + " c.assigned_unit, c.mission_code, c.status, c.outgoing_reference FROM fo_correspondence c";

    @EventListener
    void changed(DataChanged e) {
        if (CorrespondenceRegister.ENTITY.equals(e.entityType()) && e.entityId() != null) {
            long id = Long.parseLong(e.entityId());
            List<Indexed> rows = jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(Indexed.class).list();
            if (rows.isEmpty()) {
                index.remove(CorrespondenceRegister.ENTITY, e.entityId());
            } else {
                index.putAll(entries(rows, new HashMap<>()));
            }
        }
    }

    /** Adds the items not yet in the index, a batch at a time (their later changes re-put them as they happen). */
    @Override
    public void contribute(SearchIndex target) {
        Map<String, List<String>> ancestors = new HashMap<>();
        while (true) {
            List<Indexed> rows = jdbc.sql(SELECT + " WHERE NOT EXISTS (SELECT 1 FROM search_entry e"
                            + " WHERE e.record_type = :type AND e.record_id = CAST(c.id AS VARCHAR(100)))"
                            + " ORDER BY c.id FETCH FIRST " + BATCH + " ROWS ONLY")
                    .param("type", CorrespondenceRegister.ENTITY).query(Indexed.class).list();
            if (rows.isEmpty()) {
                return;
            }
            target.putAll(entries(rows, ancestors));
            if (rows.size() < BATCH) {
                return;
            }
        }
    }

    private List<SearchEntry> entries(List<Indexed> rows, Map<String, List<String>> ancestors) {
        Map<Long, List<String>> addressees = new HashMap<>();
        jdbc.sql("SELECT correspondence_id, username FROM fo_correspondence_addressee WHERE correspondence_id IN (:ids)")
                .param("ids", rows.stream().map(Indexed::id).toList())
                .query((rs, n) -> addressees.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        List<SearchEntry> out = new ArrayList<>();
        for (Indexed r : rows) {
            out.add(entry(r, addressees.getOrDefault(r.id(), List.of()),
                    r.assignedUnit() == null ? List.of() : ancestors.computeIfAbsent(r.assignedUnit(), this::unitAndAbove)));
        }
        return out;
    }

    /** The entry for one item: who finds it follows {@code Visibility.canSee}. */
    static SearchEntry entry(Indexed r, List<String> addressees, List<String> unitAndAbove) {
        Classification classification = Classification.valueOf(r.classification());
        List<SearchEntry.Access> access = new ArrayList<>();
        String permission = switch (classification) {
            case UNCLASSIFIED -> FrontOfficeAccess.CORRESPONDENCE_READ;
            case CONFIDENTIAL -> FrontOfficeAccess.CORRESPONDENCE_CONFIDENTIAL;
            case STRICTLY_CONFIDENTIAL -> null;
        };
        if (permission != null) {
            if (unitAndAbove.isEmpty()) {
                access.add(SearchEntry.access(permission, Scope.department()));
            } else {
                unitAndAbove.forEach(u -> access.add(SearchEntry.access(permission, Scope.unit(u))));
            }
        }
        String text = String.join(" ", r.sender(), r.outgoingReference() == null ? "" : r.outgoingReference(),
                r.missionCode() == null ? "" : r.missionCode(), r.status());
        return new SearchEntry(CorrespondenceRegister.ENTITY, String.valueOf(r.id()), r.reference(), r.subject(), text,
                "/frontoffice/correspondence/" + r.id(), access, addressees);
    }

    /** The unit and every unit above it (today's structure); the unit alone when the structure does not know it. */
    private List<String> unitAndAbove(String unit) {
        Set<String> chain = new LinkedHashSet<>();
        String code = unit;
        LocalDate today = LocalDate.now();
        while (code != null && chain.add(code)) {
            code = structure.unit(code, today).map(UnitSummary::parentCode).orElse(null);
        }
        return List.copyOf(chain);
    }
}
