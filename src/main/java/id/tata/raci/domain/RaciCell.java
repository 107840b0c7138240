package id.tata.raci.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The letters of one task for one party, in the order entered — "A/C" and "C/A" are written differently in the
 * regulations and are kept so. No letter appears twice.
 */
public record RaciCell(List<String> letters) {
    public static final RaciCell EMPTY = new RaciCell(List.of());

    public RaciCell {
        letters = List.copyOf(letters);
        if (letters.stream().distinct().count() != letters.size()) {
            throw new IllegalArgumentException("a letter twice in one cell: " + letters);
        }
    }

    /** "A/C", or "" for an empty cell. */
    public String text() {
        return String.join("/", letters);
    }

    public boolean has(String letter) {
        return letters.contains(letter);
    }

    public boolean isEmpty() {
        return letters.isEmpty();
    }

    /**
     * Reads what a user typed or a spreadsheet holds: letters separated by "/", "," or spaces, or run together
     * ("AC"); lower case is accepted. Empty when the text holds a letter outside {@code allowed} or one twice — the
     * caller names the problem.
     */
    public static Optional<RaciCell> parse(String text, List<String> allowed) {
        String cleaned = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        List<String> letters = new ArrayList<>();
        for (char c : cleaned.toCharArray()) {
            if (c == '/' || c == ',' || Character.isWhitespace(c)) {
                continue;
            }
            String letter = String.valueOf(c);
            if (!allowed.contains(letter) || letters.contains(letter)) {
                return Optional.empty();
            }
            letters.add(letter);
        }
        return Optional.of(new RaciCell(letters));
    }
}
