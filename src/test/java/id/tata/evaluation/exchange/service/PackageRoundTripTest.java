package id.tata.evaluation.exchange.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.exchange.domain.Choice;
import id.tata.evaluation.exchange.domain.FieldChange;
import id.tata.evaluation.exchange.domain.MergeDecisions;
import id.tata.evaluation.exchange.domain.MergePreview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static id.tata.workspace.schema.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coordinator → assessor's laptop → back: values arrive, conflicts wait for a decision, a merge can be undone. */
class PackageRoundTripTest {
    @TempDir
    Path dir;
    private PackageFixture f;

    @BeforeEach
    void twoLaptops() {
        f = new PackageFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theAssessorsWorkArrivesAtTheCoordinator() throws Exception {
        OpenedPackage opened = f.openOnAssessorLaptop(f.exportForAssessor());
        assertEquals(List.of(1, 2, 3), opened.indicators());
        Answer received = f.theirs(1);
        assertEquals(2, received.selfLevel());
        assertEquals("Ada konsep arsitektur.", received.explanation());
        assertEquals(List.of("konsep.pdf"), received.evidence().stream().map(EvidenceRef::originalName).toList());
        assertArrayEquals(PackageFixture.pdf("konsep"), f.evidence.content(f.assessor, received.evidence().get(0)));

        f.answers.save(f.assessor, f.assessorAssessmentId, 1, new AnswerEdit(3, "Arsitektur ditetapkan.", 4, ""));
        f.answers.save(f.assessor, f.assessorAssessmentId, 2, new AnswerEdit(4, "Diterapkan di 5 OPD.", null, ""));
        f.evidence.attach(f.assessor, f.assessorAssessmentId, 2, "sk-penerapan.pdf", PackageFixture.pdf("sk"));
        Path back = f.exportAnswersBack();
        Answer three = f.mine(3);

        MergeResult result = f.packages.importAnswers(f.admin, back, MergeDecisions.none());

        assertNotNull(result.mergeId());
        assertEquals(List.of(1, 2), result.indicators());
        Answer one = f.mine(1);
        assertEquals(3, one.selfLevel());
        assertEquals("Arsitektur ditetapkan.", one.explanation());
        assertEquals(4, one.targetLevel());
        Answer two = f.mine(2);
        assertEquals(4, two.selfLevel());
        assertEquals(List.of("sk-penerapan.pdf"), two.evidence().stream().map(EvidenceRef::originalName).toList());
        assertArrayEquals(PackageFixture.pdf("sk"), f.evidence.content(f.admin, two.evidence().get(0)));
        assertEquals(three, f.mine(3), "indicator 3 untouched (not even its time stamp)");
    }

    @Test
    void importingTheSamePackageAgainChangesNothing() {
        f.openOnAssessorLaptop(f.exportForAssessor());
        f.answers.save(f.assessor, f.assessorAssessmentId, 2, new AnswerEdit(4, "Diterapkan.", null, ""));
        Path back = f.exportAnswersBack();
        assertNotNull(f.packages.importAnswers(f.admin, back, MergeDecisions.none()).mergeId());
        Map<String, Integer> before = f.counts();

        MergeResult again = f.packages.importAnswers(f.admin, back, MergeDecisions.none());

        assertEquals(null, again.mergeId());
        assertEquals(before, f.counts());
    }

    @Test
    void untouchedFieldsUpdateSilentlyAndTheCoordinatorsOwnChangesStay() {
        f.openOnAssessorLaptop(f.exportForAssessor());
        f.answers.save(f.assessor, f.assessorAssessmentId, 1, new AnswerEdit(2, "Ada konsep arsitektur.", 5, ""));
        f.answers.save(f.admin, f.assessmentId, 1, new AnswerEdit(2, "Konsep arsitektur SPBE 2026.", 3, ""));
        f.answers.saveVerified(f.admin, f.assessmentId, 3, 2, "Belum ada bukti.");
        Path back = f.exportAnswersBack();

        MergePreview preview = f.packages.preview(f.admin, back);
        assertEquals(List.of("1.target_level"), preview.changes().stream().map(FieldChange::key).toList());
        assertTrue(preview.conflicts().isEmpty());
        f.packages.importAnswers(f.admin, back, MergeDecisions.none());

        Answer one = f.mine(1);
        assertEquals(5, one.targetLevel(), "only the assessor changed the target: taken without a question");
        assertEquals("Konsep arsitektur SPBE 2026.", one.explanation(), "only the coordinator changed it: kept");
        assertEquals(2, f.mine(3).verifiedLevel(), "the coordinator's verified level stays");
    }

    @Test
    void aConflictWaitsForADecisionAndIsResolvedEitherWay() {
        f.openOnAssessorLaptop(f.exportForAssessor());
        f.answers.save(f.assessor, f.assessorAssessmentId, 1, new AnswerEdit(3, "Versi asesor.", 3, ""));
        f.answers.save(f.assessor, f.assessorAssessmentId, 2, new AnswerEdit(4, "", null, ""));
        f.answers.save(f.admin, f.assessmentId, 1, new AnswerEdit(4, "Versi koordinator.", 3, ""));
        Path back = f.exportAnswersBack();

        MergePreview preview = f.packages.preview(f.admin, back);
        assertEquals(List.of("1.self_level", "1.explanation"),
                preview.conflicts().stream().map(FieldChange::key).toList());
        FieldChange explanation = preview.conflicts().get(1);
        assertEquals(List.of("Ada konsep arsitektur.", "Versi koordinator.", "Versi asesor."),
                List.of(explanation.baseText(), explanation.mineText(), explanation.theirsText()));
        assertEquals("Penjelasan", explanation.field().label());

        Map<String, Integer> before = f.counts();
        TataException undecided = assertThrows(TataException.class,
                () -> f.packages.importAnswers(f.admin, back, MergeDecisions.none()));
        assertEquals(ErrorKind.REFUSED, undecided.kind());
        assertEquals(before, f.counts(), "nothing written while a conflict is open");
        assertEquals(4, f.mine(1).selfLevel());

        MergeResult mine = f.packages.importAnswers(f.admin, back, MergeDecisions.all(Choice.MINE));
        assertEquals("Versi koordinator.", f.mine(1).explanation());
        assertEquals(4, f.mine(1).selfLevel());
        assertEquals(4, f.mine(2).selfLevel(), "the silent change comes with it");

        f.packages.undoMerge(f.admin, mine.mergeId());
        assertEquals(null, f.mine(2).selfLevel());

        f.packages.importAnswers(f.admin, back, new MergeDecisions(Choice.MINE,
                MergeDecisions.parse("1.explanation=theirs")));
        assertEquals("Versi asesor.", f.mine(1).explanation(), "chosen per field: theirs");
        assertEquals(4, f.mine(1).selfLevel(), "the rest: mine");
    }

    private List<String> auditOf(String table) {
        return f.coordinator.workspace.read(dsl -> dsl.select(AUDIT_LOG.ACTION).from(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table)).orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ACTION));
    }

    @Test
    void aChoiceForAFieldThatIsNoConflictIsRefused() {
        f.openOnAssessorLaptop(f.exportForAssessor());
        f.answers.save(f.assessor, f.assessorAssessmentId, 2, new AnswerEdit(4, "", null, ""));
        Path back = f.exportAnswersBack();
        Map<String, Integer> before = f.counts();

        TataException e = assertThrows(TataException.class, () -> f.packages.importAnswers(f.admin, back,
                new MergeDecisions(null, MergeDecisions.parse("2.explanation=theirs"))));

        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals(before, f.counts());
    }

    @Test
    void undoRestoresEveryValueAndRemovesTheNewEvidence() {
        Answer original = f.mine(1);
        f.openOnAssessorLaptop(f.exportForAssessor());
        f.answers.save(f.assessor, f.assessorAssessmentId, 1, new AnswerEdit(5, "Dievaluasi.", 5, "SIMPEG"));
        EvidenceRef old = f.theirs(1).evidence().get(0);
        f.evidence.detach(f.assessor, f.assessorAssessmentId, old);
        f.evidence.attach(f.assessor, f.assessorAssessmentId, 1, "evaluasi.pdf", PackageFixture.pdf("evaluasi"));
        MergeResult merged = f.packages.importAnswers(f.admin, f.exportAnswersBack(), MergeDecisions.none());
        assertEquals(List.of("evaluasi.pdf"), f.mine(1).evidence().stream().map(EvidenceRef::originalName).toList());
        assertEquals("SIMPEG", f.mine(1).publicService());

        assertEquals(List.of("INSERT"), auditOf("package_merge"));

        List<Integer> restored = f.packages.undoMerge(f.admin, merged.mergeId());

        assertEquals(List.of("INSERT", "UPDATE"), auditOf("package_merge"), "the undo is on record too");

        assertEquals(List.of(1), restored);
        Answer now = f.mine(1);
        assertEquals(original.selfLevel(), now.selfLevel());
        assertEquals(original.explanation(), now.explanation());
        assertEquals(original.targetLevel(), now.targetLevel());
        assertEquals(original.publicService(), now.publicService());
        assertEquals(List.of("konsep.pdf"), now.evidence().stream().map(EvidenceRef::originalName).toList());
        assertTrue(f.packages.merges(f.admin, f.assessmentId).get(0).undone());
        TataException twice = assertThrows(TataException.class,
                () -> f.packages.undoMerge(f.admin, merged.mergeId()));
        assertEquals(ErrorKind.REFUSED, twice.kind());
    }

    @Test
    void undoIsRefusedWhenTheAnswerChangedSince() {
        f.openOnAssessorLaptop(f.exportForAssessor());
        f.answers.save(f.assessor, f.assessorAssessmentId, 2, new AnswerEdit(4, "Asesor.", null, ""));
        MergeResult merged = f.packages.importAnswers(f.admin, f.exportAnswersBack(), MergeDecisions.none());
        f.answers.save(f.admin, f.assessmentId, 2, new AnswerEdit(5, "Sesudah penggabungan.", null, ""));
        Map<String, Integer> before = f.counts();

        TataException e = assertThrows(TataException.class, () -> f.packages.undoMerge(f.admin, merged.mergeId()));

        assertEquals(ErrorKind.REFUSED, e.kind());
        assertEquals(before, f.counts());
        assertEquals("Sesudah penggabungan.", f.mine(2).explanation());
    }

    @Test
    void anApprovedAnswerWhoseContentChangesGoesBackToReviewAndUndoRestoresTheApproval() {
        f.answers.submit(f.admin, f.assessmentId, 1);
        f.answers.approve(f.admin, f.assessmentId, 1, "");
        f.openOnAssessorLaptop(f.exportForAssessor());
        assertEquals(AnswerStatus.DRAFT, f.theirs(1).status(), "the assessor can work on it");
        f.answers.save(f.assessor, f.assessorAssessmentId, 1, new AnswerEdit(3, "Ditetapkan.", 3, ""));

        MergeResult merged = f.packages.importAnswers(f.admin, f.exportAnswersBack(), MergeDecisions.none());

        assertEquals(List.of(1), merged.backToReview());
        assertEquals(AnswerStatus.SUBMITTED, f.mine(1).status());
        assertEquals(3, f.mine(1).selfLevel());
        f.packages.undoMerge(f.admin, merged.mergeId());
        assertEquals(AnswerStatus.APPROVED, f.mine(1).status());
        assertEquals(2, f.mine(1).selfLevel());
    }

    @Test
    void openingIntoAWorkspaceThatHasTheAssessmentIsRefusedWithNothingWritten() {
        Path pkg = f.exportForAssessor();
        f.openOnAssessorLaptop(pkg);
        int audit = f.assessorWorkspace.read(dsl -> dsl.fetchCount(AUDIT_LOG));

        TataException e = assertThrows(TataException.class, () -> f.packages.open(f.assessor, pkg));

        assertEquals("evaluation.error.assessmentExists", e.key());
        assertEquals(audit, (int) f.assessorWorkspace.read(dsl -> dsl.fetchCount(AUDIT_LOG)));
    }

    @Test
    void aFinalAssessmentRefusesTheImport() {
        f.openOnAssessorLaptop(f.exportForAssessor());
        f.answers.save(f.assessor, f.assessorAssessmentId, 2, new AnswerEdit(4, "", null, ""));
        Path back = f.exportAnswersBack();
        f.assessments.finalizeAssessment(f.admin, f.assessmentId);
        Map<String, Integer> before = f.counts();

        TataException e = assertThrows(TataException.class,
                () -> f.packages.importAnswers(f.admin, back, MergeDecisions.none()));

        assertEquals(ErrorKind.REFUSED, e.kind());
        assertEquals(before, f.counts());
    }

    @Test
    void thePackageGoesOnlyToItsOwnWorkspaceAndOnlyAnswersComeBack() throws Exception {
        Path pkg = f.exportForAssessor();
        f.openOnAssessorLaptop(pkg);
        Path back = f.exportAnswersBack();
        TataException wrongKind = assertThrows(TataException.class,
                () -> f.packages.importAnswers(f.admin, pkg, MergeDecisions.none()));
        assertEquals(ErrorKind.BAD_INPUT, wrongKind.kind());

        try (PackageFixture other = new PackageFixture(dir.resolve("lain"))) {
            Map<String, Integer> before = other.counts();
            TataException e = assertThrows(TataException.class,
                    () -> other.packages.importAnswers(other.admin, back, MergeDecisions.none()));
            assertEquals(ErrorKind.REFUSED, e.kind());
            assertEquals("evaluation.package.error.otherWorkspace", e.key());
            assertEquals(before, other.counts());
        }
    }

    @Test
    void onlyTheAssessorsIndicatorsTravelAndAPackageForNobodyIsRefused() {
        f.answers.assign(f.admin, f.assessmentId, List.of(3), null, null);
        OpenedPackage opened = f.openOnAssessorLaptop(f.exportForAssessor());
        assertEquals(List.of(1, 2), opened.indicators());
        TataException e = assertThrows(TataException.class, () -> f.packages.exportForAssessor(f.admin,
                f.assessmentId, "siapa", List.of(), dir.resolve("kosong.tatapaket")));
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertFalse(Files.exists(dir.resolve("kosong.tatapaket")));
    }
}
