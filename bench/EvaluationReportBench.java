// Evaluation report benchmark: the Laporan Hasil Penilaian Mandiri of a full SPBE-2020 assessment (47 indicators,
// each with a level, a ~300-character explanation and two evidence files, verified levels entered) composed — the
// chart drawn with java.awt — and rendered to DOCX and PDF, warm, in one JVM; the Berita Acara likewise.
// Run with bench/evaluation-report.sh (it builds the classpath); prints the median of the timed runs per format.
import id.tata.documents.model.Document;
import id.tata.documents.official.Letterheads;
import id.tata.documents.render.DocumentRenderer;
import id.tata.documents.render.docx.DocxRenderer;
import id.tata.documents.render.pdf.PdfRenderer;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.domain.Indicator;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.io.InstrumentJson;
import id.tata.evaluation.report.AssessmentMinutes;
import id.tata.evaluation.report.ReportSource;
import id.tata.evaluation.report.SelfAssessmentReport;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

public class EvaluationReportBench {
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ReportSource source = source();
        System.out.println("Laporan, " + source.answers().size() + " indicators (compose + render):");
        measure(source, SelfAssessmentReport::compose, warmup, runs);
        System.out.println("Berita Acara (compose + render):");
        measure(source, AssessmentMinutes::compose, warmup, runs);
    }

    static void measure(ReportSource source, Function<ReportSource, Document> composer, int warmup, int runs)
            throws Exception {
        for (int i = 0; i < warmup; i++) {
            composer.apply(source);
        }
        long[] compose = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            composer.apply(source);
            compose[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(compose);
        System.out.printf("  compose only: median %d ms (min %d, max %d)%n", compose[runs / 2],
                compose[0], compose[runs - 1]);
        for (DocumentRenderer renderer : List.of(new DocxRenderer(), new PdfRenderer())) {
            byte[] last = null;
            for (int i = 0; i < warmup; i++) {
                last = render(renderer, composer.apply(source));
            }
            long[] ms = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                last = render(renderer, composer.apply(source));
                ms[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(ms);
            String pages = renderer.format().name().equals("PDF")
                    ? ", " + new com.lowagie.text.pdf.PdfReader(last).getNumberOfPages() + " pages" : "";
            System.out.printf("  %s: median %d ms (min %d, max %d) over %d warm runs, %d KB%s%n", renderer.format(),
                    ms[runs / 2], ms[0], ms[runs - 1], runs, last.length / 1024, pages);
        }
    }

    static byte[] render(DocumentRenderer renderer, Document document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        renderer.render(document, out);
        return out.toByteArray();
    }

    static ReportSource source() throws Exception {
        Instrument instrument;
        try (InputStream in = EvaluationReportBench.class.getResourceAsStream(
                "/id/tata/evaluation/instruments/spbe-2020.json")) {
            instrument = InstrumentJson.read(in.readAllBytes()).instrument().orElseThrow();
        }
        List<Answer> answers = new ArrayList<>();
        for (Indicator indicator : instrument.indicators()) {
            int no = indicator.no();
            int level = 1 + (no * 2) % 5;
            List<EvidenceRef> evidence = List.of(
                    new EvidenceRef(2L * no, no, hash(no, 'a'), "Dokumen kebijakan indikator " + no + ".pdf",
                            120_000 + no, "application/pdf", "operator", "2026-11-01T08:00:00Z", false),
                    new EvidenceRef(2L * no + 1, no, hash(no, 'b'), "Notulen reviu " + no + ".pdf", 48_000 + no,
                            "application/pdf", "operator", "2026-11-01T08:00:00Z", false));
            answers.add(new Answer(no, level, ("Indikator " + no + " telah didukung dokumen kebijakan yang "
                    + "ditetapkan oleh Wali Kota dan diterapkan di seluruh Perangkat Daerah. ").repeat(2)
                    + "Reviu dilakukan setiap tahun oleh Tim Koordinasi SPBE.", Math.min(5, level + 1),
                    Math.max(1, level - no % 2), "", "", AnswerStatus.APPROVED, "", false, null, null,
                    "2026-11-01T08:00:00Z", "operator", evidence));
        }
        List<ReportSource.TeamSigner> team = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            team.add(new ReportSource.TeamSigner("Anggota Tim Nomor " + i + ", S.Kom.", "19800101 200501 1 0" + (10 + i),
                    i == 1 ? "Ketua" : "Asesor"));
        }
        Assessment assessment = new Assessment(1L, instrument.code(), 1, 2026, "Penilaian Mandiri SPBE 2026");
        return new ReportSource(assessment, instrument, answers, false, LocalDate.of(2026, 11, 25), "Kota Contoh",
                "Contoh", Letterheads.agency(null, "Kota Contoh", "Dinas Komunikasi dan Informatika",
                "Jl. Pemuda No. 148, Kota Contoh 50132"), "Tim Asesor Internal SPBE Kota Contoh", team);
    }

    static String hash(int no, char kind) {
        return String.format("%064x", (long) no * 7919 + kind).replace(' ', '0');
    }
}
