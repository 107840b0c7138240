package id.tata.evaluation.domain;

import java.util.Objects;

/**
 * One version of an instrument as listed: "SPBE-2020" version 1, 47 indicators. Built-in versions ship with Tata
 * (read-only, no importer); the others were imported into the workspace by {@code importedBy} at {@code importedAt}.
 */
public record InstrumentVersion(String code, int version, String name, boolean provisional, int indicatorCount,
                                boolean builtIn, String importedAt, String importedBy) {
    public InstrumentVersion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        importedAt = importedAt == null ? "" : importedAt;
        importedBy = importedBy == null ? "" : importedBy;
    }
}
