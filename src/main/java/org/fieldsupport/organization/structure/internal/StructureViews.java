package org.fieldsupport.organization.structure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.ReportingStep;
import org.fieldsupport.organization.UnitSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read models the screens and the API share: a unit with its surroundings, the tree, shared units. */
@Service
@Transactional(readOnly = true)
public class StructureViews {

    private final StructureQueries queries;
    private final RelationQueries relations;

    StructureViews(StructureQueries queries, RelationQueries relations) {
        this.queries = queries;
        this.relations = relations;
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    public record UnitView(UnitSummary unit, PositionSummary head, List<PositionSummary> positions,
                           List<UnitSummary> children, List<PositionSummary> chain, List<ReportingStep> steps,
                           List<String> sharedWith, List<String> availableTo, int subtreeSize,
                           List<UnitSummary> ancestors) { }

    public UnitView unitView(UnitSummary unit, LocalDate asOf) {
        LocalDate d = day(asOf);
        PositionSummary head = queries.headOf(unit.code(), d).orElse(null);
        List<PositionSummary> chain = head == null ? List.of() : queries.reportingChain(head.code(), d);
        // one statement for the dual lines of the whole chain, one for the ancestors, a count for the subtree
        // (issue 20: the rich unit read issued a statement per chain step and per ancestor)
        Map<String, List<StructureQueries.Line>> linesByPosition =
                new java.util.HashMap<>();
        for (var line : queries.linesFrom(chain.stream().map(PositionSummary::code).toList(), d)) {
            linesByPosition.computeIfAbsent(line.fromPosition(), k -> new ArrayList<>()).add(line);
        }
        List<ReportingStep> steps = new ArrayList<>();
        for (PositionSummary p : chain) {
            steps.add(new ReportingStep(p, linesByPosition.getOrDefault(p.code(), List.of()).stream()
                    .filter(l -> l.type() == org.fieldsupport.organization.LineType.DUAL)
                    .map(l -> l.toPosition() != null ? l.toPosition() : l.toExternal()).toList()));
        }
        List<RelationQueries.Relation> shared = relations.relationsFrom(unit.code(), "shared_with", d);
        List<UnitSummary> ancestors = new ArrayList<>(queries.ancestors(unit.code(), d));
        java.util.Collections.reverse(ancestors);
        return new UnitView(unit, head, queries.positionsOfUnit(unit.code(), d), queries.children(unit.code(), d),
                chain, steps, shared.stream().map(RelationQueries.Relation::toCode).toList(),
                shared.stream().map(RelationQueries.Relation::availableTo).filter(java.util.Objects::nonNull).toList(),
                queries.subtreeSize(unit.code(), d), ancestors);
    }

    /** A node of the unit tree with its head. */
    public record TreeNode(UnitSummary unit, PositionSummary head, List<TreeNode> children, int depth) {
        public int size() {
            int n = 1;
            for (TreeNode c : children) n += c.size();
            return n;
        }
    }

    /** The tree below {@code rootCode} (the whole department when null). */
    public List<TreeNode> tree(String rootCode, LocalDate asOf) {
        LocalDate d = day(asOf);
        List<UnitSummary> units = rootCode == null ? queries.units(d) : queries.subtree(rootCode, d);
        Map<String, PositionSummary> heads = queries.headsOf(d);
        Map<String, List<UnitSummary>> byParent = new LinkedHashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        units.forEach(u -> codes.add(u.code()));
        List<UnitSummary> roots = new ArrayList<>();
        for (UnitSummary u : units) {
            boolean isRoot = rootCode != null ? u.code().equals(rootCode) : (u.parentCode() == null || !codes.contains(u.parentCode()));
            if (isRoot) roots.add(u);
            else byParent.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
        }
        byParent.values().forEach(list -> list.sort(java.util.Comparator.comparing(UnitSummary::code)));
        return roots.stream().map(r -> node(r, byParent, heads, 0)).toList();
    }

    private TreeNode node(UnitSummary u, Map<String, List<UnitSummary>> byParent, Map<String, PositionSummary> heads,
                          int depth) {
        List<TreeNode> children = depth > 60 ? List.of() : byParent.getOrDefault(u.code(), List.of()).stream()
                .map(c -> node(c, byParent, heads, depth + 1)).toList();
        return new TreeNode(u, heads.get(u.code()), children, depth);
    }

    public List<TreeNode> flatten(List<TreeNode> roots) {
        List<TreeNode> out = new ArrayList<>();
        for (TreeNode r : roots) walk(r, out);
        return out;
    }

    private void walk(TreeNode n, List<TreeNode> out) {
        out.add(n);
        n.children().forEach(c -> walk(c, out));
    }

    /** Shared units (2.4.h): which unit is shared by whom with whom, and to whom it may be made available. */
    public List<RelationQueries.Relation> sharedUnits(LocalDate asOf) {
        return relations.relations("shared_with", day(asOf));
    }

    /** Display name of a unit or external entity code. */
    public Map<String, String[]> names(LocalDate asOf) {
        Map<String, String[]> names = new LinkedHashMap<>();
        relations.externalEntities().values().forEach(e -> names.put(e.code(), new String[] {e.nameFr(), e.nameEn()}));
        queries.units(day(asOf)).forEach(u -> names.put(u.code(), new String[] {u.nameFr(), u.nameEn()}));
        return names;
    }
}
