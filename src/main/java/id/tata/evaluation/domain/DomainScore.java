package id.tata.evaluation.domain;

import java.math.BigDecimal;

/** The index of one domain: Σ(aspect index × aspect weight) / domain weight, exact; {@code missing} as in aspects. */
public record DomainScore(int no, String name, BigDecimal weight, BigDecimal index, int missing) {
    /** The index as published: half-up to 2 decimals. */
    public BigDecimal shown() {
        return Scoring.shown(index);
    }

    public boolean complete() {
        return missing == 0;
    }
}
