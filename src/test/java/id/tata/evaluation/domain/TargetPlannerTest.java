package id.tata.evaluation.domain;

import static id.tata.evaluation.domain.ScoringTest.same;
import static id.tata.evaluation.domain.TestInstruments.all;
import static id.tata.evaluation.domain.TestInstruments.d;
import static id.tata.evaluation.domain.TestInstruments.levels;
import static id.tata.evaluation.domain.TestInstruments.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetPlannerTest {
    private final Instrument small = TestInstruments.small();

    /** Base: 1→3, 2→2, 3→4, 4→1, 5→2, 6→5, 7→3, 8→4, 9→2 = index 2.90 (see ScoringTest). */
    private final Map<Integer, Integer> base = levels(3, 2, 4, 1, 2, 5, 3, 4, 2);

    private static List<String> steps(TargetPlan plan) {
        return plan.steps().stream().map(s -> s.indicator() + ":" + s.from() + "→" + s.to()).toList();
    }

    @Test
    void heaviestIndicatorsFirst() {
        // 4.20 is reached once the shown index is ≥ 4.20, i.e. the exact index ≥ 4.195: +1.295 over 2.90.
        // ind 5 (30) ×3: +0.90 → 3.80; ind 1 (15) ×2: +0.30 → 4.10; ind 8 (12.5) ×1: +0.125 → 4.225.
        // Five steps give at most 30+30+30+15+15 = 1.20, so six is the fewest.
        TargetPlan plan = TargetPlanner.fewestSteps(small, base, d("4.20"));
        assertEquals(TargetPlan.Outcome.REACHABLE, plan.outcome());
        assertEquals(List.of("5:2→3", "5:3→4", "5:4→5", "1:3→4", "1:4→5", "8:4→5"), steps(plan));
        same("0.3", plan.steps().get(0).gain());
        same("0.125", plan.steps().get(5).gain());
        same("2.9", plan.start());
        same("4.225", plan.index());
        assertEquals("4.23", plan.shown().toPlainString());
        same("5", plan.best());
        assertEquals("Memuaskan", Scoring.score(small, applied(base, plan)).predicate());
    }

    @Test
    void equalWeightsGoLowestLevelFirstThenByNumber() {
        // all 5 except the three weight-5 indicators: 2 at 3, 4 at 3, 7 at 2 → 5 − (10 + 10 + 15)/100 = 4.65.
        // Target 4.85: four steps of 0.05. Ind 7 is lowest (2→3), then 2, 4, 7 all at 3 → by number.
        Map<Integer, Integer> levels = all(small, 5);
        levels.put(2, 3);
        levels.put(4, 3);
        levels.put(7, 2);
        TargetPlan plan = TargetPlanner.fewestSteps(small, levels, d("4.85"));
        assertEquals(List.of("7:2→3", "2:3→4", "4:3→4", "7:3→4"), steps(plan));
        same("4.85", plan.index());
    }

    @Test
    void aMissingIndicatorIsAStepFromNothingToOne() {
        // all 5 except ind 8 (12.5) at 4 and ind 9 (7.5) missing: (5×80 + 4×12.5)/100 = 4.50.
        // Target 4.70 (exact ≥ 4.695): ind 8 4→5 +0.125 → 4.625; ind 9 nothing→1 +0.075 → 4.70.
        Map<Integer, Integer> levels = all(small, 5);
        levels.put(8, 4);
        levels.remove(9);
        TargetPlan plan = TargetPlanner.fewestSteps(small, levels, d("4.70"));
        assertEquals(List.of("8:4→5", "9:null→1"), steps(plan));
        assertTrue(plan.steps().get(1).fromMissing());
        same("0.075", plan.steps().get(1).gain());
        same("4.7", plan.index());
    }

    @Test
    void alreadyReachedHasNoSteps() {
        TargetPlan plan = TargetPlanner.fewestSteps(small, base, d("2.90"));
        assertEquals(TargetPlan.Outcome.ALREADY_REACHED, plan.outcome());
        assertEquals(List.of(), plan.steps());
        same("2.9", plan.index());
        assertTrue(plan.reachable());
    }

    @Test
    void theTargetIsComparedWithTheShownIndexLikeThePredicate() {
        Instrument spbe = TestInstruments.spbe2020();
        // exact 3.495 is shown 3.50 and is already "Sangat Baik" (ScoringTest boundaries)
        TargetPlan reached = TargetPlanner.toPredicate(spbe, set(all(spbe, 3), 32, 40, 5), "Sangat Baik");
        assertEquals(TargetPlan.Outcome.ALREADY_REACHED, reached.outcome());
        // exact 3.4945 is shown 3.49: one step on the heaviest indicator (42, 3.00, level 3) → 3.5245
        Map<Integer, Integer> below = set(set(set(all(spbe, 3), 1, 9, 4), 32, 32, 4), 11, 17, 5);
        TargetPlan plan = TargetPlanner.toPredicate(spbe, below, "Sangat Baik");
        assertEquals(List.of("42:3→4"), steps(plan));
        same("3.5245", plan.index());
    }

    @Test
    void unreachableTargetIsExplicit() {
        TargetPlan plan = TargetPlanner.fewestSteps(small, base, d("5.01"));
        assertEquals(TargetPlan.Outcome.UNREACHABLE, plan.outcome());
        assertEquals(List.of(), plan.steps());
        same("5", plan.best());
        same("2.9", plan.index());
        assertEquals(false, plan.reachable());
    }

    @Test
    void pemdiToMemuaskan() {
        Instrument pemdi = TestInstruments.pemdi2026();
        // all 3 = 3.00; Memuaskan from 4.0 → +0.995 at least. ind 20 (15) ×2 = 0.30, ind 19 (10) ×2 = 0.20,
        // then weight 5 (ind 1, 2, 3, 4, 5, 13, 14): every one 3→4 first (lower level), then 1, 2, 3 4→5:
        // 10 × 0.05 = 0.50 → 4.00. 14 steps.
        TargetPlan plan = TargetPlanner.toPredicate(pemdi, all(pemdi, 3), "Memuaskan");
        assertEquals(List.of("20:3→4", "20:4→5", "19:3→4", "19:4→5", "1:3→4", "2:3→4", "3:3→4", "4:3→4",
                "5:3→4", "13:3→4", "14:3→4", "1:4→5", "2:4→5", "3:4→5"), steps(plan));
        same("4", plan.index());
    }

    @Test
    void unknownPredicateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TargetPlanner.toPredicate(small, base, "Istimewa"));
    }

    private static Map<Integer, Integer> applied(Map<Integer, Integer> levels, TargetPlan plan) {
        Map<Integer, Integer> copy = new java.util.HashMap<>(levels);
        plan.steps().forEach(s -> copy.put(s.indicator(), s.to()));
        return copy;
    }
}
