package id.tata.evaluation.report;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.documents.model.Outline;
import id.tata.documents.render.DocumentFormat;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.Score;
import id.tata.evaluation.domain.Scoring;
import id.tata.evaluation.service.EvidenceService;
import id.tata.organization.OrgFixture;
import id.tata.workspace.Session;
import id.tata.workspace.user.Role;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static id.tata.workspace.schema.Tables.EVIDENCE_FILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outputs on a workspace without profile or teams (OrgFixture): which answers count, the evidence pack and its
 * hashes, a tampered file refused, the answers workbook read back, the blank signature lines of the Berita Acara.
 */
class EvaluationOutputsTest {
    @TempDir
    Path dir;
    OrgFixture org;
    Session operator;
    ReportFixture fixture;

    @BeforeEach
    void answered() {
        org = new OrgFixture(dir);
        operator = org.userWith(Role.OPERATOR);
        fixture = new ReportFixture(operator, org.userWith(Role.SUPERVISOR), 2026);
    }

    @AfterEach
    void close() {
        org.close();
    }

    private ReportSource source(boolean includeUnapproved) {
        return fixture.reports.source(operator, fixture.assessmentId, includeUnapproved, ReportFixture.DATE);
    }

    /** The score of the fixture's self levels for indicators 1..last, computed apart from the report code. */
    private static Score expected(Instrument instrument, int last) {
        Map<Integer, Integer> levels = new HashMap<>();
        for (int no = 1; no <= last; no++) {
            levels.put(no, ReportFixture.selfLevel(no));
        }
        return Scoring.score(instrument, levels);
    }

    @Test
    void approvedOnlyScoresApprovedAnswersAndSaysWhatWaits() {
        ReportSource approved = source(false);
        ReportSource all = source(true);
        Score approvedScore = approved.selfScore();
        Score allScore = all.selfScore();
        assertEquals(expected(approved.instrument(), ReportFixture.APPROVED).index(), approvedScore.index());
        assertEquals(expected(all.instrument(), ReportFixture.DRAFT).index(), allScore.index());
        assertNotEquals(approvedScore.shown(), allScore.shown(), "the fixture makes the two differ");
        assertEquals(List.of(41, 42, 43, 44, 45, 46, 47), approvedScore.missing());
        assertEquals(List.of(46, 47), allScore.missing());

        String approvedOutline = Outline.of(SelfAssessmentReport.compose(approved));
        String allOutline = Outline.of(SelfAssessmentReport.compose(all));
        assertTrue(approvedOutline.contains("indeks dihitung hanya dari jawaban yang telah disetujui. 5 jawaban"),
                approvedOutline);
        assertFalse(approvedOutline.contains("termasuk"));
        assertTrue(allOutline.contains("memuat semua jawaban, termasuk 5 jawaban yang belum disetujui"), allOutline);
        assertTrue(allOutline.contains(ReportTexts.index(allScore.shown()) + " (" + allScore.predicate() + ")"));
        assertTrue(approvedOutline.contains(ReportTexts.index(approvedScore.shown()) + " ("
                + approvedScore.predicate() + ")"));
        // the Berita Acara tells the same
        assertTrue(Outline.of(AssessmentMinutes.compose(all)).contains("termasuk 5 jawaban yang belum disetujui"));
    }

    @Test
    void theIncludeUnapprovedNoteIsInTheWrittenFiles() throws Exception {
        List<Path> files = fixture.reports.write(operator, new ReportRequest(fixture.assessmentId,
                ReportKind.LAPORAN, Set.of(DocumentFormat.DOCX), dir.resolve("out"), true, ReportFixture.DATE));
        String text = EvaluationReportGoldenTest.docxText(Files.readAllBytes(files.get(0)));
        assertTrue(text.contains("laporan ini memuat semua jawaban, termasuk 5 jawaban yang belum disetujui"), text);
    }

    @Test
    void everyApprovedAnswerCountsWithoutANote() {
        for (int no = ReportFixture.APPROVED + 1; no <= 44; no++) {
            fixture.answers.approve(org.admin, fixture.assessmentId, no, "");
        }
        fixture.answers.submit(operator, fixture.assessmentId, 45);
        fixture.answers.approve(org.admin, fixture.assessmentId, 45, "");
        String outline = Outline.of(SelfAssessmentReport.compose(source(false)));
        assertFalse(outline.contains("Catatan:"), outline);
        assertEquals(List.of(46, 47), source(false).selfScore().missing());
    }

