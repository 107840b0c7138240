package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** Domain of the instrument ("Kebijakan Internal SPBE", 13 %). */
public record Domain(int no, String name, BigDecimal weight) {
    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
    }
}
