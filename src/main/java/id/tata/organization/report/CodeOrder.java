package id.tata.organization.report;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;

/**
 * Agency codes in the order people read them: the numbers in a code compare as numbers, so "4.1.2" comes before
 * "4.1.10" even where a workspace does not pad its codes with zeros.
 */
final class CodeOrder implements Comparator<String> {
    static final CodeOrder INSTANCE = new CodeOrder();

    private CodeOrder() {
    }

    @Override
    public int compare(String a, String b) {
        List<String> left = chunks(a);
        List<String> right = chunks(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = compareChunk(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        int bySize = Integer.compare(left.size(), right.size());
        return bySize != 0 ? bySize : a.compareTo(b);
    }

    private static int compareChunk(String a, String b) {
        if (isDigits(a) && isDigits(b)) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return a.compareToIgnoreCase(b);
    }

    /** "4.01.10a" → "4", ".", "01", ".", "10", "a". */
    private static List<String> chunks(String code) {
        return List.of(code.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)"));
    }

    private static boolean isDigits(String chunk) {
        return !chunk.isEmpty() && chunk.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
