package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Transition;
import id.tata.workspace.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerWorkflowTest {
    @TempDir
    Path dir;
    private EvaluationFixture fx;

    @BeforeEach
    void open() {
        fx = new EvaluationFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Answer fill(int indicator, int level) {
        return fx.answers.save(fx.operator, fx.id(), indicator,
                new AnswerEdit(level, "Kebijakan ditetapkan dengan Perwal.", 4, ""));
    }

    @Test
    void everyIndicatorHasAnAnswerEvenBeforeAnythingIsWritten() {
        List<Answer> all = fx.answers.answers(fx.admin, fx.id());
        assertEquals(47, all.size());
        assertTrue(all.stream().allMatch(a -> a.status() == AnswerStatus.DRAFT && a.selfLevel() == null));
    }

    @Test
    void operatorFillsAndSubmitsSupervisorApprovesAndTheHistoryNamesWhoAndWhen() {
        Answer saved = fill(3, 2);
        assertEquals(2, saved.selfLevel());
        assertEquals("Kebijakan ditetapkan dengan Perwal.", saved.explanation());
        assertEquals(4, saved.targetLevel());
        assertEquals("operator", saved.updatedBy());

        assertEquals(AnswerStatus.SUBMITTED, fx.answers.submit(fx.operator, fx.id(), 3).status());
        assertEquals(AnswerStatus.APPROVED, fx.answers.approve(fx.supervisor, fx.id(), 3, "").status());

        List<Transition> history = fx.answers.history(fx.admin, fx.id(), 3);
        assertEquals(List.of(AnswerStatus.SUBMITTED, AnswerStatus.APPROVED),
                history.stream().map(Transition::to).toList());
        assertEquals(List.of("operator", "supervisor"), history.stream().map(Transition::actor).toList());
        assertTrue(history.stream().allMatch(t -> t.changedAt() != null && !t.changedAt().isBlank()));
    }

    @Test
    void aReturnedAnswerCarriesTheNoteAndCanBeEditedAndSubmittedAgain() {
        fill(5, 3);
        fx.answers.submit(fx.operator, fx.id(), 5);
        Answer returned = fx.answers.returnAnswer(fx.supervisor, fx.id(), 5, "Lampirkan SK yang ditandatangani.");
        assertEquals(AnswerStatus.RETURNED, returned.status());
        assertEquals("Lampirkan SK yang ditandatangani.", returned.reviewNote());
        assertEquals(2, fill(5, 2).selfLevel());
        assertEquals(AnswerStatus.SUBMITTED, fx.answers.submit(fx.operator, fx.id(), 5).status());
        assertEquals("Lampirkan SK yang ditandatangani.", fx.answers.history(fx.admin, fx.id(), 5).get(1).note());
    }

    @Test
    void anOperatorCannotApproveNorReturn() {
        fill(1, 2);
        fx.answers.submit(fx.operator, fx.id(), 1);
        TataException e = assertThrows(TataException.class, () -> fx.answers.approve(fx.operator, fx.id(), 1, ""));
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertThrows(TataException.class, () -> fx.answers.returnAnswer(fx.operator, fx.id(), 1, "ulang"));
        assertEquals(AnswerStatus.SUBMITTED, fx.answers.answer(fx.admin, fx.id(), 1).status());
    }

    @Test
    void theSecretariatCannotEditAnswers() {
        var secretariat = fx.org.userWith(Role.SECRETARIAT);
        assertThrows(TataException.class, () -> fx.answers.save(secretariat, fx.id(), 1,
                new AnswerEdit(3, "x", null, "")));
        assertEquals(null, fx.answers.answer(fx.admin, fx.id(), 1).selfLevel());
    }

    @Test
    void submittedAndApprovedAnswersAreLockedForTheOperator() {
        fill(2, 2);
        fx.answers.submit(fx.operator, fx.id(), 2);
        TataException e = assertThrows(TataException.class, () -> fill(2, 5));
        assertEquals("evaluation.error.notEditable", e.key());
        fx.answers.approve(fx.supervisor, fx.id(), 2, "");
        assertThrows(TataException.class, () -> fill(2, 5));
        assertEquals(2, fx.answers.answer(fx.admin, fx.id(), 2).selfLevel());
    }

    @Test
    void submittingWithoutALevelIsRefusedAndReturningNeedsANote() {
        assertEquals("evaluation.error.submitWithoutLevel",
                assertThrows(TataException.class, () -> fx.answers.submit(fx.operator, fx.id(), 4)).key());
        fill(4, 1);
        fx.answers.submit(fx.operator, fx.id(), 4);
        assertEquals(ErrorKind.BAD_INPUT, assertThrows(TataException.class,
                () -> fx.answers.returnAnswer(fx.supervisor, fx.id(), 4, "  ")).kind());
    }

    @Test
    void anOperatorFillsOnlyTheIndicatorsAssignedToThemOrToNobody() {
        fx.org.userWith(Role.ANALYST);
        fx.answers.assign(fx.supervisor, fx.id(), List.of(7, 8), "analyst", null);
        assertEquals("evaluation.error.notAssignee", assertThrows(TataException.class, () -> fill(7, 3)).key());
        assertEquals(3, fill(9, 3).selfLevel());
        fx.answers.assign(fx.supervisor, fx.id(), List.of(7), "operator", null);
        assertEquals(3, fill(7, 3).selfLevel());
        assertEquals("operator", fx.answers.answer(fx.admin, fx.id(), 7).assignee());
        assertEquals(ErrorKind.NOT_FOUND, assertThrows(TataException.class,
                () -> fx.answers.assign(fx.supervisor, fx.id(), List.of(1), "tidak-ada", null)).kind());
    }

    @Test
    void levelsOutsideOneToFiveAndUnknownIndicatorsAreRefused() {
        assertEquals(ErrorKind.BAD_INPUT, assertThrows(TataException.class, () -> fill(1, 6)).kind());
        assertEquals(ErrorKind.NOT_FOUND, assertThrows(TataException.class, () -> fill(48, 2)).kind());
    }

    @Test
    void verifiedLevelAndNoteAreEnteredSeparately() {
        fill(10, 4);
        Answer a = fx.answers.saveVerified(fx.admin, fx.id(), 10, 3, "Bukti belum mencakup seluruh OPD.");
        assertEquals(4, a.selfLevel());
        assertEquals(3, a.verifiedLevel());
        assertEquals("Bukti belum mencakup seluruh OPD.", a.verifierNote());
    }
}
