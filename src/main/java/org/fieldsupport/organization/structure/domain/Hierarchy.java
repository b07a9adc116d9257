package org.fieldsupport.organization.structure.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A child → parent map (units under units, positions reporting to positions) and the rules every such
 * tree keeps: no node is its own ancestor.
 */
public final class Hierarchy {

    private final Map<String, String> parentOf;

    public Hierarchy(Map<String, String> parentOf) {
        this.parentOf = Map.copyOf(withoutNullValues(parentOf));
    }

    private static Map<String, String> withoutNullValues(Map<String, String> map) {
        Map<String, String> copy = new HashMap<>();
        map.forEach((k, v) -> { if (k != null && v != null) copy.put(k, v); });
        return copy;
    }

    /** Ancestors of {@code node}, nearest first; stops (without looping) if a cycle is met. */
    public List<String> ancestors(String node) {
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(node);
        String current = parentOf.get(node);
        while (current != null && seen.add(current)) {
            result.add(current);
            current = parentOf.get(current);
        }
        return result;
    }

    /** Whether making {@code newParent} the parent of {@code node} would close a loop. */
    public boolean wouldCreateCycle(String node, String newParent) {
        if (newParent == null) return false;
        if (node.equals(newParent)) return true;
        return ancestors(newParent).contains(node);
    }

    /** Every cycle in the map, each as the list of its nodes (each cycle reported once). */
    public List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : parentOf.keySet()) {
            if (done.contains(start)) continue;
            LinkedHashSet<String> path = new LinkedHashSet<>();
            String current = start;
            while (current != null && !done.contains(current) && path.add(current)) {
                current = parentOf.get(current);
            }
            if (current != null && path.contains(current)) {
                List<String> cycle = new ArrayList<>();
                boolean in = false;
                for (String n : path) {
                    if (n.equals(current)) in = true;
                    if (in) cycle.add(n);
                }
                cycles.add(cycle);
            }
            done.addAll(path);
        }
        return cycles;
    }

    /** Nodes whose parent is not itself a node of the map nor one of {@code knownRoots}. */
    public Set<String> unknownParents(Set<String> nodes, Set<String> knownOutside) {
        Set<String> unknown = new LinkedHashSet<>();
        parentOf.forEach((child, parent) -> {
            if (!nodes.contains(parent) && !knownOutside.contains(parent)) unknown.add(child);
        });
        return unknown;
    }
}
