package id.tata.workspace.settings;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number pattern such as {@code 188.45/{n}/HK/{yyyy}}. Placeholders: {n} the running number of the
 * year, {nnn} the same padded to three digits, {yyyy} the year, {mm} the month (01–12), {romawi} the month in Roman
 * numerals (XI), as many Tata Naskah Dinas prescribe.
 */
public record NumberPattern(String documentType, String pattern, String description) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final String KNOWN = "{n}, {nnn}, {yyyy}, {mm}, {romawi}";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    public NumberPattern {
        documentType = documentType == null ? "" : documentType.strip();
        pattern = pattern == null ? "" : pattern.strip();
        description = description == null ? "" : description.strip();
        validate(documentType, pattern);
    }

    private static void validate(String documentType, String pattern) {
        if (documentType.isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "settings.error.documentType");
        }
        int counters = 0;
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            switch (m.group(1)) {
                case "n", "nnn" -> counters++;
                case "yyyy", "mm", "romawi" -> { }
                default -> throw new TataException(ErrorKind.BAD_INPUT, "settings.error.placeholder", pattern,
                        m.group(), KNOWN);
            }
        }
        if (counters != 1) {
            throw new TataException(ErrorKind.BAD_INPUT, "settings.error.counter", pattern, "{n} / {nnn}");
        }
        if (pattern.replaceAll("\\{[^}]*}", "").matches(".*[{}\\s].*")) {
            throw new TataException(ErrorKind.BAD_INPUT, "settings.error.patternChars", pattern);
        }
    }

    /** The number for the given running number and date, e.g. "188.45/7/HK/2026". */
    public String format(int number, LocalDate date) {
        return pattern.replace("{nnn}", String.format("%03d", number))
                .replace("{n}", Integer.toString(number))
                .replace("{yyyy}", Integer.toString(date.getYear()))
                .replace("{mm}", String.format("%02d", date.getMonthValue()))
                .replace("{romawi}", ROMAN[date.getMonthValue() - 1]);
    }
}
