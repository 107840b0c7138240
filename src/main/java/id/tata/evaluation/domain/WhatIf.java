package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A sandbox over an assessment's levels: set or clear levels and see the index and predicate move, without touching
 * the assessment. The base is copied when the sandbox is made, so later changes to the caller's map do not leak in.
 * Not thread-safe: one sandbox belongs to one screen.
 */
public final class WhatIf {
    private final Instrument instrument;
    private final Map<Integer, Integer> base;
    private final Map<Integer, Integer> current;
    private final Score baseScore;

    public WhatIf(Instrument instrument, Map<Integer, Integer> base) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.base = Scoring.checkedLevels(instrument, base);
        this.current = new HashMap<>(this.base);
        this.baseScore = Scoring.score(instrument, this.base);
    }

    /** Sets a level (1–5) of an indicator of the instrument. */
    public WhatIf set(int indicator, int level) {
        known(indicator);
        current.put(indicator, Scoring.checkedLevel(indicator, level));
        return this;
    }

    /** Removes an indicator's level, as if it had not been entered. */
    public WhatIf clear(int indicator) {
        known(indicator);
        current.remove(indicator);
        return this;
    }

    /** Puts an indicator back to its base level (or no level). */
    public WhatIf revert(int indicator) {
        known(indicator);
        if (base.containsKey(indicator)) {
            current.put(indicator, base.get(indicator));
        } else {
            current.remove(indicator);
        }
        return this;
    }

    /** Back to the base for every indicator. */
    public WhatIf reset() {
        current.clear();
        current.putAll(base);
        return this;
    }

    /** Applies a plan's steps (each raises its indicator to the step's level). */
    public WhatIf apply(TargetPlan plan) {
        plan.steps().forEach(step -> set(step.indicator(), step.to()));
        return this;
    }

    public Score baseScore() {
        return baseScore;
    }

    /** The score of the sandbox as it is now. */
    public Score score() {
        return Scoring.score(instrument, current);
    }

    /** How far the exact index moved from the base (negative when it fell). */
    public BigDecimal indexDelta() {
        return score().index().subtract(baseScore.index());
    }

    /** A copy of the sandbox's levels. */
    public Map<Integer, Integer> levels() {
        return Map.copyOf(current);
    }

    /** Every indicator whose level differs from the base, by indicator number; empty when back at the base. */
    public List<LevelChange> changes() {
        TreeSet<Integer> indicators = new TreeSet<>(base.keySet());
        indicators.addAll(current.keySet());
        List<LevelChange> changes = new ArrayList<>();
        for (Integer no : indicators) {
            Integer from = base.get(no);
            Integer to = current.get(no);
            if (!Objects.equals(from, to)) {
                changes.add(new LevelChange(no, from, to));
            }
        }
        return changes;
    }

    private void known(int indicator) {
        if (instrument.indicator(indicator).isEmpty()) {
            throw new IllegalArgumentException("Indicator " + indicator + " is not in " + instrument.code());
        }
    }
}
