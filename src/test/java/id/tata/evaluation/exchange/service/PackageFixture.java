package id.tata.evaluation.exchange.service;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.service.AnswerService;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.EvidenceService;
import id.tata.evaluation.service.InstrumentService;
import id.tata.evaluation.service.MiniInstrument;
import id.tata.organization.OrgFixture;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.UserService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static id.tata.workspace.schema.Tables.ANSWER_EVIDENCE;
import static id.tata.workspace.schema.Tables.ANSWER_TRANSITION;
import static id.tata.workspace.schema.Tables.ASSESSMENT;
import static id.tata.workspace.schema.Tables.ASSESSMENT_ANSWER;
import static id.tata.workspace.schema.Tables.AUDIT_LOG;
import static id.tata.workspace.schema.Tables.EVIDENCE_FILE;
import static id.tata.workspace.schema.Tables.PACKAGE_MERGE;

/**
 * Two laptops in a temporary folder: the coordinator's workspace with the mini instrument (indicators 1–3), an
 * assessment assigned to the operator "operator", and the services; the assessor's workspace is made by
 * {@link #openOnAssessorLaptop}.
 */
final class PackageFixture implements AutoCloseable {
    static final String ASSESSOR = "operator";

    final Path dir;
    final OrgFixture coordinator;
    final Session admin;
    final PackageService packages = PackageService.create();
    final InstrumentService instruments = new InstrumentService();
    final AssessmentService assessments = new AssessmentService(instruments);
    final AnswerService answers = new AnswerService(assessments);
    final EvidenceService evidence = new EvidenceService(answers);
    final long assessmentId;
    Workspace assessorWorkspace;
    Session assessor;
    long assessorAssessmentId;

    PackageFixture(Path dir) {
        this.dir = dir;
        this.coordinator = new OrgFixture(dir.resolve("koordinator"));
        this.admin = coordinator.admin;
        coordinator.userWith(Role.OPERATOR);
        instruments.importJson(admin, MiniInstrument.JSON.getBytes(StandardCharsets.UTF_8));
        Assessment a = assessments.create(admin, "MINI-1", 2026);
        this.assessmentId = a.id();
        answers.assign(admin, assessmentId, List.of(1, 2, 3), ASSESSOR, null);
        answers.save(admin, assessmentId, 1, new AnswerEdit(2, "Ada konsep arsitektur.", 3, ""));
        evidence.attach(admin, assessmentId, 1, "konsep.pdf", pdf("konsep"));
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n" + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    Path exportForAssessor() {
        Path file = dir.resolve("paket-operator.tatapaket");
        packages.exportForAssessor(admin, assessmentId, ASSESSOR, List.of(), file);
        return file;
    }

    /** Opens the package in a new workspace on "the other laptop" and logs the assessor in there. */
    OpenedPackage openOnAssessorLaptop(Path pkg) {
        Path ws = dir.resolve("laptop-asesor").resolve("asesor.tata");
        OpenedPackage opened = packages.openNew(pkg, ws, ASSESSOR, OrgFixture.PASSWORD);
        assessorWorkspace = new WorkspaceStore(1).open(ws, false);
        assessor = new UserService().login(assessorWorkspace, ASSESSOR, OrgFixture.PASSWORD);
        assessorAssessmentId = opened.assessmentId();
        return opened;
    }

    Path exportAnswersBack() {
        Path file = dir.resolve("laptop-asesor").resolve("jawaban.tatapaket");
        packages.exportAnswers(assessor, null, file);
        return file;
    }

    Answer mine(int indicator) {
        return answers.answer(admin, assessmentId, indicator);
    }

    Answer theirs(int indicator) {
        return answers.answer(assessor, assessorAssessmentId, indicator);
    }

    /** Rows of every table an import or undo writes, and the audit log: equal before and after = nothing written. */
    Map<String, Integer> counts() {
        return coordinator.workspace.read(dsl -> new TreeMap<>(Map.of(
                "assessment", dsl.fetchCount(ASSESSMENT), "answer", dsl.fetchCount(ASSESSMENT_ANSWER),
                "evidence", dsl.fetchCount(ANSWER_EVIDENCE), "evidence_file", dsl.fetchCount(EVIDENCE_FILE),
                "transition", dsl.fetchCount(ANSWER_TRANSITION), "merge", dsl.fetchCount(PACKAGE_MERGE),
                "audit_log", dsl.fetchCount(AUDIT_LOG))));
    }

    @Override
    public void close() {
        if (assessorWorkspace != null) {
            assessorWorkspace.close();
        }
        coordinator.close();
    }
}
