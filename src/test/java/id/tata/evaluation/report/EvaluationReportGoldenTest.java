package id.tata.evaluation.report;

import id.tata.documents.golden.Golden;
import id.tata.documents.model.Outline;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.render.pdf.PdfFacts;
import id.tata.sample.SampleWorkspaceBuilder;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Laporan and the Berita Acara of an assessment in the sample workspace Kota Contoh (its Diskominfo kop, its Tim
 * Asesor Internal) with the answers of {@link ReportFixture} and a fixed date: the IR outline and the text of the
 * DOCX and PDF are compared with golden files; facts that matter are asserted from the files too.
 */
class EvaluationReportGoldenTest {
    @TempDir
    static Path dir;
    static Workspace workspace;
    static Session operator;
    static ReportFixture fixture;

    @BeforeAll
    static void sample() {
        Path file = new SampleWorkspaceBuilder().build(dir.resolve("kota-contoh.tata"));
        workspace = new WorkspaceStore(1).open(file, false);
        operator = new UserService().login(workspace, "operator", "operator123".toCharArray());
        Session supervisor = new UserService().login(workspace, "supervisor", "supervisor123".toCharArray());
        // 2024: the sample's own assessment (2025) may change without touching these goldens
        fixture = new ReportFixture(operator, supervisor, 2024);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    /** Writes the files and keeps a copy in target/golden-actual/evaluation to look at (render-doc.sh). */
    private List<Path> write(ReportKind kind) throws IOException {
        List<Path> files = fixture.reports.write(operator, new ReportRequest(fixture.assessmentId, kind,
                Set.of(DocumentFormat.DOCX, DocumentFormat.PDF), dir.resolve(kind.shortName()), false,
                ReportFixture.DATE));
        Path copies = Files.createDirectories(Path.of("target/golden-actual/evaluation"));
        for (Path file : files) {
            Files.copy(file, copies.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return files;
    }

    @Test
    void laporan() throws Exception {
        ReportSource source = fixture.reports.source(operator, fixture.assessmentId, false, ReportFixture.DATE);
        Golden.check("evaluation", "laporan.outline.txt", Outline.of(SelfAssessmentReport.compose(source)));
        List<Path> files = write(ReportKind.LAPORAN);
        assertEquals(List.of("laporan-penilaian-mandiri-2024.docx", "laporan-penilaian-mandiri-2024.pdf"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        byte[] docx = Files.readAllBytes(files.get(0));
        byte[] pdf = Files.readAllBytes(files.get(1));
        Golden.check("evaluation", "laporan.docx.txt", docxText(docx));
        Golden.check("evaluation", "laporan.pdf.txt", pdfText(pdf));
        String text = PdfFacts.read(pdf).allText();
        assertTrue(text.contains("DINAS KOMUNIKASI DAN INFORMATIKA"), "under the Diskominfo kop");
        assertTrue(text.contains("Perwal Arsitektur SPBE.pdf"), "evidence listed");
        String hash = ReportFixture.sha256(ReportFixture.pdf("Perwal Arsitektur SPBE"));
        assertTrue(text.replaceAll("\\s", "").contains(hash), "the appendix carries the full SHA-256");
        assertTrue(text.contains(hash.substring(0, 12)), "the indicator table its first 12 hex digits");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(1 + (source.kop() != null && source.kop().image() != null ? 1 : 0),
                    doc.getAllPictures().size(), "the chart (and the kop's logo) are pictures in the DOCX");
        }
    }

    @Test
    void beritaAcara() throws Exception {
        ReportSource source = fixture.reports.source(operator, fixture.assessmentId, false, ReportFixture.DATE);
        Golden.check("evaluation", "berita-acara.outline.txt", Outline.of(AssessmentMinutes.compose(source)));
        List<Path> files = write(ReportKind.BERITA_ACARA);
        byte[] docx = Files.readAllBytes(files.get(0));
        byte[] pdf = Files.readAllBytes(files.get(1));
        Golden.check("evaluation", "berita-acara.docx.txt", docxText(docx));
        Golden.check("evaluation", "berita-acara.pdf.txt", pdfText(pdf));
        String text = PdfFacts.read(pdf).allText().replaceAll("\\s+", " ");
        assertTrue(text.contains("Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam"), text);
        assertTrue(source.team().size() > 3, "the sample has a Tim Asesor Internal");
        for (ReportSource.TeamSigner member : source.team()) {
            if (!member.name().isEmpty()) {
                assertTrue(text.contains(member.name()), "signature row for " + member.name());
            }
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return extractor.getText();
        }
    }

    static String pdfText(byte[] pdf) {
        PdfFacts facts = PdfFacts.read(pdf);
        StringBuilder out = new StringBuilder();
        for (int page = 1; page <= facts.pages(); page++) {
            out.append("=== halaman ").append(page).append('\n').append(facts.words(page, true)).append('\n');
        }
        return out.toString();
    }
}
