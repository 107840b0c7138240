package id.tata.evaluation.domain;

import static id.tata.evaluation.domain.TestInstruments.all;
import static id.tata.evaluation.domain.TestInstruments.d;
import static id.tata.evaluation.domain.TestInstruments.levels;
import static id.tata.evaluation.domain.TestInstruments.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {
    private final Instrument small = TestInstruments.small();
    private final Instrument spbe = TestInstruments.spbe2020();
    private final Instrument pemdi = TestInstruments.pemdi2026();

    /** Exact equality of value, whatever the scale (2.90 equals 2.9). */
    static void same(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void smallInstrumentByHand() {
        // levels: 1→3, 2→2, 3→4, 4→1, 5→2, 6→5, 7→3, 8→4, 9→2
        Score score = Scoring.score(small, levels(3, 2, 4, 1, 2, 5, 3, 4, 2));
        // aspect 1: (3×15 + 2×5)/20 = 55/20 = 2.75
        same("2.75", score.aspect(1).orElseThrow().index());
        // aspect 2: (4×10 + 1×5)/15 = 45/15 = 3
        same("3", score.aspect(2).orElseThrow().index());
        // aspect 3: (2×30 + 5×10 + 3×5)/45 = 125/45 = 2.777…, 34 significant digits, shown 2.78
        same("2.777777777777777777777777777777778", score.aspect(3).orElseThrow().index());
        same("2.78", score.aspect(3).orElseThrow().shown());
        // aspect 4: (4×12.5 + 2×7.5)/20 = 65/20 = 3.25
        same("3.25", score.aspect(4).orElseThrow().index());
        // domain 1: (2.75×20 + 3×15)/35 = 100/35 = 2.857142…, shown 2.86
        same("2.857142857142857142857142857142857", score.domain(1).orElseThrow().index());
        same("2.86", score.domain(1).orElseThrow().shown());
        // domain 2: (125 + 3.25×20)/65 = 190/65 = 2.923076…, shown 2.92
        same("2.923076923076923076923076923076923", score.domain(2).orElseThrow().index());
        // index: (100 + 190)/100 = 2.90 → Baik (2.6 ≤ 2.90 < 3.5)
        same("2.9", score.index());
        assertEquals("2.90", score.shown().toPlainString());
        assertEquals("Baik", score.predicate());
        assertTrue(score.complete());
        assertEquals(List.of(), score.missing());
        assertEquals(List.of(1, 2, 3, 4), score.aspects().stream().map(AspectScore::no).toList());
        assertEquals(List.of(1, 2), score.domains().stream().map(DomainScore::no).toList());
        assertEquals("SMALL", score.instrument());
    }

    @Test
    void missingLevelsAreListedAndAddNothing() {
        Map<Integer, Integer> levels = levels(3, 2, 4, 1, 2, 5, 3, 4, 2);
        levels.remove(6);
        levels.put(2, null); // a null value is a missing level too
        Score score = Scoring.score(small, levels);
        assertEquals(List.of(2, 6), score.missing());
        assertFalse(score.complete());
        // aspect 1 without ind 2: 3×15/20 = 2.25 (the weight stays in the divisor: a lower bound, flagged)
        same("2.25", score.aspect(1).orElseThrow().index());
        assertEquals(1, score.aspect(1).orElseThrow().missing());
        assertEquals(0, score.aspect(2).orElseThrow().missing());
        // aspect 3 without ind 6: (60 + 15)/45 = 1.666…
        same("1.666666666666666666666666666666667", score.aspect(3).orElseThrow().index());
        assertEquals(1, score.domain(1).orElseThrow().missing());
        assertEquals(1, score.domain(2).orElseThrow().missing());
        // index: (290 − 2×5 − 5×10)/100 = 2.30 → Cukup
        same("2.3", score.index());
        assertEquals("Cukup", score.predicate());
        assertTrue(score.level(2).isEmpty());
        assertEquals(3, score.level(1).orElseThrow());
    }

    @Test
    void nothingEnteredIsIndexZeroWithEveryIndicatorMissing() {
        Score score = Scoring.score(small, Map.of());
        same("0", score.index());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), score.missing());
        assertEquals(2, score.aspect(1).orElseThrow().missing());
    }

    @ParameterizedTest
    @CsvSource({"0", "6", "-1"})
    void levelOutsideOneToFiveNamesTheIndicator(int level) {
        Map<Integer, Integer> levels = levels(3, 2, 4, 1, 2, 5, 3, 4, 2);
        levels.put(7, level);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scoring.score(small, levels));
        assertTrue(e.getMessage().contains("Indicator 7"), e.getMessage());
        assertTrue(e.getMessage().contains("level " + level), e.getMessage());
    }

    @Test
    void unknownIndicatorIsRefused() {
        Map<Integer, Integer> levels = new HashMap<>(Map.of(1, 3, 10, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scoring.score(small, levels));
        assertTrue(e.getMessage().contains("Indicator 10"), e.getMessage());
    }

    @Test
    void aspectWithoutItsDomainIsRefused() {
        Instrument broken = new Instrument("BROKEN", "x", false, Map.of(), small.predicates(), small.domains(),
                List.of(new Aspect(1, "A1", 3, d("100"))), List.of(new Indicator(1, "I", 1, d("100"), "", "", "",
                "", List.of())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scoring.score(broken, Map.of(1, 3)));
        assertTrue(e.getMessage().contains("Aspect 1"), e.getMessage());
    }

    @Test
    void realSpbeAllThreesIsExactlyThreeBaik() {
        Score score = Scoring.score(spbe, all(spbe, 3));
        // Σ 3 × weight = 3 × 100 → 3.00; every aspect and domain also 3 (weighted averages of 3)
        same("3", score.index());
        assertEquals("3.00", score.shown().toPlainString());
        assertEquals("Baik", score.predicate());
        assertEquals(8, score.aspects().size());
        assertEquals(4, score.domains().size());
        score.aspects().forEach(a -> same("3", a.index()));
        score.domains().forEach(dm -> same("3", dm.index()));
        assertTrue(score.complete());
    }

    @Test
    void realSpbeMixedLevels() {
        // domain 1 all 5, the rest 1: aspect 1 = 5, domain 1 = 5; index = (5×13 + 1×87)/100 = 1.52 → Kurang
        Map<Integer, Integer> levels = set(all(spbe, 1), 1, 10, 5);
        Score score = Scoring.score(spbe, levels);
        same("1.52", score.index());
        assertEquals("Kurang", score.predicate());
        same("5", score.domain(1).orElseThrow().index());
        // aspect 6 (4.5) at 3, 4, 4: (4.5 + 6 + 6)/4.5 = 3.666…; domain 3 = (12×1 + 16.5)/16.5 = 1.727…
        levels.put(29, 3);
        levels.put(30, 4);
        levels.put(31, 4);
        score = Scoring.score(spbe, levels);
        same("3.666666666666666666666666666666667", score.aspect(6).orElseThrow().index());
        same("1.727272727272727272727272727272727", score.domain(3).orElseThrow().index());
        // index = (5×13 + 25 + 12 + 16.5 + 45.5)/100 = 164/100 = 1.64 (aspect 6 went from 4.5 to 16.5)
        same("1.64", score.index());
    }

    /**
     * The overall index is exact even when an aspect and its domain index are not: aspect 6 (4.5) at 3, 2, 2 is
     * 10.5/4.5 = 2.333…, domain 3 = (12×2 + 10.5)/16.5 = 2.0909…; dividing and multiplying those back would leave a
     * tail in the 34th digit. The index is (2×100 + 1.50)/100 = 2.015 exactly, shown 2.02.
     */
    @Test
    void indexIsExactWhenAspectAndDomainIndexesAreNot() {
        Map<Integer, Integer> levels = all(spbe, 2);
        levels.put(29, 3);
        Score score = Scoring.score(spbe, levels);
        same("2.333333333333333333333333333333333", score.aspect(6).orElseThrow().index());
        same("2.090909090909090909090909090909091", score.domain(3).orElseThrow().index());
        assertEquals("2.015", score.index().stripTrailingZeros().toPlainString());
        assertEquals("2.02", score.shown().toPlainString());
    }

    /**
     * Boundaries on the real SPBE-2020 weights (1.30 / 2.50 / 1.50 / 2.75 / 3.00). The predicate belongs to the
     * shown, rounded index: an exact 2.595 is published as 2.60 and is "Baik"; 2.5945 is published as 2.59, "Cukup".
     */
    @Test
    void spbeBoundariesUseTheRoundedIndex() {
        // all 2 = 2.00; 42–47 at 5: +6×3×3.00 = 54; 21–24 at 3: +4×1.50 = 6 → 2.60
        check(set(set(all(spbe, 2), 42, 47, 5), 21, 24, 3), "2.60", "2.60", "Baik");
        // 42–47 at 5 (+54), 32–33 at 3 (+2×2.75 = 5.5) → 2.595, shown 2.60
        check(set(set(all(spbe, 2), 42, 47, 5), 32, 33, 3), "2.595", "2.60", "Baik");
        // 1–9 at 3 (+9×1.30 = 11.7), 32 at 3 (+2.75), 42–46 at 5 (+5×3×3 = 45) → 2.5945, shown 2.59
        check(set(set(set(all(spbe, 2), 1, 9, 3), 32, 32, 3), 42, 46, 5), "2.5945", "2.59", "Cukup");
        // 42–47 at 5 (+54), 11–12 at 3 (+5) → 2.59
        check(set(set(all(spbe, 2), 42, 47, 5), 11, 12, 3), "2.59", "2.59", "Cukup");

        // all 3 = 3.00; 11–20 at 5: +10×2×2.50 = 50 → 3.50
        check(set(all(spbe, 3), 11, 20, 5), "3.50", "3.50", "Sangat Baik");
        // 32–40 at 5: +9×2×2.75 = 49.5 → 3.495, shown 3.50
        check(set(all(spbe, 3), 32, 40, 5), "3.495", "3.50", "Sangat Baik");
        // 1–9 at 4 (+11.7), 32 at 4 (+2.75), 11–17 at 5 (+7×2×2.5 = 35) → 3.4945, shown 3.49
        check(set(set(set(all(spbe, 3), 1, 9, 4), 32, 32, 4), 11, 17, 5), "3.4945", "3.49", "Baik");
        // 11–18 at 5 (+40), 21–26 at 4 (+9) → 3.49
        check(set(set(all(spbe, 3), 11, 18, 5), 21, 26, 4), "3.49", "3.49", "Baik");

        // all 4 = 4.00; 11–18 at 5: +8×2.5 = 20 → 4.20
        check(set(all(spbe, 4), 11, 18, 5), "4.20", "4.20", "Memuaskan");
        // 11–16 at 5 (+15), 21–23 at 5 (+4.5) → 4.195, shown 4.20
        check(set(set(all(spbe, 4), 11, 16, 5), 21, 23, 5), "4.195", "4.20", "Memuaskan");
        // 32 at 5 (+2.75), 1–9 at 5 (+11.7), 11–12 at 5 (+5) → 4.1945, shown 4.19
        check(set(set(set(all(spbe, 4), 32, 32, 5), 1, 9, 5), 11, 12, 5), "4.1945", "4.19", "Sangat Baik");
        // 11–14 at 5 (+10), 21–26 at 5 (+9) → 4.19
        check(set(set(all(spbe, 4), 11, 14, 5), 21, 26, 5), "4.19", "4.19", "Sangat Baik");
    }

    private void check(Map<Integer, Integer> levels, String exact, String shown, String predicate) {
        Score score = Scoring.score(spbe, levels);
        same(exact, score.index());
        assertEquals(shown, score.shown().toPlainString());
        assertEquals(predicate, score.predicate(), () -> "predicate of " + exact);
    }

    /** The predicate table read directly, on shown values: the rounding happens before the table. */
    @ParameterizedTest
    @CsvSource({"4.2, Memuaskan", "4.19, Sangat Baik", "3.5, Sangat Baik", "3.49, Baik", "2.6, Baik",
            "2.59, Cukup", "1.8, Cukup", "1.79, Kurang", "1, Kurang", "5, Memuaskan"})
    void spbePredicateTable(String value, String label) {
        assertEquals(label, Scoring.predicate(spbe, d(value)));
    }

    @ParameterizedTest
    @CsvSource({"2.595, 2.60", "2.5949999, 2.59", "3.495, 3.50", "4.1949, 4.19", "3, 3.00", "2.605, 2.61"})
    void shownRoundsHalfUpToTwoDecimals(String exact, String shown) {
        assertEquals(shown, Scoring.shown(d(exact)).toPlainString());
    }

    @Test
    void predicateTableInAnyOrderReadsTheSame() {
        List<Predicate> ascending = new ArrayList<>(spbe.predicates());
        Collections.reverse(ascending);
        Instrument reversed = new Instrument("R", "r", false, Map.of(), ascending, spbe.domains(), spbe.aspects(),
                spbe.indicators());
        assertEquals("Sangat Baik", Scoring.predicate(reversed, d("3.5")));
        assertEquals("Kurang", Scoring.predicate(reversed, d("1.0")));
    }

    @Test
    void pemdiWithoutDomainsWeighsAspectsDirectly() {
        // aspect 7 (25): ind 19 (10) at 5, ind 20 (15) at 2: (50 + 30)/25 = 3.2; every other indicator at 3
        Map<Integer, Integer> levels = all(pemdi, 3);
        levels.put(19, 5);
        levels.put(20, 2);
        Score score = Scoring.score(pemdi, levels);
        same("3.2", score.aspect(7).orElseThrow().index());
        assertEquals(null, score.aspect(7).orElseThrow().domain());
        assertEquals(List.of(), score.domains());
        // index = Σ(aspect index × aspect weight)/100 = (3×75 + 3.2×25)/100 = (225 + 80)/100 = 3.05 → Baik
        same("3.05", score.index());
        assertEquals("Baik", score.predicate());
    }

    /** PEMDI thresholds differ: Memuaskan from 4.0, Baik from 2.5, Cukup from 1.5. */
    @Test
    void pemdiBoundaries() {
        // all 2 = 2.00; ind 20 (15) at 5: +45; ind 1 (5) at 3: +5 → 2.50 Baik
        Map<Integer, Integer> levels = all(pemdi, 2);
        levels.put(20, 5);
        levels.put(1, 3);
        assertPemdi(levels, "2.50", "Baik");
        // ind 8 (4) at 3 instead of ind 1: +45 + 4 → 2.49 Cukup
        levels.put(1, 2);
        levels.put(8, 3);
        assertPemdi(levels, "2.49", "Cukup");
        // all 3 = 3.00; ind 20 (15) at 5: +30; ind 19 (10) at 5: +20 → 3.50 Sangat Baik
        Map<Integer, Integer> three = all(pemdi, 3);
        three.put(20, 5);
        three.put(19, 5);
        assertPemdi(three, "3.50", "Sangat Baik");
        // ind 19 at 4 (+10 instead of +20), ind 1 (5) at 4, ind 8 (4) at 4: 30 + 10 + 5 + 4 = 49 → 3.49 Baik
        three.put(19, 4);
        three.put(1, 4);
        three.put(8, 4);
        assertPemdi(three, "3.49", "Baik");
        // all 4 → 4.00 Memuaskan; ind 8 (4) at 3 and ind 6 (3) at 5: 400 − 4 + 3 = 399 → 3.99 Sangat Baik
        Map<Integer, Integer> four = all(pemdi, 4);
        assertPemdi(four, "4.00", "Memuaskan");
        four.put(8, 3);
        four.put(6, 5);
        assertPemdi(four, "3.99", "Sangat Baik");
        // all 1 with ind 20 (15) at 3: 100 + 30 = 1.30 → Kurang (Cukup only from 1.5)
        Map<Integer, Integer> one = all(pemdi, 1);
        one.put(20, 3);
        assertPemdi(one, "1.30", "Kurang");
    }

    private void assertPemdi(Map<Integer, Integer> levels, String shown, String predicate) {
        Score score = Scoring.score(pemdi, levels);
        assertEquals(shown, score.shown().toPlainString());
        assertEquals(predicate, score.predicate(), () -> "predicate of " + shown);
    }
}
