package id.tata.evaluation.exchange.domain;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The choices for the conflicts of a merge: one for all ({@code --prefer}) and/or one per field
 * ({@code --choose 12.explanation=theirs,7.self_level=mine}); a choice per field wins over the one for all.
 */
public record MergeDecisions(Choice all, Map<String, Choice> each) {
    public MergeDecisions {
        each = Map.copyOf(each);
    }

    public static MergeDecisions none() {
        return new MergeDecisions(null, Map.of());
    }

    public static MergeDecisions all(Choice choice) {
        return new MergeDecisions(choice, Map.of());
    }

    public Optional<Choice> choiceFor(FieldChange change) {
        Choice own = each.get(change.key());
        return Optional.ofNullable(own != null ? own : all);
    }

    /**
     * Reads "12.explanation=theirs,7.self_level=mine". A malformed item, an unknown field or choice is named in a
     * BAD_INPUT error; an empty text gives no choices.
     */
    public static Map<String, Choice> parse(String text) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return choices;
        }
        for (String raw : text.split(",")) {
            String item = raw.strip();
            int eq = item.indexOf('=');
            int dot = item.indexOf('.');
            if (eq < 0 || dot < 0 || dot > eq) {
                throw new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.choice", item);
            }
            int indicator;
            try {
                indicator = Integer.parseInt(item.substring(0, dot).strip());
            } catch (NumberFormatException e) {
                throw new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.choice", item);
            }
            AnswerField field = AnswerField.byKey(item.substring(dot + 1, eq)).orElseThrow(() ->
                    new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.choice", item));
            Choice choice = Choice.parse(item.substring(eq + 1)).orElseThrow(() ->
                    new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.choice", item));
            choices.put(indicator + "." + field.key(), choice);
        }
        return choices;
    }
}
