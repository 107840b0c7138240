package id.tata.evaluation.report;

import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.service.AnswerService;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.EvaluationReportService;
import id.tata.evaluation.service.EvidenceService;
import id.tata.evaluation.service.InstrumentService;
import id.tata.workspace.Session;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An SPBE-2020 assessment for the report tests, written through the services as users would: indicators 1–40
 * answered, submitted and approved by a supervisor, 41–44 submitted only, 45 a draft with a level, 46–47 untouched;
 * verified levels for 1–40; small PDF evidence on indicators 1, 2 (two files), 3 and 42. Levels follow a fixed
 * pattern so the expected scores can be computed independently in the tests.
 */
final class ReportFixture {
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    static final int APPROVED = 40;
    static final int SUBMITTED_TO = 44;
    static final int DRAFT = 45;

    final AssessmentService assessments = new AssessmentService(new InstrumentService());
    final AnswerService answers = new AnswerService(assessments);
    final EvidenceService evidence = new EvidenceService(answers);
    final EvaluationReportService reports = new EvaluationReportService(assessments,
            Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Jakarta")));
    final long assessmentId;

    ReportFixture(Session operator, Session supervisor, int year) {
        assessmentId = assessments.create(supervisor, "SPBE-2020", year).id();
        for (int no = 1; no <= DRAFT; no++) {
            answers.save(operator, assessmentId, no, new AnswerEdit(selfLevel(no), explanation(no),
                    Math.min(5, selfLevel(no) + 1), no == 31 ? "Layanan Perizinan Terpadu" : ""));
        }
        evidence.attach(operator, assessmentId, 1, "Perwal Arsitektur SPBE.pdf", pdf("Perwal Arsitektur SPBE"));
        evidence.attach(operator, assessmentId, 2, "Peta Rencana SPBE 2024.pdf", pdf("Peta Rencana"));
        evidence.attach(operator, assessmentId, 2, "Notulen rapat.pdf", pdf("Notulen rapat peta rencana"));
        evidence.attach(operator, assessmentId, 3, "SK Tim Manajemen Data.pdf", pdf("SK Manajemen Data"));
        evidence.attach(operator, assessmentId, 42, "Laporan Audit TIK.pdf", pdf("Audit TIK"));
        for (int no = 1; no <= SUBMITTED_TO; no++) {
            answers.submit(operator, assessmentId, no);
        }
        for (int no = 1; no <= APPROVED; no++) {
            answers.approve(supervisor, assessmentId, no, "");
            answers.saveVerified(supervisor, assessmentId, no, verifiedLevel(no), "");
        }
    }

    /** 1..5 spread over the indicators: 3, 5, 2, 4, 1, 3, 5, … */
    static int selfLevel(int no) {
        return 1 + (no * 2) % 5;
    }

    static int verifiedLevel(int no) {
        return Math.max(1, selfLevel(no) - (no % 3 == 0 ? 1 : 0));
    }

    static String explanation(int no) {
        return "Indikator " + no + " telah didukung dokumen kebijakan yang ditetapkan dan diterapkan di seluruh "
                + "Perangkat Daerah; reviu dilakukan setiap tahun oleh Tim Koordinasi SPBE.";
    }

    /** A tiny but well-formed one-page PDF: enough for the content check and for a PDF reader. */
    static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String sha256(byte[] bytes) {
        return EvidenceService.sha256(bytes);
    }
}
