package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The result of {@link Scoring#score}: the exact index, its predicate (taken from the shown, rounded index — see
 * {@link Scoring}), the domain and aspect indexes in instrument order, the levels that were scored and the sorted
 * numbers of the indicators without a level. An incomplete score is a lower bound and must be reported as such.
 */
public record Score(String instrument, Map<Integer, Integer> levels, BigDecimal index, String predicate,
                    List<DomainScore> domains, List<AspectScore> aspects, List<Integer> missing) {
    public Score {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(predicate, "predicate");
        levels = Map.copyOf(levels);
        domains = List.copyOf(domains);
        aspects = List.copyOf(aspects);
        missing = List.copyOf(missing);
    }

    /** The index as published: half-up to 2 decimals. */
    public BigDecimal shown() {
        return Scoring.shown(index);
    }

    /** True when every indicator has a level. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /** The scored level of an indicator, empty when it has none. */
    public Optional<Integer> level(int indicator) {
        return Optional.ofNullable(levels.get(indicator));
    }

    /** Every indicator of the instrument, scored or missing, by number. */
    public List<Integer> indicators() {
        TreeSet<Integer> all = new TreeSet<>(levels.keySet());
        all.addAll(missing);
        return List.copyOf(all);
    }

    /** Levels sorted by indicator number (the map itself has no order). */
    public Map<Integer, Integer> sortedLevels() {
        return new TreeMap<>(levels);
    }

    public Optional<AspectScore> aspect(int no) {
        return aspects.stream().filter(a -> a.no() == no).findFirst();
    }

    public Optional<DomainScore> domain(int no) {
        return domains.stream().filter(d -> d.no() == no).findFirst();
    }
}
