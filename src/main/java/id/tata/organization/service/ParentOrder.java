package id.tata.organization.service;

import id.tata.importing.ParsedRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Orders imported agencies so each parent is stored before its children, whatever order the file has them in.
 * Rows whose parents lead round in a circle within the file cannot be ordered and are reported as cycles.
 */
final class ParentOrder {
    private final Map<String, ParsedRow<AgencyRow>> byCode = new HashMap<>();
    private final List<ParsedRow<AgencyRow>> ordered = new ArrayList<>();
    private final Set<String> done = new LinkedHashSet<>();
    private final Set<ParsedRow<AgencyRow>> inCycle = new LinkedHashSet<>();

    ParentOrder(List<ParsedRow<AgencyRow>> rows) {
        rows.forEach(r -> byCode.putIfAbsent(key(r.value().code()), r));
        for (ParsedRow<AgencyRow> row : rows) {
            visit(row, new LinkedHashSet<>());
        }
    }

    List<ParsedRow<AgencyRow>> ordered() {
        return ordered;
    }

    Set<ParsedRow<AgencyRow>> inCycle() {
        return inCycle;
    }

    private void visit(ParsedRow<AgencyRow> row, Set<ParsedRow<AgencyRow>> path) {
        String code = key(row.value().code());
        if (done.contains(code) || inCycle.contains(row)) {
            return;
        }
        if (!path.add(row)) {
            markCycleFrom(row, path);
            return;
        }
        ParsedRow<AgencyRow> parent = row.value().hasParent() ? byCode.get(key(row.value().parentCode())) : null;
        if (parent != null) {
            visit(parent, path);
        }
        path.remove(row);
        if (!inCycle.contains(row) && done.add(code)) {
            ordered.add(row);
        }
    }

    private void markCycleFrom(ParsedRow<AgencyRow> start, Set<ParsedRow<AgencyRow>> path) {
        boolean in = false;
        for (ParsedRow<AgencyRow> r : path) {
            in = in || r.equals(start);
            if (in) {
                inCycle.add(r);
            }
        }
    }

    static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
