package id.tata.evaluation.service;

import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static id.tata.workspace.schema.Tables.EVIDENCE_FILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinalisationAndCarryForwardTest {
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

    @Test
    void aFinalAssessmentIsFrozenUntilANewRevisionIsOpened() {
        fx.answers.save(fx.operator, fx.id(), 1, new AnswerEdit(3, "awal", null, ""));
        Assessment fin = fx.assessments.finalizeAssessment(fx.supervisor, fx.id());
        assertTrue(fin.isFinal());
        assertEquals("supervisor", fin.finalizedBy());

        assertEquals("evaluation.error.final", assertThrows(TataException.class,
                () -> fx.answers.save(fx.operator, fx.id(), 1, new AnswerEdit(4, "ubah", null, ""))).key());
        assertThrows(TataException.class,
                () -> fx.evidence.attach(fx.operator, fx.id(), 1, "a.pdf", EvaluationFixture.pdf("a")));
        assertThrows(TataException.class, () -> fx.answers.saveVerified(fx.admin, fx.id(), 1, 2, ""));
        assertEquals(3, fx.answers.answer(fx.admin, fx.id(), 1).selfLevel());

        Assessment reopened = fx.assessments.reopen(fx.supervisor, fx.id());
        assertEquals(2, reopened.revision());
        assertFalse(reopened.isFinal());
        fx.answers.save(fx.operator, fx.id(), 1, new AnswerEdit(4, "ubah", null, ""));

        var revisions = fx.assessments.revisions(fx.admin, fx.id());
        assertEquals(1, revisions.size());
        assertTrue(revisions.get(0).snapshotJson().contains("\"explanation\" : \"awal\""),
                "revision 1 keeps the answer as it was finalised");
    }

    @Test
    void onlyASupervisorFinalises() {
        assertThrows(TataException.class, () -> fx.assessments.finalizeAssessment(fx.operator, fx.id()));
        assertFalse(fx.assessments.find(fx.admin, fx.id()).orElseThrow().isFinal());
    }

    @Test
    void theDatabaseItselfRefusesChangesToAFinalAssessment() {
        fx.answers.save(fx.operator, fx.id(), 1, new AnswerEdit(3, "awal", null, ""));
        fx.assessments.finalizeAssessment(fx.supervisor, fx.id());
        assertThrows(RuntimeException.class, () -> fx.admin.write(id.tata.workspace.user.Permission.EVALUATION_ENTER,
                tx -> tx.dsl().execute("UPDATE assessment_answer SET self_level = 5")));
    }

    @Test
    void carryingForwardCopiesAnswersAndEvidenceMarkedToRecheck() {
        fx.answers.save(fx.operator, fx.id(), 1, new AnswerEdit(3, "Perwal 12/2025", 4, ""));
        fx.answers.save(fx.operator, fx.id(), 45, new AnswerEdit(2, "", null, "Perizinan daring"));
        fx.answers.saveVerified(fx.admin, fx.id(), 1, 2, "kurang bukti");
        fx.evidence.attach(fx.operator, fx.id(), 1, "perwal.pdf", EvaluationFixture.pdf("perwal"));
        fx.answers.submit(fx.operator, fx.id(), 1);
        fx.answers.approve(fx.supervisor, fx.id(), 1, "");

        Assessment next = fx.assessments.carryForward(fx.supervisor, fx.id(), 2027);
        assertEquals(2027, next.year());
        assertEquals(fx.id(), next.carriedFrom());
        Answer a = fx.answers.answer(fx.admin, next.id(), 1);
        assertEquals(3, a.selfLevel());
        assertEquals("Perwal 12/2025", a.explanation());
        assertEquals(4, a.targetLevel());
        assertNull(a.verifiedLevel(), "last year's official result is not this year's");
        assertEquals(AnswerStatus.DRAFT, a.status());
        assertTrue(a.recheck());
        assertEquals(1, a.evidence().size());
        assertTrue(a.evidence().get(0).recheck());
        assertEquals("Perizinan daring", fx.answers.answer(fx.admin, next.id(), 45).publicService());
        assertEquals(Integer.valueOf(1), fx.admin.read(id.tata.workspace.user.Permission.WORKSPACE_READ,
                dsl -> dsl.fetchCount(EVIDENCE_FILE)), "the carried file is stored once");

        Answer confirmed = fx.answers.confirm(fx.operator, next.id(), 1);
        assertFalse(confirmed.needsRecheck());
    }

    @Test
    void carryingForwardIntoAYearThatExistsWritesNothing() {
        fx.answers.save(fx.operator, fx.id(), 1, new AnswerEdit(3, "x", null, ""));
        fx.assessments.create(fx.admin, "SPBE-2020", 2027);
        assertThrows(TataException.class, () -> fx.assessments.carryForward(fx.supervisor, fx.id(), 2027));
        long created = fx.assessments.list(fx.admin).stream().filter(a -> a.year() == 2027).findFirst()
                .orElseThrow().id();
        assertNull(fx.answers.answer(fx.admin, created, 1).selfLevel());
    }
}
