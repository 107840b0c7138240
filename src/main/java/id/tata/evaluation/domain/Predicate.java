package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A predicate band: the label of every index from {@code min} up to the next band ("Baik" from 2.60). */
public record Predicate(BigDecimal min, String label) {
    public Predicate {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(label, "label");
    }
}