    @Test
    void theEvidencePackHoldsTheApprovedFilesWithTheirHashes() throws Exception {
        Path zip = fixture.reports.write(operator, new ReportRequest(fixture.assessmentId, ReportKind.BUKTI, null,
                dir.resolve("out"), false, ReportFixture.DATE)).get(0);
        assertEquals("bukti-dukung-2026.zip", zip.getFileName().toString());
        Map<String, byte[]> entries = unzip(zip);
        Map<String, byte[]> files = new LinkedHashMap<>(entries);
        byte[] sums = files.remove(EvidencePack.SUMS_NAME);
        byte[] list = files.remove(EvidencePack.LIST_NAME);
        assertEquals(List.of(
                "I01 - Tingkat Kematangan Kebijakan Internal/Perwal Arsitektur SPBE.pdf",
                "I02 - Tingkat Kematangan Kebijakan Internal/Peta Rencana SPBE 2024.pdf",
                "I02 - Tingkat Kematangan Kebijakan Internal/Notulen rapat.pdf",
                "I03 - Tingkat Kematangan Kebijakan Internal/SK Tim Manajemen Data.pdf"),
                new ArrayList<>(files.keySet()), "indicator 42 is not approved: its file stays out");
        assertTrue(java.util.Arrays.equals(ReportFixture.pdf("Notulen rapat peta rencana"),
                files.get("I02 - Tingkat Kematangan Kebijakan Internal/Notulen rapat.pdf")));
        List<String> sumLines = new String(sums, StandardCharsets.UTF_8).lines().toList();
        assertEquals(files.size(), sumLines.size());
        files.forEach((path, bytes) -> assertTrue(sumLines.contains(EvidenceService.sha256(bytes) + "  " + path),
                "SHA256SUMS has " + path));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(list))) {
            String sheet = sheetText(book.getSheetAt(0));
            for (String path : files.keySet()) {
                assertTrue(sheet.contains(path), sheet);
                assertTrue(sheet.contains(EvidenceService.sha256(files.get(path))), sheet);
            }
            assertTrue(sheet.contains(String.valueOf(ReportFixture.pdf("Perwal Arsitektur SPBE").length)), sheet);
        }
    }

    @Test
    void withEveryAnswerThePackTakesTheSubmittedFileToo() throws Exception {
        Path zip = fixture.reports.write(operator, new ReportRequest(fixture.assessmentId, ReportKind.BUKTI, null,
                dir.resolve("out"), true, ReportFixture.DATE)).get(0);
        assertTrue(unzip(zip).keySet().stream().anyMatch(p -> p.startsWith("I42 - ")
                && p.endsWith("/Laporan Audit TIK.pdf")));
    }

    @Test
    void anAlteredFileStopsThePackAndNamesIt() {
        String sha = EvidenceService.sha256(ReportFixture.pdf("Notulen rapat peta rencana"));
        org.workspace.write("test", tx -> tx.dsl().update(EVIDENCE_FILE)
                .set(EVIDENCE_FILE.CONTENT, "%PDF-1.4 diubah".getBytes(StandardCharsets.US_ASCII))
                .where(EVIDENCE_FILE.SHA256.eq(sha)).execute());
        Path out = dir.resolve("out");
        TataException e = assertThrows(TataException.class, () -> fixture.reports.write(operator,
                new ReportRequest(fixture.assessmentId, ReportKind.BUKTI, null, out, false, ReportFixture.DATE)));
        assertEquals(ErrorKind.INTERNAL, e.kind());
        assertTrue(e.getMessage().contains("Notulen rapat.pdf") && e.getMessage().contains("indikator 2"),
                e.getMessage());
        assertTrue(listing(out).isEmpty(), "no zip and no partial file left: " + listing(out));
    }

    @Test
    void theAnswersWorkbookHasOneRowPerIndicator() throws Exception {
        List<Path> files = fixture.reports.write(operator, new ReportRequest(fixture.assessmentId,
                ReportKind.JAWABAN, null, dir.resolve("out"), false, ReportFixture.DATE));
        assertEquals(List.of("jawaban-penilaian-mandiri-2026.xlsx"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(files.get(0)))) {
            Sheet sheet = book.getSheetAt(0);
            Map<Integer, Row> rows = new HashMap<>();
            int headerRow = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                    rows.put((int) row.getCell(0).getNumericCellValue(), row);
                } else if (row.getCell(0) != null && "No".equals(row.getCell(0).getStringCellValue())) {
                    headerRow = row.getRowNum();
                }
            }
            assertTrue(headerRow >= 0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(headerRow).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(AnswersWorkbook.HEADERS, headers);
            assertEquals(fixture.assessments.instrument(operator, fixture.assessments.find(operator,
                    fixture.assessmentId).orElseThrow()).indicators().size(), rows.size());
            Row second = rows.get(2);
            assertEquals(ReportFixture.selfLevel(2), second.getCell(col(headers, "Nilai Mandiri"))
                    .getNumericCellValue());
            assertEquals(ReportFixture.verifiedLevel(2), second.getCell(col(headers, "Nilai Verifikasi"))
                    .getNumericCellValue());
            assertEquals(2, second.getCell(col(headers, "Jumlah Bukti")).getNumericCellValue());
            assertEquals("Disetujui", text(second, col(headers, "Status")));
            assertEquals("Diajukan", text(rows.get(42), col(headers, "Status")));
            assertEquals("Layanan Perizinan Terpadu", text(rows.get(31), col(headers, "Layanan Publik")));
            assertEquals(ReportFixture.explanation(7), text(rows.get(7), col(headers, "Penjelasan")));
            assertEquals("", text(rows.get(47), col(headers, "Nilai Mandiri")), "no level: an empty cell");
        }
    }

    @Test
    void aFormatTheKindDoesNotHaveIsRefused() {
        TataException e = assertThrows(TataException.class, () -> fixture.reports.write(operator,
                new ReportRequest(fixture.assessmentId, ReportKind.JAWABAN, Set.of(DocumentFormat.PDF),
                        dir.resolve("out"), false, ReportFixture.DATE)));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("jawaban") && e.getMessage().contains("xlsx"), e.getMessage());
    }

    @Test
    void withoutATeamTheBeritaAcaraHasBlankSignatureLines() {
        String outline = Outline.of(AssessmentMinutes.compose(source(false)));
        for (String role : List.of("Ketua", "Sekretaris", "Anggota")) {
            assertTrue(outline.contains(AssessmentMinutes.BLANK_NAME + " | " + role), outline);
        }
        assertTrue(outline.contains("Tim Asesor Internal SPBE Pemerintah Daerah"), "a blank profile still reads");
    }

    @Test
    void anInstrumentWithoutDomainsChartsItsAspects() throws Exception {
        Session analyst = org.userWith(Role.ANALYST);
        long pemdi = fixture.assessments.create(org.admin, "PEMDI-2026", 2026).id();
        ReportSource source = fixture.reports.source(analyst, pemdi, false, ReportFixture.DATE);
        String outline = Outline.of(SelfAssessmentReport.compose(source));
        assertTrue(outline.contains("IMAGE Grafik indeks per aspek"), outline);
        assertFalse(outline.contains("Domain "), "no domain rows: " + outline);
        assertEquals(source.instrument().indicators().size(), source.selfScore().missing().size());
        List<Path> files = fixture.reports.write(analyst, new ReportRequest(pemdi, ReportKind.BERITA_ACARA, null,
                dir.resolve("pemdi"), false, ReportFixture.DATE));
        assertEquals(2, files.size());
        assertTrue(Files.size(files.get(1)) > 0);
    }

    private static int col(List<String> headers, String name) {
        return headers.indexOf(name);
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        DataFormatter format = new DataFormatter();
        sheet.forEach(r -> {
            r.forEach(c -> out.append(format.formatCellValue(c)).append(" | "));
            out.append('\n');
        });
        return out.toString();
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream unzip = new ZipInputStream(in,
                StandardCharsets.UTF_8)) {
            for (ZipEntry entry = unzip.getNextEntry(); entry != null; entry = unzip.getNextEntry()) {
                entries.put(entry.getName(), unzip.readAllBytes());
            }
        }
        return entries;
    }

    private static List<String> listing(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
