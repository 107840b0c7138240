package id.tata.common.l10n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Dates, numbers and money as Indonesian official documents write them.
 *
 * <p>Written by hand rather than through {@code java.text} locale data: the jlinked runtime may lack
 * {@code id-ID} data, and decrees must read the same on every machine regardless of the JDK's CLDR version.
 */
public final class IndonesianFormat {
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V",
        "IV", "I"};

    private IndonesianFormat() {}

    /** "25 November 2026": the date line of letters and decrees. */
    public static String longDate(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getDayOfMonth() + " " + monthName(date.getMonthValue()) + " " + date.getYear();
    }

    /** "November" for 11. */
    public static String monthName(int month) {
        checkMonth(month);
        return MONTHS[month - 1];
    }

    /** "Rp1.250.000,00"; negative amounts as "-Rp1.250.000,00". Rounded half-up to whole sen. */
    public static String rupiah(BigDecimal amount) {
        BigDecimal rounded = Objects.requireNonNull(amount, "amount").setScale(2, RoundingMode.HALF_UP);
        String sign = rounded.signum() < 0 ? "-" : "";
        return sign + "Rp" + number(rounded.abs(), 2);
    }

    /** "1.234,56" (id-ID grouping), rounded half-up to the given number of decimals. */
    public static String number(BigDecimal value, int decimals) {
        Objects.requireNonNull(value, "value");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        return (rounded.signum() < 0 ? "-" : "") + group(integer) + fraction;
    }

    private static String group(String digits) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** The amount in words, e.g. "satu juta dua ratus lima puluh ribu". */
    public static String terbilang(long amount) {
        return Terbilang.words(amount);
    }

    /**
     * The amount in words; a fraction is read digit by digit after "koma", as in "satu koma dua lima".
     * Trailing zeros of the fraction are not read.
     */
    public static String terbilang(BigDecimal amount) {
        return Terbilang.words(Objects.requireNonNull(amount, "amount"));
    }

    /**
     * Money in words for receipts and budget documents: "satu juta dua ratus lima puluh ribu rupiah",
     * with sen after the rupiah ("... rupiah dua puluh lima sen"). Rounded half-up to whole sen.
     */
    public static String rupiahInWords(BigDecimal amount) {
        return Terbilang.rupiah(Objects.requireNonNull(amount, "amount"));
    }

    /** "XI" for November: the month in official document numbers such as 800/123/XI/2026. */
    public static String romanMonth(int month) {
        checkMonth(month);
        return romanNumeral(month);
    }

    /** Roman numerals 1..3999 (chapters, annex numbers). */
    public static String romanNumeral(int value) {
        if (value < 1 || value > 3999) {
            throw new IllegalArgumentException("Roman numerals exist for 1..3999, not " + value);
        }
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_SYMBOLS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /** "19800101 200501 1 001": the way a NIP is printed under a signature (birth, appointment, gender, sequence). */
    public static String formatNip(String nip) {
        String digits = Nip.normalize(nip);
        if (digits.length() != Nip.LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("A NIP has 18 digits: " + nip);
        }
        return digits.substring(0, 8) + " " + digits.substring(8, 14) + " " + digits.charAt(14) + " "
                + digits.substring(15);
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, not " + month);
        }
    }
}
