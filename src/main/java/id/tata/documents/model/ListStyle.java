package id.tata.documents.model;

/** How list items are labelled. */
public enum ListStyle {
    /** a., b., c. — Menimbang; after z: aa., bb. as legal drafting does. */
    LOWER_ALPHA_DOT,
    /** 1., 2., 3. — Mengingat, tasks. */
    DECIMAL_DOT,
    /** 1), 2), 3) — items inside a lettered item. */
    DECIMAL_PAREN,
    /** a), b), c). */
    LOWER_ALPHA_PAREN,
    /** KESATU, KEDUA … — diktum. */
    ORDINAL_WORDS,
    /** A bullet (dash) list. */
    DASH;

    /** The label of item {@code n} (1-based), as printed. */
    public String label(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("items are numbered from 1");
        }
        return switch (this) {
            case LOWER_ALPHA_DOT -> letters(n) + ".";
            case DECIMAL_DOT -> n + ".";
            case DECIMAL_PAREN -> n + ")";
            case LOWER_ALPHA_PAREN -> letters(n) + ")";
            case ORDINAL_WORDS -> Ordinals.diktum(n);
            case DASH -> "-";
        };
    }

    /** a … z, then aa … zz (UU 12/2011 Lampiran II repeats the letter). */
    static String letters(int n) {
        char letter = (char) ('a' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }
}
