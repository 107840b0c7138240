package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An index in A and in B, for the whole score, a domain or an aspect ({@code a}/{@code b}: its numbers in each, 0 for
 * the whole score; {@code name} from B). {@code missingA}/{@code missingB} count indicators without a level: a delta
 * between incomplete scores is not a real change and the report should say so.
 */
public record IndexDelta(int a, int b, String name, BigDecimal indexA, BigDecimal indexB, int missingA,
                         int missingB) {
    public IndexDelta {
        Objects.requireNonNull(indexA, "indexA");
        Objects.requireNonNull(indexB, "indexB");
        name = name == null ? "" : name;
    }

    /** The exact change. */
    public BigDecimal delta() {
        return indexB.subtract(indexA);
    }

    /**
     * The change between the two shown (2-decimal) indexes — what a reader computes from the published figures
     * (2.59 → 3.12 is +0.53), which can differ by 0.01 from the rounded exact change.
     */
    public BigDecimal shownDelta() {
        return Scoring.shown(indexB).subtract(Scoring.shown(indexA));
    }

    public boolean complete() {
        return missingA == 0 && missingB == 0;
    }
}
