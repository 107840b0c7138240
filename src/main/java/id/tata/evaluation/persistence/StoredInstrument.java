package id.tata.evaluation.persistence;

import java.util.Objects;

/** One imported instrument version as stored: its JSON text is the truth, the other columns are for listing. */
public record StoredInstrument(long id, String code, int version, String name, boolean provisional,
                               String sourceJson, String importedAt, String importedBy) {
    public StoredInstrument {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sourceJson, "sourceJson");
    }
}
