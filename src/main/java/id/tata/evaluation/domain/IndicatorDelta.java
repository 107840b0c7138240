package id.tata.evaluation.domain;

/** One indicator in a comparison: its number in A and in B (equal within one instrument) and both levels. */
public record IndicatorDelta(int a, int b, Integer levelA, Integer levelB) {
    /** Levels gained from A to B; null when either has no level (a missing level is not a 0). */
    public Integer delta() {
        return levelA == null || levelB == null ? null : levelB - levelA;
    }
}
