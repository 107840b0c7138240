package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What it takes to reach a target index: the ordered steps, the index before ({@code start}) and after them
 * ({@code index}), and the best index the instrument allows from here ({@code best}: every indicator at 5). Targets
 * are compared with the shown (rounded) index, as predicates are.
 */
public record TargetPlan(BigDecimal target, Outcome outcome, List<TargetStep> steps, BigDecimal start,
                         BigDecimal index, BigDecimal best) {
    public enum Outcome {
        /** The shown index already reaches the target; no steps. */
        ALREADY_REACHED,
        /** The steps reach the target, and no shorter list does. */
        REACHABLE,
        /** Even every indicator at 5 stays below the target; no steps, {@code index} is the start. */
        UNREACHABLE
    }

    public TargetPlan {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        steps = List.copyOf(steps);
    }

    public boolean reachable() {
        return outcome != Outcome.UNREACHABLE;
    }

    /** The index after the steps, as shown. */
    public BigDecimal shown() {
        return Scoring.shown(index);
    }
}
