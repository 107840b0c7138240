package id.tata.raci.domain;

import java.util.Objects;

/** A matrix to start from, with the code it is chosen by; the matrix's {@code source} names where it comes from. */
public record RaciTemplate(String code, RaciMatrix matrix) {
    public RaciTemplate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(matrix, "matrix");
    }
}
