package id.tata.evaluation.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two scores side by side: year over year on one instrument ({@link #of(Score, Score)}: every indicator, aspect and
 * domain), or across instruments through an {@link IndicatorMapping} (only what the mapping names). Deltas are B − A.
 * {@code unmappedA}/{@code unmappedB} list the indicators of each side the mapping leaves out, so a report can say
 * what was not compared instead of hiding it.
 */
public record Comparison(String instrumentA, String instrumentB, IndexDelta index, String predicateA,
                         String predicateB, List<IndicatorDelta> indicators, List<IndexDelta> aspects,
                         List<IndexDelta> domains, List<Integer> unmappedA, List<Integer> unmappedB) {
    public Comparison {
        Objects.requireNonNull(index, "index");
        indicators = List.copyOf(indicators);
        aspects = List.copyOf(aspects);
        domains = List.copyOf(domains);
        unmappedA = List.copyOf(unmappedA);
        unmappedB = List.copyOf(unmappedB);
    }

    /** Same instrument (e.g. SPBE-2020 in 2024 and 2025): everything compared by number. */
    public static Comparison of(Score a, Score b) {
        if (!a.instrument().equals(b.instrument())) {
            throw new IllegalArgumentException("Scores of " + a.instrument() + " and " + b.instrument()
                    + " can only be compared through an indicator mapping");
        }
        Map<Integer, Integer> indicators = identity(a.indicators());
        Map<Integer, Integer> aspects = identity(a.aspects().stream().map(AspectScore::no).toList());
        Map<Integer, Integer> domains = identity(a.domains().stream().map(DomainScore::no).toList());
        return of(a, b, new IndicatorMapping(indicators, aspects, domains));
    }

    /**
     * Through a mapping (also usable on one instrument, to compare a selection).
     *
     * @throws IllegalArgumentException when the mapping names an indicator, aspect or domain a score does not have
     */
    public static Comparison of(Score a, Score b, IndicatorMapping mapping) {
        Set<Integer> indicatorsA = Set.copyOf(a.indicators());
        Set<Integer> indicatorsB = Set.copyOf(b.indicators());
        List<IndicatorDelta> indicators = new ArrayList<>();
        mapping.indicators().forEach((noA, noB) -> {
            exists(indicatorsA.contains(noA), "indicator", noA, a);
            exists(indicatorsB.contains(noB), "indicator", noB, b);
            indicators.add(new IndicatorDelta(noA, noB, a.levels().get(noA), b.levels().get(noB)));
        });
        List<IndexDelta> aspects = new ArrayList<>();
        mapping.aspects().forEach((noA, noB) -> {
            AspectScore x = a.aspect(noA).orElse(null);
            AspectScore y = b.aspect(noB).orElse(null);
            exists(x != null, "aspect", noA, a);
            exists(y != null, "aspect", noB, b);
            aspects.add(new IndexDelta(noA, noB, y.name(), x.index(), y.index(), x.missing(), y.missing()));
        });
        List<IndexDelta> domains = new ArrayList<>();
        mapping.domains().forEach((noA, noB) -> {
            DomainScore x = a.domain(noA).orElse(null);
            DomainScore y = b.domain(noB).orElse(null);
            exists(x != null, "domain", noA, a);
            exists(y != null, "domain", noB, b);
            domains.add(new IndexDelta(noA, noB, y.name(), x.index(), y.index(), x.missing(), y.missing()));
        });
        TreeSet<Integer> unmappedA = new TreeSet<>(indicatorsA);
        unmappedA.removeAll(mapping.indicators().keySet());
        TreeSet<Integer> unmappedB = new TreeSet<>(indicatorsB);
        unmappedB.removeAll(mapping.indicators().values());
        IndexDelta index = new IndexDelta(0, 0, "", a.index(), b.index(), a.missing().size(), b.missing().size());
        return new Comparison(a.instrument(), b.instrument(), index, a.predicate(), b.predicate(), indicators,
                aspects, domains, List.copyOf(unmappedA), List.copyOf(unmappedB));
    }

    private static Map<Integer, Integer> identity(List<Integer> numbers) {
        Map<Integer, Integer> map = new HashMap<>();
        numbers.forEach(n -> map.put(n, n));
        return map;
    }

    private static void exists(boolean present, String what, int no, Score score) {
        if (!present) {
            throw new IllegalArgumentException("The mapping names " + what + " " + no + ", which "
                    + score.instrument() + " does not have");
        }
    }
}
