package id.tata.evaluation.domain;

import java.math.BigDecimal;

/**
 * The index of one aspect: Σ(level × indicator weight) / aspect weight, exact. {@code domain} is null in instruments
 * without domains (PEMDI). {@code missing} counts the aspect's indicators without a level: they add nothing, so the
 * index is then a lower bound, not the aspect's real value.
 */
public record AspectScore(int no, String name, Integer domain, BigDecimal weight, BigDecimal index, int missing) {
    /** The index as published: half-up to 2 decimals. */
    public BigDecimal shown() {
        return Scoring.shown(index);
    }

    public boolean complete() {
        return missing == 0;
    }
}
