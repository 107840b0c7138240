package id.tata.documents.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A piece of text with one style. Line breaks inside a run are written as "\n". */
public record Run(String text, Set<RunStyle> styles) {
    public Run {
        Objects.requireNonNull(text, "text");
        styles = styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
    }

    public static Run plain(String text) {
        return new Run(text, Set.of());
    }

    public static Run bold(String text) {
        return new Run(text, Set.of(RunStyle.BOLD));
    }

    public static Run styled(String text, RunStyle... styles) {
        return new Run(text, Set.of(styles));
    }

    public boolean has(RunStyle style) {
        return styles.contains(style);
    }
}
