package id.tata.evaluation.domain;

import static id.tata.evaluation.domain.ScoringTest.same;
import static id.tata.evaluation.domain.TestInstruments.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhatIfTest {
    private final Instrument small = TestInstruments.small();

    /** Base: 1→3, 2→2, 3→4, 4→1, 5→2, 6→5, 7→3, 8→4, 9→2 = index 2.90 "Baik" (see ScoringTest). */
    private final Map<Integer, Integer> base = levels(3, 2, 4, 1, 2, 5, 3, 4, 2);

    @Test
    void indexAndPredicateMoveWithTheSandbox() {
        WhatIf whatIf = new WhatIf(small, base);
        same("2.9", whatIf.baseScore().index());
        assertEquals(List.of(), whatIf.changes());

        // ind 5 (30) 2 → 5: +3 × 30/100 = +0.90 → 3.80 Sangat Baik
        whatIf.set(5, 5);
        same("3.8", whatIf.score().index());
        assertEquals("Sangat Baik", whatIf.score().predicate());
        same("0.9", whatIf.indexDelta());
        assertEquals(List.of(new LevelChange(5, 2, 5)), whatIf.changes());

        // ind 6 (10) 5 → 1: −4 × 10/100 = −0.40 → 3.40 Baik
        whatIf.set(6, 1);
        same("3.4", whatIf.score().index());
        assertEquals("Baik", whatIf.score().predicate());

        // clearing ind 1 (15, level 3) removes 0.45 → 2.95 and lists it as missing
        whatIf.clear(1);
        same("2.95", whatIf.score().index());
        assertEquals(List.of(1), whatIf.score().missing());
        assertEquals(List.of(new LevelChange(1, 3, null), new LevelChange(5, 2, 5), new LevelChange(6, 5, 1)),
                whatIf.changes());
        assertEquals(null, whatIf.changes().get(0).delta());
        assertEquals(-4, whatIf.changes().get(2).delta());

        // revert ind 6: +0.40 → 3.35; ind 5 back to its base 2: −0.90 → 2.45, and no longer a change
        whatIf.revert(6).set(5, 2);
        same("2.45", whatIf.score().index());
        assertEquals(List.of(new LevelChange(1, 3, null)), whatIf.changes());

        whatIf.reset();
        assertEquals(List.of(), whatIf.changes());
        assertEquals(whatIf.baseScore(), whatIf.score());
        // the base score itself never moved
        same("2.9", whatIf.baseScore().index());
    }

    @Test
    void aMissingBaseLevelCanBeEntered() {
        Map<Integer, Integer> withGap = levels(3, 2, 4, 1, 2, 5, 3, 4, 2);
        withGap.remove(9);
        WhatIf whatIf = new WhatIf(small, withGap);
        // 2.90 − 2 × 7.5/100 = 2.75, incomplete
        same("2.75", whatIf.baseScore().index());
        whatIf.set(9, 4);
        // + 4 × 7.5/100 = 3.05
        same("3.05", whatIf.score().index());
        assertEquals(List.of(new LevelChange(9, null, 4)), whatIf.changes());
        assertEquals(List.of(), whatIf.score().missing());
        whatIf.revert(9);
        assertEquals(List.of(9), whatIf.score().missing());
    }

    @Test
    void theCallersMapDoesNotLeakIntoTheSandbox() {
        Map<Integer, Integer> mine = levels(3, 2, 4, 1, 2, 5, 3, 4, 2);
        WhatIf whatIf = new WhatIf(small, mine);
        mine.put(5, 5);
        assertEquals(List.of(), whatIf.changes());
        same("2.9", whatIf.score().index());
    }

    @Test
    void invalidLevelsAndIndicatorsAreRefused() {
        WhatIf whatIf = new WhatIf(small, base);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> whatIf.set(3, 6));
        assertEquals(true, e.getMessage().contains("Indicator 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> whatIf.set(3, 0));
        assertThrows(IllegalArgumentException.class, () -> whatIf.set(12, 3));
        assertThrows(IllegalArgumentException.class, () -> whatIf.clear(12));
        assertEquals(List.of(), whatIf.changes());
    }

    @Test
    void applyingAPlanReachesItsIndex() {
        WhatIf whatIf = new WhatIf(small, base);
        TargetPlan plan = TargetPlanner.toPredicate(small, base, "Memuaskan");
        whatIf.apply(plan);
        assertEquals(plan.index(), whatIf.score().index());
        assertEquals("Memuaskan", whatIf.score().predicate());
    }
}
