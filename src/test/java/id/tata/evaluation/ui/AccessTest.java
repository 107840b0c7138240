package id.tata.evaluation.ui;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.organization.OrgFixture;
import id.tata.workspace.Session;
import id.tata.workspace.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which buttons of the answer editor are offered to whom, in which status (mirrors AnswerService's refusals). */
class AccessTest {
    @TempDir
    static Path dir;
    private static OrgFixture fixture;
    private static Session operator;
    private static Session supervisor;
    private static Session secretariat;
    private static final Assessment OPEN = new Assessment(1L, "SPBE-2020", 1, 2026, "Penilaian Mandiri SPBE 2026");
    private static final Assessment FINAL = new Assessment(1L, "SPBE-2020", 1, 2026, "Penilaian Mandiri SPBE 2026", 1,
            "2026-11-25T10:00:00Z", "supervisor", null);

    @BeforeAll
    static void users() {
        fixture = new OrgFixture(dir);
        operator = fixture.userWith(Role.OPERATOR);
        supervisor = fixture.userWith(Role.SUPERVISOR);
        secretariat = fixture.userWith(Role.SECRETARIAT);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void anOperatorFillsAndSubmitsButNeverApproves() {
        Access draft = Access.of(operator, true, OPEN, answer(AnswerStatus.DRAFT, null));
        assertTrue(draft.edit());
        assertTrue(draft.submit());
        assertFalse(draft.approver());
        Access submitted = Access.of(operator, true, OPEN, answer(AnswerStatus.SUBMITTED, null));
        assertFalse(submitted.edit(), "a submitted answer waits for review");
        assertFalse(submitted.approve());
        assertFalse(submitted.giveBack());
    }

    @Test
    void anOperatorLeavesAnotherPersonsIndicatorAlone() {
        assertFalse(Access.of(operator, true, OPEN, answer(AnswerStatus.DRAFT, "someone-else")).edit());
        assertTrue(Access.of(operator, true, OPEN, answer(AnswerStatus.DRAFT, operator.user().username())).edit());
        assertTrue(Access.of(supervisor, true, OPEN, answer(AnswerStatus.DRAFT, "someone-else")).edit(),
                "the assignment binds operators only");
    }

    @Test
    void aSupervisorApprovesSubmittedAndReturnsSubmittedOrApproved() {
        assertEquals(List.of(false, false), both(Access.of(supervisor, true, OPEN, answer(AnswerStatus.DRAFT, null))));
        assertEquals(List.of(true, true),
                both(Access.of(supervisor, true, OPEN, answer(AnswerStatus.SUBMITTED, null))));
        assertEquals(List.of(false, true),
                both(Access.of(supervisor, true, OPEN, answer(AnswerStatus.APPROVED, null))));
    }

    @Test
    void nothingChangesInAFinalAssessmentOrAReadOnlyWorkspaceOrForTheSecretariat() {
        Answer draft = answer(AnswerStatus.DRAFT, null);
        for (Access none : List.of(Access.of(supervisor, true, FINAL, draft), Access.of(supervisor, false, OPEN, draft),
                Access.of(secretariat, true, OPEN, draft))) {
            assertFalse(none.edit() || none.verify() || none.submit() || none.approve() || none.giveBack()
                    || none.confirm(), none.toString());
        }
        assertTrue(Access.of(supervisor, true, FINAL, draft).approver(), "the buttons stay visible, disabled");
    }

    @Test
    void sudahDicekIsOfferedOnlyForARecheckMark() {
        assertFalse(Access.of(operator, true, OPEN, answer(AnswerStatus.DRAFT, null)).confirm());
        EvidenceRef carried = new EvidenceRef(1, 1, "ab", "Perwal.pdf", 10, "application/pdf", "admin",
                "2025-01-01", true);
        Answer withFile = new Answer(1, 3, "", null, null, "", "", AnswerStatus.DRAFT, "", false, null, null, null,
                null, List.of(carried));
        assertTrue(Access.of(operator, true, OPEN, withFile).confirm(), "a carried file counts too");
    }

    private static List<Boolean> both(Access access) {
        return List.of(access.approve(), access.giveBack());
    }

    private static Answer answer(AnswerStatus status, String assignee) {
        return new Answer(1, 3, "", null, null, "", "", status, "", false, assignee, null, null, null, List.of());
    }
}
