package id.tata.evaluation.domain;

import static id.tata.evaluation.domain.ScoringTest.same;
import static id.tata.evaluation.domain.TestInstruments.all;
import static id.tata.evaluation.domain.TestInstruments.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private final Instrument small = TestInstruments.small();
    /** 2025: 1→3, 2→2, 3→4, 4→1, 5→2, 6→5, 7→3, 8→4, 9→2 = 2.90 (see ScoringTest). */
    private final Score year1 = Scoring.score(small, levels(3, 2, 4, 1, 2, 5, 3, 4, 2));
    /** 2026: 1→4, 2→2, 3→4, 4→2, 5→3, 6→5, 7→3, 8→5, 9 missing. */
    private final Score year2 = Scoring.score(small, without(levels(4, 2, 4, 2, 3, 5, 3, 5, 1), 9));

    private static Map<Integer, Integer> without(Map<Integer, Integer> levels, int indicator) {
        levels.remove(indicator);
        return levels;
    }

    @Test
    void yearOverYearOnOneInstrument() {
        Comparison c = Comparison.of(year1, year2);
        assertEquals(Arrays.asList(1, 0, 0, 1, 1, 0, 0, 1, null),
                c.indicators().stream().map(IndicatorDelta::delta).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), c.indicators().stream().map(IndicatorDelta::a).toList());
        assertEquals(2, c.indicators().get(8).levelA());
        assertEquals(null, c.indicators().get(8).levelB());

        // aspect 1: 2.75 → (4×15 + 2×5)/20 = 3.5: +0.75
        same("0.75", c.aspects().get(0).delta());
        // aspect 3: 125/45 → (3×30 + 5×10 + 3×5)/45 = 155/45: exact +0.666…, rounded 0.67, but the shown
        // figures are 2.78 → 3.44, so the shown delta is 0.66
        assertEquals("0.67", Scoring.shown(c.aspects().get(2).delta()).toPlainString());
        assertEquals("0.66", c.aspects().get(2).shownDelta().toPlainString());
        // aspect 4: 3.25 → 5×12.5/20 = 3.125 with ind 9 missing: −0.125, flagged incomplete
        same("-0.125", c.aspects().get(3).delta());
        assertEquals(1, c.aspects().get(3).missingB());
        assertFalse(c.aspects().get(3).complete());
        assertTrue(c.aspects().get(0).complete());
        // domain 1: 100/35 → (70 + 50)/35 = 120/35: +20/35 = 0.571…, shown 2.86 → 3.43 = +0.57
        assertEquals("0.57", c.domains().get(0).shownDelta().toPlainString());
        // domain 2: 190/65 → (155 + 62.5)/65 = 217.5/65: +27.5/65 = 0.423…, shown 2.92 → 3.35 = +0.43
        assertEquals("0.43", c.domains().get(1).shownDelta().toPlainString());
        // index: 2.90 → 337.5/100 = 3.375 (shown 3.38): +0.475 exact, +0.48 shown
        same("0.475", c.index().delta());
        assertEquals("0.48", c.index().shownDelta().toPlainString());
        assertEquals("Baik", c.predicateA());
        assertEquals("Baik", c.predicateB());
        assertEquals(List.of(), c.unmappedA());
        assertEquals(List.of(), c.unmappedB());
    }

    @Test
    void acrossInstrumentsOnlyWhatIsMapped() {
        Instrument pemdi = TestInstruments.pemdi2026();
        Map<Integer, Integer> levels = all(pemdi, 3);
        levels.put(19, 5);
        levels.put(20, 2);
        Score b = Scoring.score(pemdi, levels); // aspect 7 = 3.2, index 3.05 (ScoringTest)

        Comparison perIndicator = Comparison.of(year1, b, IndicatorMapping.ofIndicators(Map.of(1, 1, 5, 20, 8, 19)));
        assertEquals(List.of("1→1:0", "5→20:0", "8→19:1"), perIndicator.indicators().stream()
                .map(d -> d.a() + "→" + d.b() + ":" + d.delta()).toList());
        assertEquals(List.of(), perIndicator.aspects());
        assertEquals(List.of(), perIndicator.domains());
        assertEquals(List.of(2, 3, 4, 6, 7, 9), perIndicator.unmappedA());
        List<Integer> unmappedB = new ArrayList<>(IntStream.rangeClosed(2, 18).boxed().toList());
        assertEquals(unmappedB, perIndicator.unmappedB());
        // 2.90 → 3.05
        same("0.15", perIndicator.index().delta());
        assertEquals("SMALL", perIndicator.instrumentA());
        assertEquals("PEMDI-2026", perIndicator.instrumentB());

        // with an aspect mapping: aspect 3 (125/45 = 2.777…, shown 2.78) ↔ aspect 7 (3.2): shown +0.42
        Comparison withAspects = Comparison.of(year1, b,
                IndicatorMapping.ofIndicators(Map.of(1, 1)).withAspects(Map.of(3, 7)));
        assertEquals(1, withAspects.aspects().size());
        assertEquals(3, withAspects.aspects().get(0).a());
        assertEquals(7, withAspects.aspects().get(0).b());
        assertEquals("0.42", withAspects.aspects().get(0).shownDelta().toPlainString());
        assertEquals(List.of(), withAspects.domains());
    }

    @Test
    void differentInstrumentsNeedAMapping() {
        Instrument pemdi = TestInstruments.pemdi2026();
        Score b = Scoring.score(pemdi, all(pemdi, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Comparison.of(year1, b));
        assertTrue(e.getMessage().contains("mapping"), e.getMessage());
    }

    @Test
    void aMappingToSomethingThatDoesNotExistIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Comparison.of(year1, year2, IndicatorMapping.ofIndicators(Map.of(1, 30))));
        assertTrue(e.getMessage().contains("indicator 30"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(year1, year2,
                IndicatorMapping.ofIndicators(Map.of()).withAspects(Map.of(5, 1))));
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(year1, year2,
                IndicatorMapping.ofIndicators(Map.of()).withDomains(Map.of(1, 3))));
    }
}
