package id.tata.evaluation.domain;

import java.util.Objects;

/**
 * A Penilaian Mandiri: one instrument version answered for one year ("Penilaian Mandiri SPBE 2026"). Its revision
 * counts the times it was finalised and opened again; while {@code finalizedAt} is set it is frozen.
 */
public record Assessment(Long id, String instrumentCode, int instrumentVersion, int year, String name, int revision,
                         String finalizedAt, String finalizedBy, Long carriedFrom) {
    public Assessment {
        Objects.requireNonNull(instrumentCode, "instrumentCode");
        Objects.requireNonNull(name, "name");
    }

    /** A new assessment, not yet stored: revision 1, open. */
    public Assessment(Long id, String instrumentCode, int instrumentVersion, int year, String name) {
        this(id, instrumentCode, instrumentVersion, year, name, 1, null, null, null);
    }

    public boolean isFinal() {
        return finalizedAt != null;
    }
}
