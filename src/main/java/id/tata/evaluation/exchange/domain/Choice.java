package id.tata.evaluation.exchange.domain;

import java.util.Locale;
import java.util.Optional;

/** The decision for a field changed on both sides: keep the coordinator's value or take the assessor's. */
public enum Choice {
    MINE, THEIRS;

    public static Optional<Choice> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("mine") || t.equals("milik-saya")) {
            return Optional.of(MINE);
        }
        if (t.equals("theirs") || t.equals("paket")) {
            return Optional.of(THEIRS);
        }
        return Optional.empty();
    }
}
