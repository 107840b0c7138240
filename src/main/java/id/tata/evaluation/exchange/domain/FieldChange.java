package id.tata.evaluation.exchange.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One field of one indicator that the package would change: either the assessor alone changed it (applied without a
 * question) or both sides changed it to different values (a conflict: nothing happens until someone chooses).
 * Values are those of {@link AnswerState#value}; evidence is shown by file names.
 */
public record FieldChange(int indicator, AnswerField field, AnswerState base, AnswerState mine, AnswerState theirs,
                          boolean conflict) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    /** "12.explanation", the key a decision is given under. */
    public String key() {
        return indicator + "." + field.key();
    }

    public String baseText() {
        return text(base);
    }

    public String mineText() {
        return text(mine);
    }

    public String theirsText() {
        return text(theirs);
    }

    /** A value as a person reads it: "—" for nothing, evidence as its file names. */
    public String text(AnswerState state) {
        if (field == AnswerField.EVIDENCE) {
            Map<String, EvidenceItem> files = state.evidence();
            return files.isEmpty() ? "—" : files.values().stream().map(EvidenceItem::name)
                    .collect(Collectors.joining(", "));
        }
        Object value = state.value(field);
        if (value == null || value.toString().isEmpty()) {
            return "—";
        }
        return value instanceof Collection<?> c ? c.toString() : value.toString();
    }
}
