package id.tata.common.l10n;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Numbers in Indonesian words ("terbilang"), as written on receipts, contracts and budget annexes.
 * One is "se-" before puluh/belas/ratus/ribu ("sepuluh", "sebelas", "seratus", "seribu") but "satu" before
 * juta/miliar/triliun, which is why ribu is special-cased below.
 */
final class Terbilang {
    private static final String[] UNITS = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
        "delapan", "sembilan"};
    private static final long[] SCALES = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L};
    private static final String[] SCALE_NAMES = {"triliun", "miliar", "juta"};
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Terbilang() {}

    static String words(long amount) {
        if (amount == 0) {
            return "nol";
        }
        if (amount == Long.MIN_VALUE) {
            throw new IllegalArgumentException("amount out of range: " + amount);
        }
        return amount < 0 ? "minus " + positive(-amount) : positive(amount);
    }

    static String words(BigDecimal amount) {
        BigDecimal abs = amount.abs().stripTrailingZeros();
        String integer = words(integerPart(abs));
        String fraction = "";
        if (abs.scale() > 0) {
            String digits = abs.toPlainString().substring(abs.toPlainString().indexOf('.') + 1);
            StringBuilder spoken = new StringBuilder(" koma");
            digits.chars().forEach(d -> spoken.append(' ').append(d == '0' ? "nol" : UNITS[d - '0']));
            fraction = spoken.toString();
        }
        return (amount.signum() < 0 ? "minus " : "") + integer + fraction;
    }

    static String rupiah(BigDecimal amount) {
        BigDecimal sen = amount.abs().setScale(2, RoundingMode.HALF_UP);
        long rupiah = integerPart(sen);
        int cents = sen.remainder(BigDecimal.ONE).movePointRight(2).intValueExact();
        String sign = amount.setScale(2, RoundingMode.HALF_UP).signum() < 0 ? "minus " : "";
        if (rupiah == 0 && cents > 0) {
            return sign + words(cents) + " sen";
        }
        String text = words(rupiah) + " rupiah";
        return sign + (cents == 0 ? text : text + " " + words(cents) + " sen");
    }

    private static long integerPart(BigDecimal nonNegative) {
        BigInteger integer = nonNegative.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
        if (integer.compareTo(LONG_MAX) > 0) {
            throw new IllegalArgumentException("amount out of range: " + nonNegative);
        }
        return integer.longValue();
    }

    private static String positive(long amount) {
        StringBuilder out = new StringBuilder();
        long rest = amount;
        for (int i = 0; i < SCALES.length; i++) {
            if (rest >= SCALES[i]) {
                // Above a thousand trillion the count itself is read in words: "seribu triliun".
                append(out, positive(rest / SCALES[i]) + " " + SCALE_NAMES[i]);
                rest %= SCALES[i];
            }
        }
        if (rest >= 1000) {
            long thousands = rest / 1000;
            append(out, thousands == 1 ? "seribu" : belowThousand((int) thousands) + " ribu");
            rest %= 1000;
        }
        if (rest > 0) {
            append(out, belowThousand((int) rest));
        }
        return out.toString();
    }

    private static String belowThousand(int n) {
        StringBuilder out = new StringBuilder();
        int hundreds = n / 100;
        if (hundreds > 0) {
            append(out, hundreds == 1 ? "seratus" : UNITS[hundreds] + " ratus");
        }
        int rest = n % 100;
        if (rest >= 20) {
            append(out, UNITS[rest / 10] + " puluh");
            append(out, UNITS[rest % 10]);
        } else if (rest >= 12) {
            append(out, UNITS[rest % 10] + " belas");
        } else if (rest == 11) {
            append(out, "sebelas");
        } else if (rest == 10) {
            append(out, "sepuluh");
        } else {
            append(out, UNITS[rest]);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String words) {
        if (words.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(words);
    }
}
