package id.tata.evaluation.service;

import id.tata.evaluation.domain.Assessment;
import id.tata.organization.OrgFixture;
import id.tata.workspace.Session;
import id.tata.workspace.user.Role;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A workspace with an SPBE-2020 assessment for 2026, the services, and sessions of an operator and a supervisor. */
final class EvaluationFixture implements AutoCloseable {
    final OrgFixture org;
    final InstrumentService instruments = new InstrumentService();
    final AssessmentService assessments = new AssessmentService(instruments);
    final AnswerService answers = new AnswerService(assessments);
    final EvidenceService evidence = new EvidenceService(answers);
    final Session admin;
    final Session operator;
    final Session supervisor;
    final Assessment assessment;

    EvaluationFixture(Path dir) {
        org = new OrgFixture(dir);
        admin = org.admin;
        operator = org.userWith(Role.OPERATOR);
        supervisor = org.userWith(Role.SUPERVISOR);
        assessment = assessments.create(admin, "SPBE-2020", 2026);
    }

    long id() {
        return assessment.id();
    }

    /** A small file that is a PDF by content. */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        org.close();
    }
}
