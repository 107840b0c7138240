package id.tata.evaluation.domain;

import java.util.Objects;

/** A Penilaian Mandiri: one instrument version answered for one year ("Penilaian Mandiri SPBE 2026"). */
public record Assessment(Long id, String instrumentCode, int instrumentVersion, int year, String name) {
    public Assessment {
        Objects.requireNonNull(instrumentCode, "instrumentCode");
        Objects.requireNonNull(name, "name");
    }
}
