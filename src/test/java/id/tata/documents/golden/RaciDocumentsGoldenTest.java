package id.tata.documents.golden;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import id.tata.catalog.StandardDocuments;
import id.tata.documents.model.Document;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.Outline;
import id.tata.documents.model.Section;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.render.pdf.PdfFacts;
import id.tata.documents.service.DocumentChoice;
import id.tata.documents.service.DocumentService;
import id.tata.documents.service.DocumentType;
import id.tata.documents.service.IssueRequest;
import id.tata.documents.service.IssueResult;
import id.tata.documents.service.NumberChoice;
import id.tata.organization.domain.TeamKind;
import id.tata.organization.service.TeamService;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.StandardLetters;
import id.tata.raci.service.RaciService;
import id.tata.raci.service.RaciTemplates;
import id.tata.sample.SampleWorkspaceBuilder;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The RACI documents on the sample workspace Kota Contoh with the Pekalongan matrix (Perwal 26/2021 Lampiran II)
 * created from its template: the Keputusan tentang Koordinasi SPBE (Lampiran I the Tim Koordinasi, Lampiran II the
 * matrix) against golden files — the whole IR outline, the Lampiran II outline alone, the DOCX and PDF text — and the
 * layout facts read from the files: Lampiran II on landscape pages with its header block, the legend in the seed's
 * words, every letter in its cell, the header rows repeated.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class RaciDocumentsGoldenTest {
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    static final String NUMBER = "188.45/420/HK/2026";
    @TempDir
    static Path dir;
    static Workspace workspace;
    static Session session;
    static DocumentService service;
    static RaciMatrix matrix;
    static long teamId;

    @BeforeAll
    static void sample() {
        Path file = new SampleWorkspaceBuilder().build(dir.resolve("kota-contoh.tata"));
        workspace = new WorkspaceStore(1).open(file, false);
        UserService users = new UserService();
        Session analyst = users.login(workspace, "analis", "analis123".toCharArray());
        matrix = new RaciService().createFromTemplate(analyst, "pekalongan-2021");
        teamId = new TeamService().firstOfKind(analyst, TeamKind.COORDINATION).orElseThrow().id();
        session = users.login(workspace, "sekretariat", "sekretariat123".toCharArray());
        service = StandardDocuments.service(Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"),
                ZoneId.of("Asia/Jakarta")));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    /** A copy of each issued file as target/raci-documents/TYPE.EXT, to look at (render-doc.sh) after a run. */
    static IssueResult kept(IssueResult issued, String type) throws Exception {
        Path keep = Files.createDirectories(Path.of("target/raci-documents"));
        for (Path file : issued.files()) {
            String name = file.getFileName().toString();
            Files.copy(file, keep.resolve(type + name.substring(name.lastIndexOf('.'))),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return issued;
    }

    static IssueRequest request(String type, Set<DocumentFormat> formats, String number) throws Exception {
        Path out = Files.createDirectories(dir.resolve(type));
        return new IssueRequest(type, formats, null, null, number == null ? NumberChoice.BLANK : NumberChoice.MANUAL,
                number, DATE, out, null, "", Map.of("team", String.valueOf(teamId),
                "matrix", String.valueOf(matrix.id())));
    }

    @Test
    void a_coordinationDecreeWithTheMatrixAsLampiranII() throws Exception {
        IssueRequest request = request("keputusan-koordinasi-spbe", Set.of(DocumentFormat.DOCX, DocumentFormat.PDF),
                NUMBER);
        // issue first: a failing check must not shift the register codes of the tests after it
        IssueResult issued = kept(service.issue(session, request), request.type());
        Document preview = service.preview(session, request);
        Golden.check("keputusan-koordinasi-spbe.outline.txt", Outline.of(preview));
        Section lampiran = preview.sections().get(2);
        assertEquals("Lampiran II", lampiran.name());
        assertEquals(Orientation.LANDSCAPE, lampiran.orientation(), "six parties turn the pages");
        assertEquals(Orientation.PORTRAIT, preview.sections().get(1).orientation(), "the team list stays upright");
        Golden.check("lampiran-raci-pekalongan.outline.txt", Outline.of(new Document(preview.meta(), preview.page(),
                preview.text(), List.of(lampiran))));
        byte[] docx = Files.readAllBytes(issued.files().get(0));
        byte[] pdf = Files.readAllBytes(issued.files().get(1));
        Golden.check("keputusan-koordinasi-spbe.docx.txt", IssuedDocumentsGoldenTest.docxText(docx));
        Golden.check("keputusan-koordinasi-spbe.pdf.txt", IssuedDocumentsGoldenTest.pdfText(pdf));
        pdfFacts(PdfFacts.read(pdf));
        docxFacts(docx);
    }

    /** Lampiran II starts on the first landscape page, with its header block, title, table, legend and signature. */
    private static void pdfFacts(PdfFacts facts) {
        int first = 0;
        for (int page = 1; page <= facts.pages(); page++) {
            assertFontsEmbedded(facts, page);
            if (first == 0 && facts.widthMm(page) > 300) {
                first = page;
            }
        }
        assertTrue(first > 1, "a landscape page follows the portrait ones");
        assertEquals(330, facts.widthMm(first), 0.5, "F4 turned");
        assertEquals(215, facts.heightMm(first), 0.5);
        for (int page = first; page <= facts.pages(); page++) {
            assertEquals(330, facts.widthMm(page), 0.5, "Lampiran II stays landscape to its end, page " + page);
        }
        String lampiran = lampiranText(facts, first);
        // the PDF's text comes in drawing order (tables after the paragraphs around them): checked group by group
        inOrder(lampiran, "LAMPIRAN II", "KEPUTUSAN WALI KOTA CONTOH", "NOMOR", ": " + NUMBER, "TANGGAL",
                ": 25 November 2026", "TENTANG", ": KOORDINASI SISTEM PEMERINTAHAN");
        inOrder(lampiran, "MATRIKS PEMBAGIAN TUGAS (RACI)");
        inOrder(lampiran, "Unsur SPBE", "Monitoring dan Evaluasi SPBE A A/C C R R", "Kerja sama SPBE antardaerah");
        inOrder(lampiran, "Keterangan:", "R (Responsible) : Menyelesaikan tugas",
                "A (Accountable) : Mendelegasikan tugas dan melakukan supervisi",
                "C (Consulted) : Memberikan pendapat atau masukan terkait penyelesaian tugas",
                "I (Informed) : Tidak aktif dalam pelaksanaan tugas, namun seharusnya mendapatkan informasi atau "
                        + "laporan");
        inOrder(lampiran, "WALI KOTA CONTOH,", "AHMAD SUDRAJAT");
        int team = first - 1;
        String lampiranI = facts.words(team, true);
        assertTrue(lampiranI.contains("LAMPIRAN I\n") && lampiranI.contains("SUSUNAN KEANGGOTAAN TIM KOORDINASI SPBE"),
                "the page before Lampiran II is Lampiran I, the team:\n" + lampiranI);
        assertEquals(215, facts.widthMm(team), 0.5, "Lampiran I is upright");
    }

    private static void inOrder(String text, String... wanted) {
        int at = 0;
        for (String w : wanted) {
            int found = text.indexOf(w, at);
            assertTrue(found >= 0, "'" + w + "' after position " + at + " of:\n" + text);
            at = found + w.length();
        }
    }

    /** The words of the pages from {@code first} on, one space between words, pages joined. */
    private static String lampiranText(PdfFacts facts, int first) {
        StringBuilder out = new StringBuilder();
        for (int page = first; page <= facts.pages(); page++) {
            out.append(facts.words(page, true)).append('\n');
        }
        return out.toString();
    }

    /** The matrix table: both header rows repeat, every letter sits in its cell as written; the section is turned. */
    private static void docxFacts(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = doc.getTables().stream().filter(t -> t.getText().contains("Unsur SPBE")).findFirst()
                    .orElseThrow();
            assertTrue(table.getRow(0).isRepeatHeader() && table.getRow(1).isRepeatHeader(), "header repeated");
            // the second header row carries the merged "No" and "Tugas" on, then the party names
            for (int p = 0; p < matrix.parties().size(); p++) {
                assertEquals(matrix.parties().get(p).name(), table.getRow(1).getCell(p + 2).getText().strip());
            }
            for (int t = 0; t < matrix.tasks().size(); t++) {
                var row = table.getRow(t + 2);
                assertEquals(String.valueOf(t + 1), row.getCell(0).getText().strip());
                assertEquals(matrix.tasks().get(t).text(), row.getCell(1).getText().strip());
                for (int p = 0; p < matrix.parties().size(); p++) {
                    assertEquals(matrix.cell(t, p).text(), row.getCell(p + 2).getText().strip(),
                            "task " + (t + 1) + ", " + matrix.parties().get(p).name());
                }
            }
            assertEquals(List.of(false, false, true), sectionsLandscape(doc), "Keputusan, Lampiran I, Lampiran II");
            String text = IssuedDocumentsGoldenTest.docxText(docx);
            for (var letter : StandardLetters.RACI) {
                assertTrue(text.contains(letter.meaning()), letter.code() + " explained in the seed's words");
            }
        }
    }

    /** For each section in order (the body's own sectPr last): whether its pages are landscape. */
    private static List<Boolean> sectionsLandscape(XWPFDocument doc) {
        List<Boolean> out = new ArrayList<>();
        for (var p : doc.getParagraphs()) {
            CTSectPr sect = p.getCTP().getPPr() == null ? null : p.getCTP().getPPr().getSectPr();
            if (sect != null) {
                out.add(landscape(sect));
            }
        }
        CTSectPr last = doc.getDocument().getBody().getSectPr();
        assertNotNull(last);
        out.add(landscape(last));
        return out;
    }

    private static boolean landscape(CTSectPr sect) {
        return sect.getPgSz() != null && STPageOrientation.LANDSCAPE.equals(sect.getPgSz().getOrient());
    }

    @Test
    void b_theMatrixAloneWithColouredLetters() throws Exception {
        IssueRequest request = request("matriks-raci", Set.of(DocumentFormat.XLSX, DocumentFormat.PDF), null);
        IssueResult issued = kept(service.issue(session, request), request.type());
        byte[] pdf = Files.readAllBytes(issued.files().get(0));
        byte[] xlsx = Files.readAllBytes(issued.files().get(1));
        PdfFacts facts = PdfFacts.read(pdf);
        assertEquals(297, facts.widthMm(1), 0.5, "the matrix on a landscape A4 page");
        assertTrue(facts.words(1, true).contains("Monitoring dan Evaluasi SPBE"), facts.words(1, true));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Matriks");
            assertNotNull(sheet, "sheet Matriks");
            XSSFCell accountable = findCell(sheet, "A/C");
            assertNotNull(accountable, "the letters as written");
            assertNotNull(accountable.getCellStyle().getFillForegroundXSSFColor(), "coloured by its first letter");
        }
    }

    private static XSSFCell findCell(XSSFSheet sheet, String text) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return (XSSFCell) cell;
                }
            }
        }
        return null;
    }

    @Test
    void c_theDialogOffersTheTeamAndTheMatrix() {
        DocumentType type = service.catalog().require("keputusan-koordinasi-spbe");
        List<DocumentChoice> choices = type.choices(session);
        assertEquals(List.of("team", "matrix"), choices.stream().map(DocumentChoice::key).toList());
        assertEquals(String.valueOf(teamId), choices.get(0).values().get(0).value());
        assertEquals(String.valueOf(matrix.id()), choices.get(1).values().get(0).value());
        assertTrue(choices.get(1).values().get(0).label().contains("6 tugas × 6 unsur"),
                choices.get(1).values().get(0).label());
        assertTrue(type.hasTemplate(), "the decree's texts are editable like the other decrees'");
        assertTrue(RaciTemplates.standard().find("pekalongan-2021").isPresent());
    }

    private static void assertFontsEmbedded(PdfFacts facts, int page) {
        for (PdfDictionary font : facts.fonts(page)) {
            PdfDictionary descriptor = PdfFacts.descriptor(font);
            assertTrue(descriptor != null && PdfFacts.hasEmbeddedFile(descriptor),
                    "page " + page + ": font " + font.get(PdfName.BASEFONT) + " is embedded");
        }
    }
}
