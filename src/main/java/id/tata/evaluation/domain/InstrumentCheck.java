package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Whether an instrument can be used to score: every problem at once, not the first, so whoever wrote the file can fix
 * them in one go. Paths name the place in the JSON shape ("aspects[2].weight", positions counted from 0), keys the
 * reason ({@code evaluation.instrument.check.*}). Weights are compared exactly (BigDecimal) within
 * {@link #TOLERANCE}, as the ministry's tables round to two decimals.
 */
public final class InstrumentCheck {
    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    public static final int LOWEST_LEVEL = 1;
    public static final int HIGHEST_LEVEL = 5;
    private static final BigDecimal WHOLE_INDEX = BigDecimal.valueOf(100);
    private static final String KEY = "evaluation.instrument.check.";

    private final Instrument instrument;
    private final List<InstrumentProblem> problems = new ArrayList<>();

    private InstrumentCheck(Instrument instrument) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
    }

    /** Every ERROR and WARNING of the instrument; empty when it is sound. */
    public static List<InstrumentProblem> check(Instrument instrument) {
        InstrumentCheck check = new InstrumentCheck(instrument);
        check.numbers();
        check.references();
        check.weights();
        check.levels();
        check.predicates();
        return List.copyOf(check.problems);
    }

    private void error(String path, String reason, Object... args) {
        problems.add(InstrumentProblem.error(path, KEY + reason, args));
    }

    private void numbers() {
        duplicates("domains", instrument.domains(), Domain::no);
        duplicates("aspects", instrument.aspects(), Aspect::no);
        duplicates("indicators", instrument.indicators(), Indicator::no);
        if (instrument.indicators().isEmpty()) {
            error("indicators", "noIndicators");
        }
    }

    private <T> void duplicates(String list, List<T> items, ToIntFunction<T> number) {
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int no = number.applyAsInt(items.get(i));
            Integer earlier = first.putIfAbsent(no, i);
            if (earlier != null) {
                error(list + "[" + i + "].no", "duplicateNo", no, list + "[" + earlier + "]");
            }
        }
    }

    private void references() {
        boolean withDomains = !instrument.domains().isEmpty();
        for (int i = 0; i < instrument.aspects().size(); i++) {
            Integer domain = instrument.aspects().get(i).domain();
            if (domain == null && withDomains) {
                error("aspects[" + i + "].domain", "aspectWithoutDomain");
            } else if (domain != null && instrument.domain(domain).isEmpty()) {
                error("aspects[" + i + "].domain", "unknownDomain", domain);
            }
        }
        for (int i = 0; i < instrument.indicators().size(); i++) {
            Indicator indicator = instrument.indicators().get(i);
            if (instrument.aspect(indicator.aspect()).isEmpty()) {
                error("indicators[" + i + "].aspect", "unknownAspect", indicator.aspect());
            }
            if (!instrument.scales().containsKey(indicator.scale())) {
                error("indicators[" + i + "].scale", "unknownScale", indicator.scale(),
                        String.join(", ", new TreeSet<>(instrument.scales().keySet())));
            }
        }
    }

    private void weights() {
        notNegative("domains", instrument.domains(), Domain::weight);
        notNegative("aspects", instrument.aspects(), Aspect::weight);
        notNegative("indicators", instrument.indicators(), Indicator::weight);
        for (int i = 0; i < instrument.aspects().size(); i++) {
            Aspect aspect = instrument.aspects().get(i);
            BigDecimal sum = sum(instrument.indicatorsOf(aspect), Indicator::weight);
            if (!close(sum, aspect.weight())) {
                error("aspects[" + i + "].weight", "aspectSum", aspect.no(), aspect.weight(), sum);
            }
        }
        for (int i = 0; i < instrument.domains().size(); i++) {
            Domain domain = instrument.domains().get(i);
            BigDecimal sum = sum(instrument.aspectsOf(domain), Aspect::weight);
            if (!close(sum, domain.weight())) {
                error("domains[" + i + "].weight", "domainSum", domain.no(), domain.weight(), sum);
            }
        }
        if (instrument.domains().isEmpty()) {
            BigDecimal sum = sum(instrument.aspects(), Aspect::weight);
            if (!close(sum, WHOLE_INDEX)) {
                error("aspects", "aspectsTotal", sum);
            }
        } else {
            BigDecimal sum = sum(instrument.domains(), Domain::weight);
            if (!close(sum, WHOLE_INDEX)) {
                error("domains", "domainsTotal", sum);
            }
        }
    }

    private <T> void notNegative(String list, List<T> items, Function<T, BigDecimal> weight) {
        for (int i = 0; i < items.size(); i++) {
            if (weight.apply(items.get(i)).signum() < 0) {
                error(list + "[" + i + "].weight", "negativeWeight", weight.apply(items.get(i)));
            }
        }
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> weight) {
        return items.stream().map(weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean close(BigDecimal actual, BigDecimal expected) {
        return actual.subtract(expected).abs().compareTo(TOLERANCE) <= 0;
    }

    private void levels() {
        for (int i = 0; i < instrument.indicators().size(); i++) {
            levelsOf("indicators[" + i + "]", instrument.indicators().get(i));
        }
    }

    private void levelsOf(String path, Indicator indicator) {
        TreeSet<Integer> missing = new TreeSet<>();
        for (int level = LOWEST_LEVEL; level <= HIGHEST_LEVEL; level++) {
            missing.add(level);
        }
        TreeSet<Integer> empty = new TreeSet<>();
        List<LevelCriteria> levels = indicator.levels();
        for (int j = 0; j < levels.size(); j++) {
            int level = levels.get(j).level();
            if (level < LOWEST_LEVEL || level > HIGHEST_LEVEL) {
                error(path + ".levels[" + j + "].level", "levelOutOfRange", level, LOWEST_LEVEL, HIGHEST_LEVEL);
            } else if (!missing.remove(level)) {
                error(path + ".levels[" + j + "].level", "duplicateLevel", level);
            } else if (levels.get(j).criteria().isBlank()) {
                empty.add(level);
            }
        }
        if (!missing.isEmpty()) {
            error(path + ".levels", "missingLevels", indicator.no(), joined(missing));
        }
        if (!empty.isEmpty()) {
            problems.add(InstrumentProblem.warning(path + ".levels", KEY + "emptyCriteria", indicator.no(),
                    joined(empty)));
        }
    }

    private static String joined(TreeSet<Integer> levels) {
        return levels.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * The predicate table is read top down (the label of the first band whose minimum the index reaches), so the
     * minimums must fall strictly, and the last one must reach down to the lowest index an assessment can give
     * (every indicator at level 1), or some result would have no predicate.
     */
    private void predicates() {
        List<Predicate> predicates = instrument.predicates();
        if (predicates.isEmpty()) {
            error("predicates", "noPredicates");
            return;
        }
        for (int j = 1; j < predicates.size(); j++) {
            int order = predicates.get(j).min().compareTo(predicates.get(j - 1).min());
            if (order == 0) {
                error("predicates[" + j + "].min", "duplicatePredicate", predicates.get(j).min());
            } else if (order > 0) {
                error("predicates[" + j + "].min", "predicatesOrder", predicates.get(j).min(),
                        predicates.get(j - 1).min());
            }
        }
        BigDecimal lowest = predicates.stream().map(Predicate::min).min(BigDecimal::compareTo).orElseThrow();
        if (lowest.compareTo(BigDecimal.valueOf(LOWEST_LEVEL)) > 0) {
            error("predicates", "predicatesUncovered", lowest, LOWEST_LEVEL);
        }
    }
}
