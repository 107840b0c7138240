package id.tata.organization.report;

import id.tata.organization.domain.Agency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agencies with each one's sub-units right after it, at every level in code order. An agency whose parent is not in
 * the list stands at the top level; agencies caught in a parent cycle (which the service refuses, but a list must
 * never lose rows) are listed after the rest.
 */
final class AgencyOrder {
    private static final Comparator<Agency> BY_CODE = Comparator.comparing(Agency::code, CodeOrder.INSTANCE);

    private final Map<Long, List<Agency>> children = new HashMap<>();
    private final Set<Agency> placed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Agency> ordered = new ArrayList<>();

    private AgencyOrder() {
    }

    static List<Agency> parentsFirst(List<Agency> agencies) {
        AgencyOrder order = new AgencyOrder();
        Map<Long, Agency> byId = byId(agencies);
        List<Agency> roots = new ArrayList<>();
        for (Agency agency : agencies) {
            if (agency.parentId() == null || !byId.containsKey(agency.parentId())) {
                roots.add(agency);
            } else {
                order.children.computeIfAbsent(agency.parentId(), id -> new ArrayList<>()).add(agency);
            }
        }
        order.children.values().forEach(list -> list.sort(BY_CODE));
        roots.sort(BY_CODE);
        roots.forEach(order::visit);
        agencies.stream().filter(a -> !order.placed.contains(a)).sorted(BY_CODE).forEach(order::visit);
        return List.copyOf(order.ordered);
    }

    /** Parents by id; the list's agencies, as map keys, only those that have been stored. */
    static Map<Long, Agency> byId(List<Agency> agencies) {
        Map<Long, Agency> byId = new HashMap<>();
        for (Agency agency : agencies) {
            if (agency.id() != null) {
                byId.putIfAbsent(agency.id(), agency);
            }
        }
        return byId;
    }

    private void visit(Agency agency) {
        if (!placed.add(agency)) {
            return;
        }
        ordered.add(agency);
        if (agency.id() != null) {
            children.getOrDefault(agency.id(), List.of()).forEach(this::visit);
        }
    }
}
