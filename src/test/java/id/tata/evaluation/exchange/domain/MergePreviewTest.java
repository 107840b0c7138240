package id.tata.evaluation.exchange.domain;

import id.tata.common.error.TataException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three-way merge, field by field, on plain answer states. */
class MergePreviewTest {
    private static final EvidenceItem A = new EvidenceItem("a".repeat(64), "a.pdf", 10, "application/pdf");
    private static final EvidenceItem B = new EvidenceItem("b".repeat(64), "b.pdf", 10, "application/pdf");
    private static final EvidenceItem C = new EvidenceItem("c".repeat(64), "c.pdf", 10, "application/pdf");

    private static AnswerState state(Integer level, String explanation, EvidenceItem... files) {
        return AnswerState.of(7, level, explanation, null, "", null, "", List.of(files));
    }

    private static MergePreview merge(AnswerState base, AnswerState mine, AnswerState theirs) {
        return MergePreview.compute("p", "ani", 1, "Penilaian", Map.of(7, base), Map.of(7, mine), Map.of(7, theirs));
    }

    @Test
    void onlyTheirChangeIsTakenSilently() {
        MergePreview p = merge(state(2, "x"), state(2, "x"), state(3, "x"));

        assertEquals(List.of("7.self_level"), p.silent().stream().map(FieldChange::key).toList());
        assertEquals(3, p.merged(MergeDecisions.none()).get(7).selfLevel());
    }

    @Test
    void onlyMyChangeOrTheSameChangeOnBothSidesIsNothingToDo() {
        assertTrue(merge(state(2, "x"), state(4, "x"), state(2, "x")).changes().isEmpty());
        assertTrue(merge(state(2, "x"), state(4, "y"), state(4, "y")).changes().isEmpty());
        assertTrue(merge(state(2, "x"), state(4, "x"), state(2, "x")).merged(MergeDecisions.none()).isEmpty());
    }

    @Test
    void differentChangesOnBothSidesAreAConflictDecidedEitherWay() {
        MergePreview p = merge(state(2, "dasar"), state(2, "saya"), state(3, "asesor"));

        FieldChange conflict = p.conflicts().get(0);
        assertEquals("7.explanation", conflict.key());
        assertEquals(List.of("dasar", "saya", "asesor"),
                List.of(conflict.baseText(), conflict.mineText(), conflict.theirsText()));
        assertEquals(List.of(conflict), p.undecided(MergeDecisions.none()));
        assertThrows(IllegalStateException.class, () -> p.merged(MergeDecisions.none()));

        AnswerState mine = p.merged(MergeDecisions.all(Choice.MINE)).get(7);
        assertEquals("saya", mine.explanation());
        assertEquals(3, mine.selfLevel(), "the silent change is taken whatever the choice");
        AnswerState theirs = p.merged(new MergeDecisions(Choice.MINE, Map.of("7.explanation", Choice.THEIRS)))
                .get(7);
        assertEquals("asesor", theirs.explanation());
    }

    @Test
    void evidenceIsMergedFileByFile() {
        MergePreview p = merge(state(2, "", A, B), state(2, "", A, B, C), state(2, "", B));
        // theirs removed A and kept B; mine added C: the result is B and C, and no conflict
        AnswerState merged = p.merged(MergeDecisions.none()).get(7);

        assertEquals(List.of(B.sha256(), C.sha256()), List.copyOf(merged.evidence().keySet()));
        assertTrue(p.conflicts().isEmpty());
        assertEquals("a.pdf, b.pdf", p.changes().get(0).baseText());
    }

    @Test
    void aFileTheyAddedIsAddedAndTheSameFileOnBothSidesIsNoChange() {
        assertEquals(List.of(A.sha256(), B.sha256()), List.copyOf(merge(state(2, "", A), state(2, "", A),
                state(2, "", A, B)).merged(MergeDecisions.none()).get(7).evidence().keySet()));
        assertTrue(merge(state(2, "", A), state(2, "", A, B), state(2, "", A, B)).changes().isEmpty());
    }

    @Test
    void choicesAreReadAndBadOnesNamed() {
        assertEquals(Map.of("12.explanation", Choice.THEIRS, "7.self_level", Choice.MINE),
                MergeDecisions.parse("12.explanation=theirs, 7.self_level=mine"));
        for (String bad : List.of("12=theirs", "x.explanation=mine", "12.colour=mine", "12.explanation=both")) {
            TataException e = assertThrows(TataException.class, () -> MergeDecisions.parse(bad));
            assertEquals(bad, e.args()[0]);
        }
    }

    @Test
    void aChoiceForSomethingElseIsReportedAsUnknown() {
        MergePreview p = merge(state(2, "dasar"), state(2, "saya"), state(2, "asesor"));

        assertEquals(List.of("7.self_level"),
                p.unknownChoices(new MergeDecisions(null, Map.of("7.self_level", Choice.MINE))));
    }
}
