package id.tata.raci.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The textbook rules of a RACI matrix, reported as warnings in a fixed order: per task (in order) no A, no R, more
 * than one A; then per party (in order) no letter anywhere, R on more tasks than the threshold.
 */
public final class RaciCheck {
    /** Above this many R's a party is probably carrying too much (configurable per check). */
    public static final int DEFAULT_OVERLOAD = 10;

    private RaciCheck() {
    }

    public static List<RaciWarning> warnings(RaciMatrix m) {
        return warnings(m, DEFAULT_OVERLOAD);
    }

    public static List<RaciWarning> warnings(RaciMatrix m, int overloadThreshold) {
        List<RaciWarning> out = new ArrayList<>();
        for (int t = 0; t < m.tasks().size(); t++) {
            long a = count(m, t, "A");
            if (a == 0) {
                out.add(new RaciWarning(RaciWarning.Kind.NO_ACCOUNTABLE, t + 1, null));
            }
            if (count(m, t, "R") == 0) {
                out.add(new RaciWarning(RaciWarning.Kind.NO_RESPONSIBLE, t + 1, null));
            }
            if (a > 1) {
                out.add(new RaciWarning(RaciWarning.Kind.MULTIPLE_ACCOUNTABLE, t + 1, null));
            }
        }
        for (int p = 0; p < m.parties().size(); p++) {
            String name = m.parties().get(p).name();
            final int party = p;
            List<RaciCell> column = m.cells().stream().map(row -> row.get(party)).toList();
            if (column.stream().allMatch(RaciCell::isEmpty)) {
                out.add(new RaciWarning(RaciWarning.Kind.UNUSED_PARTY, null, name));
            }
            if (column.stream().filter(c -> c.has("R")).count() > overloadThreshold) {
                out.add(new RaciWarning(RaciWarning.Kind.OVERLOADED_PARTY, null, name));
            }
        }
        return out;
    }

    private static long count(RaciMatrix m, int task, String letter) {
        return m.cells().get(task).stream().filter(c -> c.has(letter)).count();
    }
}
