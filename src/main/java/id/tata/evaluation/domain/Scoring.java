package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact index of an instrument for a set of levels (SPBE-BRIEF §1.3, PermenPANRB 59/2020 and 8/2026):
 * <pre>
 * aspect index  = Σ(level × indicator weight) / aspect weight
 * domain index  = Σ(aspect index × aspect weight) / domain weight
 * index         = Σ(domain index × domain weight) / 100        (no domains, PEMDI: Σ(aspect index × aspect weight) / 100)
 * </pre>
 *
 * <p><b>Precision.</b> Since aspect index × aspect weight is Σ(level × weight) of the aspect's indicators, the domain
 * and overall formulas are computed from those sums (the brief states the same identity): that is the same value
 * without dividing twice. Dividing first would turn an index like 2.595 into 2.5949…9 whenever an aspect index does
 * not terminate (weight 4.5 gives thirds) and round it down to 2.59 — the wrong published figure. The overall index
 * only divides by 100 and so stays exact; aspect and domain indexes use {@link MathContext#DECIMAL128}.
 *
 * <p><b>Rounding and predicate.</b> The index is shown rounded half-up to 2 decimals and the predicate is taken from
 * that shown value, not from the exact one. The ministry publishes the index with 2 decimals and the predicate of
 * that published number (Aceh Tengah 2025: 2,59 "Cukup"); a report that printed "2,60 Cukup" for an exact 2.595
 * would contradict its own table. SPBE-BRIEF §1.3 makes the same design choice. {@link TargetPlanner} follows it too.
 *
 * <p><b>Missing levels.</b> An indicator without a level adds nothing to any sum but its weight stays in the
 * divisor, so the index is a lower bound; the indicator is listed in {@link Score#missing()} and counted per aspect
 * and domain, so no report can show it as a silent 0.
 */
public final class Scoring {
    /** 34 significant digits: far beyond the 2 decimals shown, and never binary floating point. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /**
     * Scores the levels (indicator number → 1–5; an absent key or a null value is a missing level).
     *
     * @throws IllegalArgumentException for a level outside 1–5, an indicator the instrument does not have, or an
     *                                  instrument whose structure cannot be scored (unknown aspect or domain, zero
     *                                  weight) — naming the indicator, aspect or domain
     */
    public static Score score(Instrument instrument, Map<Integer, Integer> levels) {
        Map<Integer, Integer> given = checkedLevels(instrument, levels);
        boolean hasDomains = !instrument.domains().isEmpty();
        Set<Integer> aspectNos = new HashSet<>();
        for (Aspect aspect : instrument.aspects()) {
            aspectNos.add(aspect.no());
            if (hasDomains && (aspect.domain() == null || instrument.domain(aspect.domain()).isEmpty())) {
                throw new IllegalArgumentException("Aspect " + aspect.no() + " belongs to no domain of "
                        + instrument.code());
            }
            positive(aspect.weight(), "aspect " + aspect.no());
        }
        List<Integer> missing = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Map<Integer, BigDecimal> aspectSums = new HashMap<>();
        Map<Integer, Integer> aspectMissing = new HashMap<>();
        for (Indicator indicator : instrument.indicators()) {
            if (!aspectNos.contains(indicator.aspect())) {
                throw new IllegalArgumentException("Indicator " + indicator.no() + " refers to aspect "
                        + indicator.aspect() + ", which " + instrument.code() + " does not have");
            }
            Integer level = given.get(indicator.no());
            if (level == null) {
                missing.add(indicator.no());
                aspectMissing.merge(indicator.aspect(), 1, Integer::sum);
                continue;
            }
            BigDecimal points = indicator.weight().multiply(BigDecimal.valueOf(level));
            aspectSums.merge(indicator.aspect(), points, BigDecimal::add);
            total = total.add(points);
        }
        missing.sort(Comparator.naturalOrder());

        List<AspectScore> aspects = new ArrayList<>();
        for (Aspect aspect : instrument.aspects()) {
            BigDecimal sum = aspectSums.getOrDefault(aspect.no(), BigDecimal.ZERO);
            aspects.add(new AspectScore(aspect.no(), aspect.name(), aspect.domain(), aspect.weight(),
                    sum.divide(aspect.weight(), PRECISION), aspectMissing.getOrDefault(aspect.no(), 0)));
        }
        List<DomainScore> domains = new ArrayList<>();
        for (Domain domain : instrument.domains()) {
            positive(domain.weight(), "domain " + domain.no());
            BigDecimal sum = BigDecimal.ZERO;
            int domainMissing = 0;
            for (Aspect aspect : instrument.aspectsOf(domain)) {
                sum = sum.add(aspectSums.getOrDefault(aspect.no(), BigDecimal.ZERO));
                domainMissing += aspectMissing.getOrDefault(aspect.no(), 0);
            }
            domains.add(new DomainScore(domain.no(), domain.name(), domain.weight(), sum.divide(domain.weight(),
                    PRECISION), domainMissing));
        }
        BigDecimal index = total.divide(HUNDRED, PRECISION);
        return new Score(instrument.code(), given, index, predicate(instrument, shown(index)), domains, aspects,
                missing);
    }

    /** The index as published: rounded half-up to 2 decimals (2.595 → 2.60, 2.5949 → 2.59). */
    public static BigDecimal shown(BigDecimal index) {
        return index.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The label of the highest band whose minimum the value reaches ("" when the table covers no such value). The
     * table is sorted here by minimum, descending, so an imported file in another order still reads right. Callers
     * pass the shown (rounded) index, see the class comment.
     */
    public static String predicate(Instrument instrument, BigDecimal value) {
        return instrument.predicates().stream()
                .sorted(Comparator.comparing(Predicate::min).reversed())
                .filter(p -> value.compareTo(p.min()) >= 0)
                .map(Predicate::label)
                .findFirst().orElse("");
    }

    /** Checks every level and drops null values (a null value means "no level", as an absent key). */
    static Map<Integer, Integer> checkedLevels(Instrument instrument, Map<Integer, Integer> levels) {
        Map<Integer, Integer> given = new HashMap<>();
        for (Map.Entry<Integer, Integer> entry : levels.entrySet()) {
            Integer no = entry.getKey();
            if (no == null || instrument.indicator(no).isEmpty()) {
                throw new IllegalArgumentException("Indicator " + no + " is not in " + instrument.code());
            }
            if (entry.getValue() != null) {
                given.put(no, checkedLevel(no, entry.getValue()));
            }
        }
        return given;
    }

    static int checkedLevel(int indicator, int level) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("Indicator " + indicator + ": level " + level
                    + " is not a maturity level (1–5)");
        }
        return level;
    }

    private static void positive(BigDecimal weight, String what) {
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("The weight of " + what + " is " + weight.toPlainString()
                    + "; it must be positive to divide by it");
        }
    }
}
