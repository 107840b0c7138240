package id.tata.evaluation.domain;

import java.math.BigDecimal;

/**
 * One step of a {@link TargetPlan}: raise an indicator by one level. {@code from} is null for an indicator without a
 * level — entering level 1 counts as a step, since until then it adds nothing. {@code gain} is the exact rise of the
 * index: indicator weight / 100.
 */
public record TargetStep(int indicator, Integer from, int to, BigDecimal gain) {
    /** True when the step enters a missing level (nothing → 1) rather than raising one. */
    public boolean fromMissing() {
        return from == null;
    }
}
