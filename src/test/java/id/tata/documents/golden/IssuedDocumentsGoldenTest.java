package id.tata.documents.golden;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import id.tata.catalog.StandardDocuments;
import id.tata.documents.model.Outline;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.render.pdf.PdfFacts;
import id.tata.documents.service.DocumentService;
import id.tata.documents.service.IssueRequest;
import id.tata.documents.service.IssueResult;
import id.tata.documents.service.NumberChoice;
import id.tata.sample.SampleWorkspaceBuilder;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three documents of the documents issue, issued from the sample workspace Kota Contoh with a fixed clock, number
 * and date: the IR outline and the text of each file are compared with golden files, and layout facts are read from
 * the files themselves. One workspace for all three, in name order, so the register codes in the files are stable.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
class IssuedDocumentsGoldenTest {
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    @TempDir
    static Path dir;
    static Workspace workspace;
    static Session session;
    static DocumentService service;

    @BeforeAll
    static void sample() {
        Path file = new SampleWorkspaceBuilder().build(dir.resolve("kota-contoh.tata"));
        workspace = new WorkspaceStore(1).open(file, false);
        session = new UserService().login(workspace, "sekretariat", "sekretariat123".toCharArray());
        service = StandardDocuments.service(Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"),
                ZoneId.of("Asia/Jakarta")));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    static IssueRequest request(String type, Set<DocumentFormat> formats, String number) throws IOException {
        Path out = Files.createDirectories(dir.resolve(type));
        return new IssueRequest(type, formats, null, null, number == null ? NumberChoice.BLANK : NumberChoice.MANUAL,
                number, number == null ? DATE : DATE, out, null, "", Map.of());
    }

    @Test
    void coordinationTeamDecree() throws Exception {
        IssueRequest request = request("keputusan-tim-koordinasi", Set.of(DocumentFormat.DOCX, DocumentFormat.PDF),
                "188.45/412/HK/2026");
        // issue first: a failing check must not shift the register codes of the tests after it
        IssueResult issued = service.issue(session, request);
        Golden.check("keputusan-tim-koordinasi.outline.txt", Outline.of(service.preview(session, request)));
        byte[] docx = Files.readAllBytes(issued.files().get(0));
        byte[] pdf = Files.readAllBytes(issued.files().get(1));
        Golden.check("keputusan-tim-koordinasi.docx.txt", docxText(docx));
        Golden.check("keputusan-tim-koordinasi.pdf.txt", pdfText(pdf));
        decreeFacts(docx, pdf, 5);
    }

    @Test
    void internalAssessorTeamDecree() throws Exception {
        IssueRequest request = request("keputusan-tim-asesor", Set.of(DocumentFormat.DOCX, DocumentFormat.PDF),
                "188.45/413/HK/2026");
        // issue first: a failing check must not shift the register codes of the tests after it
        IssueResult issued = service.issue(session, request);
        Golden.check("keputusan-tim-asesor.outline.txt", Outline.of(service.preview(session, request)));
        byte[] docx = Files.readAllBytes(issued.files().get(0));
        byte[] pdf = Files.readAllBytes(issued.files().get(1));
        Golden.check("keputusan-tim-asesor.docx.txt", docxText(docx));
        Golden.check("keputusan-tim-asesor.pdf.txt", pdfText(pdf));
        decreeFacts(docx, pdf, 6);
        // the members' table repeats its header row on every page it spans
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            var table = doc.getTables().stream().filter(t -> t.getText().contains("Nama / NIP")).findFirst()
                    .orElseThrow();
            assertTrue(table.getRow(0).isRepeatHeader());
        }
    }

    @Test
    void agencyList() throws Exception {
        IssueRequest request = request("daftar-perangkat-daerah", Set.of(DocumentFormat.XLSX, DocumentFormat.PDF),
                null);
        // issue first: a failing check must not shift the register codes of the tests after it
        IssueResult issued = service.issue(session, request);
        Golden.check("daftar-perangkat-daerah.outline.txt", Outline.of(service.preview(session, request)));
        byte[] pdf = Files.readAllBytes(issued.files().get(0));
        byte[] xlsx = Files.readAllBytes(issued.files().get(1));
        Golden.check("daftar-perangkat-daerah.pdf.txt", pdfText(pdf));
        Golden.check("daftar-perangkat-daerah.xlsx.txt", xlsxText(xlsx));
        PdfFacts facts = PdfFacts.read(pdf);
        assertEquals(297, facts.widthMm(1), 0.5, "lists are A4, landscape");
        allFontsEmbedded(facts);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertTrue(sheet.getPaneInformation().isFreezePane());
            Row first = sheet.getRow(sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, first.getCell(0).getCellType(),
                    "No is a real number");
        }
    }

    /** Facts every decree must show in both files: page, fonts, numbering, diktum order, annex header. */
    private static void decreeFacts(byte[] docx, byte[] pdf, int diktums) throws IOException {
        PdfFacts facts = PdfFacts.read(pdf);
        assertEquals(215, facts.widthMm(1), 0.5, "F4 from the sample profile");
        assertEquals(330, facts.heightMm(1), 0.5);
        allFontsEmbedded(facts);
        String text = facts.allText();
        int at = -1;
        for (int i = 1; i <= diktums; i++) {
            int found = text.indexOf(id.tata.documents.model.Ordinals.diktum(i), at + 1);
            assertTrue(found > at, "diktum " + i + " in order");
            at = found;
        }
        int annex = text.indexOf("LAMPIRAN");
        assertTrue(annex > at, "the annex follows the decree");
        for (String line : List.of("KEPUTUSAN WALI KOTA CONTOH", "NOMOR", "TANGGAL", "TENTANG")) {
            assertTrue(text.indexOf(line, annex) > annex, "annex header block has " + line);
        }
        assertTrue(text.contains("- 2 -"), "page numbers from page 2");
        assertFalse(text.contains("- 1 -"));
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getNumID() != null),
                    "lists use Word numbering");
            assertTrue(doc.getNumbering() != null && doc.getNumbering().getAbstractNums().size() > 0);
            XWPFParagraph menimbang = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Menimbang"))
                    .findFirst().orElseThrow();
            assertFalse(menimbang.getText().contains("  "), "no spaces used for layout");
            assertTrue(styleXml(doc).contains("Bookman Old Style"), "decrees are set in Bookman Old Style");
        }
    }

    private static String styleXml(XWPFDocument doc) {
        try (var out = new java.io.ByteArrayOutputStream()) {
            doc.getStyles().getPackagePart().getInputStream().transferTo(out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void allFontsEmbedded(PdfFacts facts) {
        for (int page = 1; page <= facts.pages(); page++) {
            for (PdfDictionary font : facts.fonts(page)) {
                PdfDictionary descriptor = PdfFacts.descriptor(font);
                assertTrue(descriptor != null && PdfFacts.hasEmbeddedFile(descriptor),
                        "page " + page + ": font " + font.get(PdfName.BASEFONT) + " is embedded");
            }
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(
                new java.io.ByteArrayInputStream(docx)))) {
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

    static String xlsxText(byte[] xlsx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (InputStream in = new java.io.ByteArrayInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                out.append("=== ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    for (Cell cell : row) {
                        line.append(switch (cell.getCellType()) {
                            case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                                    ? "date:" + cell.getLocalDateTimeCellValue().toLocalDate()
                                    : "num:" + cell.getNumericCellValue();
                            case STRING -> cell.getStringCellValue().replace('\n', '/');
                            default -> "";
                        }).append(" | ");
                    }
                    out.append(line).append('\n');
                }
            }
        }
        return out.toString();
    }
}
