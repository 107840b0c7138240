package id.tata.documents.render.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, not starting or ending
 * with an apostrophe, and unique within the workbook ignoring case (Excel treats "Data" and "DATA" as the same sheet).
 */
final class SheetNames {
    static final int MAX_LENGTH = 31;

    /** Excel reserves "History" for its change tracking. */
    private final Set<String> taken = new HashSet<>(Set.of("history"));

    /** A legal, not yet used name made from {@code wanted}; {@code fallback} when nothing of it is left. */
    String claim(String wanted, String fallback) {
        String base = clean(wanted);
        if (base.isEmpty()) {
            base = clean(fallback);
        }
        String name = truncate(base, MAX_LENGTH);
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = truncate(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    /** Slashes read as a separator ("Bidang A/B" → "Bidang A-B"); other forbidden characters become blanks. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '/' || c == '\\') {
                out.append('-');
            } else if (c < ' ' || "[]:*?".indexOf(c) >= 0) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return stripApostrophes(out.toString().replaceAll("\\s+", " ").strip());
    }

    private static String stripApostrophes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '\'') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '\'') {
            end--;
        }
        return text.substring(start, end).strip();
    }

    /** Cuts to {@code max} characters without leaving a blank or an apostrophe at the end. */
    private static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return stripApostrophes(text.substring(0, end));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
