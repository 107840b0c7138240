package id.tata.documents.service;

import java.util.List;
import java.util.Objects;

/**
 * A choice a document type offers besides the common ones (which team, which agency): the request option it sets
 * ({@code key}), the i18n key of its label, and the values to pick from in display order — the first is the default.
 */
public record DocumentChoice(String key, String labelKey, List<Value> values) {
    public DocumentChoice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        values = List.copyOf(values);
    }

    /** One value: what goes into the request option, and what the user reads. */
    public record Value(String value, String label) {
    }
}
