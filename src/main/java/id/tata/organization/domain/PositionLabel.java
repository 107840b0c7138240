package id.tata.organization.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a position reads together with its Perangkat Daerah, as decrees write it: "Kepala Dinas" of "Dinas Komunikasi
 * dan Informatika" is the "Kepala Dinas Komunikasi dan Informatika", not "Kepala Dinas Dinas Komunikasi …". Words the
 * position ends with and the agency begins with are written once.
 */
public final class PositionLabel {
    private PositionLabel() {}

    public static String withAgency(String position, String agency) {
        String p = position == null ? "" : position.strip();
        String a = agency == null ? "" : agency.strip();
        if (a.isEmpty() || p.isEmpty()) {
            return p;
        }
        List<String> pw = words(p);
        List<String> aw = words(a);
        if (endsWith(pw, aw)) {
            return p; // "Kepala Bagian Organisasi" of "Bagian Organisasi"
        }
        int overlap = overlap(pw, aw);
        return p + " " + String.join(" ", aw.subList(overlap, aw.size()));
    }

    private static boolean endsWith(List<String> pw, List<String> aw) {
        return aw.size() <= pw.size() && same(pw.subList(pw.size() - aw.size(), pw.size()), aw);
    }

    /** The most words at the end of the position that are also the first words of the agency. */
    private static int overlap(List<String> pw, List<String> aw) {
        for (int k = Math.min(pw.size(), aw.size() - 1); k > 0; k--) {
            if (same(pw.subList(pw.size() - k, pw.size()), aw.subList(0, k))) {
                return k;
            }
        }
        return 0;
    }

    private static boolean same(List<String> a, List<String> b) {
        return a.size() == b.size() && a.stream().map(PositionLabel::lower).toList()
                .equals(b.stream().map(PositionLabel::lower).toList());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.split("\\s+"));
    }
}
