package id.tata.organization.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a bulk write did to one table, found by comparing the records before and after it: the records it created,
 * and the old and new values of those it changed. Comparing states (rather than trusting counts) also catches
 * records a service created on the side, such as positions named in a people file.
 */
record RecordChanges<R>(List<R> created, List<R> changedBefore, List<R> changedAfter) {
    RecordChanges {
        created = List.copyOf(created);
        changedBefore = List.copyOf(changedBefore);
        changedAfter = List.copyOf(changedAfter);
    }

    static <R> RecordChanges<R> between(Map<Long, R> before, Map<Long, R> after) {
        List<R> created = after.entrySet().stream().filter(e -> !before.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<Long> changed = after.keySet().stream()
                .filter(id -> before.containsKey(id) && !Objects.equals(before.get(id), after.get(id))).toList();
        return new RecordChanges<>(created, changed.stream().map(before::get).toList(),
                changed.stream().map(after::get).toList());
    }
}
