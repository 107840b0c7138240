package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** Aspect of a domain ({@code domain} null in instruments without domains, like PEMDI-2026). */
public record Aspect(int no, String name, Integer domain, BigDecimal weight) {
    public Aspect {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
    }
}
