package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "What does it take to reach Sangat Baik?": the fewest one-level steps that bring the shown index to a target.
 *
 * <p>The index is Σ(level × weight) / 100 (see {@link Scoring}), so one step on indicator i raises it by exactly
 * weight_i / 100, whatever the indicator's current level. The k steps with the largest total gain are therefore the
 * k largest weights still below level 5, and taking the heaviest indicator first at every step gives the shortest
 * list. Among equal weights the lower current level goes first (it spreads the effort, and a missing indicator — level
 * "0" — is entered before a level is raised), then the lower indicator number, so the plan is deterministic.
 *
 * <p>The target is reached when the <em>shown</em> index (half-up, 2 decimals) is at least the target: the same rule
 * that decides the predicate, so a plan for "Sangat Baik" ends exactly where the report would print it.
 */
public final class TargetPlanner {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetPlanner() {
    }

    /** The fewest steps from {@code levels} to a shown index of at least {@code target}. */
    public static TargetPlan fewestSteps(Instrument instrument, Map<Integer, Integer> levels, BigDecimal target) {
        Score start = Scoring.score(instrument, levels);
        BigDecimal best = Scoring.score(instrument, allFives(instrument)).index();
        if (reaches(start.index(), target)) {
            return new TargetPlan(target, TargetPlan.Outcome.ALREADY_REACHED, List.of(), start.index(),
                    start.index(), best);
        }
        if (!reaches(best, target)) {
            return new TargetPlan(target, TargetPlan.Outcome.UNREACHABLE, List.of(), start.index(), start.index(),
                    best);
        }
        Map<Integer, Integer> current = new HashMap<>(start.levels());
        Comparator<Indicator> order = Comparator.comparing(Indicator::weight).reversed()
                .thenComparingInt(i -> current.getOrDefault(i.no(), 0))
                .thenComparingInt(Indicator::no);
        List<TargetStep> steps = new ArrayList<>();
        BigDecimal index = start.index();
        while (!reaches(index, target)) {
            // never empty here: the all-5 index reaches the target, so some indicator with weight is below 5
            Indicator next = instrument.indicators().stream()
                    .filter(i -> i.weight().signum() > 0 && current.getOrDefault(i.no(), 0) < 5)
                    .min(order).orElseThrow();
            Integer from = current.get(next.no());
            int to = from == null ? 1 : from + 1;
            BigDecimal gain = next.weight().divide(HUNDRED, Scoring.PRECISION);
            steps.add(new TargetStep(next.no(), from, to, gain));
            current.put(next.no(), to);
            index = index.add(gain);
        }
        // the running sum is exact; scoring the final levels states the same index from the formula itself
        BigDecimal end = Scoring.score(instrument, current).index();
        return new TargetPlan(target, TargetPlan.Outcome.REACHABLE, steps, start.index(), end, best);
    }

    /** The fewest steps to the lowest index of a predicate of the instrument ("Sangat Baik" → 3.5 in SPBE-2020). */
    public static TargetPlan toPredicate(Instrument instrument, Map<Integer, Integer> levels, String label) {
        BigDecimal min = instrument.predicates().stream().filter(p -> p.label().equals(label))
                .map(Predicate::min).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No predicate \"" + label + "\" in "
                        + instrument.code()));
        return fewestSteps(instrument, levels, min);
    }

    private static boolean reaches(BigDecimal index, BigDecimal target) {
        return Scoring.shown(index).compareTo(target) >= 0;
    }

    private static Map<Integer, Integer> allFives(Instrument instrument) {
        Map<Integer, Integer> levels = new HashMap<>();
        instrument.indicators().forEach(i -> levels.put(i.no(), 5));
        return levels;
    }
}
