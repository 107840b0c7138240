package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Instruments built in code for the scoring tests: a small made-up one whose numbers can be checked by hand, the real
 * SPBE-2020 structure (SPBE-BRIEF §1.1: 4 domains, 8 aspects, 47 indicators and their weights) and PEMDI-2026 (7
 * aspects without domains, 20 indicators, NOTES.md). Names are placeholders: scoring reads only numbers.
 */
final class TestInstruments {
    private TestInstruments() {
    }

    static final List<Predicate> SPBE_PREDICATES = List.of(p("4.2", "Memuaskan"), p("3.5", "Sangat Baik"),
            p("2.6", "Baik"), p("1.8", "Cukup"), p("0.0", "Kurang"));
    static final List<Predicate> PEMDI_PREDICATES = List.of(p("4.0", "Memuaskan"), p("3.5", "Sangat Baik"),
            p("2.5", "Baik"), p("1.5", "Cukup"), p("0.0", "Kurang"));

    /**
     * Small made-up instrument, weights percent of the whole:
     * <pre>
     * domain 1 (35):  aspect 1 (20): ind 1 = 15, ind 2 = 5
     *                 aspect 2 (15): ind 3 = 10, ind 4 = 5
     * domain 2 (65):  aspect 3 (45): ind 5 = 30, ind 6 = 10, ind 7 = 5
     *                 aspect 4 (20): ind 8 = 12.5, ind 9 = 7.5
     * </pre>
     */
    static Instrument small() {
        List<Domain> domains = List.of(new Domain(1, "D1", d("35")), new Domain(2, "D2", d("65")));
        List<Aspect> aspects = List.of(new Aspect(1, "A1", 1, d("20")), new Aspect(2, "A2", 1, d("15")),
                new Aspect(3, "A3", 2, d("45")), new Aspect(4, "A4", 2, d("20")));
        List<Indicator> indicators = List.of(ind(1, 1, "15"), ind(2, 1, "5"), ind(3, 2, "10"), ind(4, 2, "5"),
                ind(5, 3, "30"), ind(6, 3, "10"), ind(7, 3, "5"), ind(8, 4, "12.5"), ind(9, 4, "7.5"));
        return new Instrument("SMALL", "Small test instrument", false, Map.of(), SPBE_PREDICATES, domains, aspects,
                indicators);
    }

    /** SPBE-2020 with the weights of SPBE-BRIEF §1.1. */
    static Instrument spbe2020() {
        List<Domain> domains = List.of(new Domain(1, "Kebijakan Internal SPBE", d("13")),
                new Domain(2, "Tata Kelola SPBE", d("25")), new Domain(3, "Manajemen SPBE", d("16.5")),
                new Domain(4, "Layanan SPBE", d("45.5")));
        // aspect no, domain, weight, first indicator, last indicator, indicator weight
        String[][] rows = {
                {"1", "1", "13", "1", "10", "1.30"},
                {"2", "2", "10", "11", "14", "2.50"},
                {"3", "2", "10", "15", "18", "2.50"},
                {"4", "2", "5", "19", "20", "2.50"},
                {"5", "3", "12", "21", "28", "1.50"},
                {"6", "3", "4.5", "29", "31", "1.50"},
                {"7", "4", "27.5", "32", "41", "2.75"},
                {"8", "4", "18", "42", "47", "3.00"}};
        List<Aspect> aspects = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (String[] row : rows) {
            int aspect = Integer.parseInt(row[0]);
            aspects.add(new Aspect(aspect, "Aspek " + aspect, Integer.parseInt(row[1]), d(row[2])));
            for (int no = Integer.parseInt(row[3]); no <= Integer.parseInt(row[4]); no++) {
                indicators.add(ind(no, aspect, row[5]));
            }
        }
        return new Instrument("SPBE-2020", "Evaluasi SPBE", false, Map.of(), SPBE_PREDICATES, domains, aspects,
                indicators);
    }

    /** PEMDI-2026 (provisional): no domains, aspects weigh directly. */
    static Instrument pemdi2026() {
        String[] aspectWeights = {"10", "10", "15", "15", "10", "15", "25"};
        String[][] indicatorWeights = {{"5", "5"}, {"5", "5"}, {"5", "3", "3", "4"}, {"4", "4", "3", "4"},
                {"5", "5"}, {"4", "4", "4", "3"}, {"10", "15"}};
        List<Aspect> aspects = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        int no = 1;
        for (int a = 0; a < aspectWeights.length; a++) {
            aspects.add(new Aspect(a + 1, "Aspek " + (a + 1), null, d(aspectWeights[a])));
            for (String weight : indicatorWeights[a]) {
                indicators.add(ind(no++, a + 1, weight));
            }
        }
        return new Instrument("PEMDI-2026", "Indeks Pemdi", true, Map.of(), PEMDI_PREDICATES, List.of(), aspects,
                indicators);
    }

    /** Every indicator of the instrument at one level. */
    static Map<Integer, Integer> all(Instrument instrument, int level) {
        Map<Integer, Integer> levels = new HashMap<>();
        instrument.indicators().forEach(i -> levels.put(i.no(), level));
        return levels;
    }

    /** Sets indicators {@code from}..{@code to} (inclusive) to a level; returns the same map for chaining. */
    static Map<Integer, Integer> set(Map<Integer, Integer> levels, int from, int to, int level) {
        for (int no = from; no <= to; no++) {
            levels.put(no, level);
        }
        return levels;
    }

    static Map<Integer, Integer> levels(int... levelsInOrder) {
        Map<Integer, Integer> levels = new HashMap<>();
        for (int i = 0; i < levelsInOrder.length; i++) {
            levels.put(i + 1, levelsInOrder[i]);
        }
        return levels;
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Predicate p(String min, String label) {
        return new Predicate(d(min), label);
    }

    private static Indicator ind(int no, int aspect, String weight) {
        return new Indicator(no, "Indikator " + no, aspect, d(weight), "process", "", "", "", List.of());
    }
}
