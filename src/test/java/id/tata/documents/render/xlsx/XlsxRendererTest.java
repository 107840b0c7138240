package id.tata.documents.render.xlsx;

import id.tata.documents.SampleDocuments;
import id.tata.documents.TextAssert;
import id.tata.documents.model.Align;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Column;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.PlainText;
import id.tata.documents.model.Section;
import id.tata.documents.model.SignatureBlock;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.model.TextStyle;
import id.tata.documents.render.DocumentFormat;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample document with every block, rendered and read back. Its first table "Daftar Uji" sits below the title
 * row and a blank row: header rows 3–4 (indices 2–3), 60 numbered rows and a total row (indices 4–64).
 */
class XlsxRendererTest {
    private static final int HEADER_TOP = 2;
    private static final int FIRST_BODY = 4;
    private static final int TOTAL_ROW = 64;

    private static Document sample;
    private static XSSFWorkbook workbook;
    private static XSSFSheet table;

    @BeforeAll
    static void render() throws IOException {
        sample = SampleDocuments.everything();
        XlsxFiles.save(sample, "everything");
        workbook = XlsxFiles.open(sample);
        table = workbook.getSheet("Daftar Uji");
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void formatIsXlsx() {
        assertEquals(DocumentFormat.XLSX, new XlsxRenderer().format());
    }

    @Test
    void oneSheetPerTableNamedByCaptionInReadingOrder() {
        assertEquals(2, workbook.getNumberOfSheets());
        assertEquals("Daftar Uji", workbook.getSheetName(0));
        assertEquals("Matriks", workbook.getSheetName(1));
    }

    @Test
    void documentTitleIsBoldInTheFirstRowAndTheTableStartsBelowABlankRow() {
        XSSFCell title = table.getRow(0).getCell(0);
        assertEquals("Dokumen Uji Tata", title.getStringCellValue());
        assertTrue(workbook.getFontAt(title.getCellStyle().getFontIndex()).getBold());
        assertEquals(null, table.getRow(1));
        assertEquals("No", table.getRow(HEADER_TOP).getCell(0).getStringCellValue());
    }

    @Test
    void headerRowsAreBoldShadedAndCentred() {
        for (int[] at : new int[][] {{HEADER_TOP, 0}, {HEADER_TOP, 2}, {HEADER_TOP + 1, 2}, {HEADER_TOP + 1, 3}}) {
            XSSFCellStyle style = table.getRow(at[0]).getCell(at[1]).getCellStyle();
            assertTrue(style.getFont().getBold(), "bold at " + at[0] + "," + at[1]);
            assertEquals(FillPatternType.SOLID_FOREGROUND, style.getFillPattern());
            assertArrayEquals(HexFormat.of().parseHex("D9D9D9"), style.getFillForegroundColorColor().getRGB());
            assertEquals(HorizontalAlignment.CENTER, style.getAlignment());
        }
        assertFalse(table.getRow(FIRST_BODY).getCell(1).getCellStyle().getFont().getBold());
    }

    @Test
    void paneIsFrozenBelowTheLastHeaderRow() {
        PaneInformation pane = table.getPaneInformation();
        assertNotNull(pane);
        assertTrue(pane.isFreezePane());
        assertEquals(FIRST_BODY, pane.getHorizontalSplitPosition());
        assertEquals(FIRST_BODY, pane.getHorizontalSplitTopRow());
        assertEquals(0, pane.getVerticalSplitPosition());
    }

    @Test
    void autoFilterCoversTheLastHeaderRowAndTheBody() {
        CellRangeAddress filter = CellRangeAddress.valueOf(table.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(new CellRangeAddress(HEADER_TOP + 1, TOTAL_ROW, 0, 3), filter);
        assertEquals("A4:D65", filter.formatAsString());
    }

    @Test
    void spansBecomeMergedRegions() {
        Set<CellRangeAddress> expected = Set.of(
                new CellRangeAddress(HEADER_TOP, HEADER_TOP + 1, 0, 0),
                new CellRangeAddress(HEADER_TOP, HEADER_TOP + 1, 1, 1),
                new CellRangeAddress(HEADER_TOP, HEADER_TOP, 2, 3),
                new CellRangeAddress(TOTAL_ROW, TOTAL_ROW, 0, 1));
        assertEquals(expected, Set.copyOf(table.getMergedRegions()));
    }

    @Test
    void mergedAreasCarryTheirCellsShadingAndBordersAllRound() {
        XSSFCellStyle covered = table.getRow(TOTAL_ROW).getCell(1).getCellStyle();
        assertArrayEquals(HexFormat.of().parseHex("F2F2F2"), covered.getFillForegroundColorColor().getRGB());
        assertEquals(BorderStyle.THIN, covered.getBorderRight());
        assertEquals(CellType.BLANK, table.getRow(TOTAL_ROW).getCell(1).getCellType());
    }

    @Test
    void numbersAreNumericCellsWithGroupedFormats() {
        XSSFCell number = table.getRow(FIRST_BODY + 2).getCell(0);
        assertEquals(CellType.NUMERIC, number.getCellType());
        assertEquals(3.0, number.getNumericCellValue());
        assertEquals("#,##0", number.getCellStyle().getDataFormatString());

        XSSFCell money = table.getRow(FIRST_BODY + 1).getCell(2);
        assertEquals(CellType.NUMERIC, money.getCellType());
        assertEquals(2469135.0, money.getNumericCellValue(), 1e-9);
        assertEquals("#,##0.00", money.getCellStyle().getDataFormatString());
        assertFalse(DateUtil.isCellDateFormatted(money));

        XSSFCell total = table.getRow(TOTAL_ROW).getCell(2);
        assertEquals(2259258525.00, total.getNumericCellValue(), 1e-6);
        assertTrue(total.getCellStyle().getFont().getBold());
    }

    @Test
    void datesAreDateSerialsShownAsIndonesianLongDates() {
        XSSFCell date = table.getRow(FIRST_BODY).getCell(3);
        assertEquals(CellType.NUMERIC, date.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(date));
        assertEquals(LocalDate.of(2026, 1, 2), date.getLocalDateTimeCellValue().toLocalDate());
        // 2 January 2026 is day 46024 counted from Excel's 1900 epoch
        assertEquals(46024.0, date.getNumericCellValue());
        assertEquals(CellFormats.DATE, date.getCellStyle().getDataFormatString());
    }

    @Test
    void alignmentFollowsTheCellOrElseItsColumn() {
        assertEquals(HorizontalAlignment.CENTER, table.getRow(FIRST_BODY).getCell(0).getCellStyle().getAlignment());
        assertEquals(HorizontalAlignment.LEFT, table.getRow(FIRST_BODY).getCell(1).getCellStyle().getAlignment());
        assertEquals(HorizontalAlignment.RIGHT, table.getRow(FIRST_BODY).getCell(2).getCellStyle().getAlignment());
    }

    @Test
    void fontIsTheDocumentsFamilyAndColoursArePerCell() {
        assertEquals("Bookman Old Style", table.getRow(FIRST_BODY).getCell(1).getCellStyle().getFont().getFontName());
        assertEquals("Bookman Old Style", workbook.getFontAt(0).getFontName());
        XSSFSheet matrix = workbook.getSheet("Matriks");
        XSSFCell colored = matrix.getRow(HEADER_TOP + 1).getCell(3);
        assertArrayEquals(HexFormat.of().parseHex("C00000"), colored.getCellStyle().getFont().getXSSFColor().getRGB());
        assertEquals(null, matrix.getRow(HEADER_TOP + 1).getCell(0).getCellStyle().getFont().getXSSFColor());
    }

    @Test
    void cellsHaveThinBordersWhenTheTableHasBorders() {
        XSSFCellStyle style = table.getRow(FIRST_BODY).getCell(1).getCellStyle();
        assertEquals(BorderStyle.THIN, style.getBorderTop());
        assertEquals(BorderStyle.THIN, style.getBorderBottom());
        assertEquals(BorderStyle.THIN, style.getBorderLeft());
        assertEquals(BorderStyle.THIN, style.getBorderRight());
    }

    @Test
    void columnWidthsFollowTheContentWithinBounds() {
        int no = table.getColumnWidth(0);
        int name = table.getColumnWidth(1);
        int date = table.getColumnWidth(3);
        for (int c = 0; c < 4; c++) {
            int width = table.getColumnWidth(c);
            assertTrue(width >= ColumnWidths.MIN * 256 && width <= ColumnWidths.MAX * 256, "column " + c + ": " + width);
        }
        // "Perangkat Daerah nomor 60" is 25 characters; "No" and two digits are far narrower
        assertTrue(name >= 25 * 256, "name column " + name);
        assertTrue(no < 8 * 256, "number column " + no);
        // "30 September 2026" must fit its column
        assertTrue(date >= 17 * 256, "date column " + date);
    }

    @Test
    void printsOnTheDocumentsPaperWithTheHeaderRepeated() {
        PrintSetup print = table.getPrintSetup();
        assertEquals(PrintSetup.FOLIO8_PAPERSIZE, print.getPaperSize());
        assertFalse(print.getLandscape());
        assertTrue(workbook.getSheet("Matriks").getPrintSetup().getLandscape());
        CellRangeAddress repeated = table.getRepeatingRows();
        assertEquals(HEADER_TOP, repeated.getFirstRow());
        assertEquals(HEADER_TOP + 1, repeated.getLastRow());
        assertEquals("- &P -", table.getOddHeader().getCenter());
        assertEquals(1, print.getFitWidth());
    }

    @Test
    void everyWordOfEveryTableIsShownInOrder() {
        String shown = XlsxFiles.shownText(workbook);
        TextAssert.assertContainsInOrder(XlsxFiles.tableWords(sample), shown);
        assertTrue(shown.contains("1.234.567,50"), "Indonesian number form");
        assertTrue(shown.contains("2 Januari 2026"), "Indonesian long date");
    }

    @Test
    void workbookPropertiesComeFromTheMeta() throws IOException {
        Document document = new Document(new DocumentMeta("Daftar Aset", "Aset TIK 2026", "Diskominfo", null,
                "id-ID"), PageSetup.A4, TextStyle.REPORT, List.of(Section.portrait("Aset", List.of(smallTable("")))));
        try (XSSFWorkbook book = XlsxFiles.open(document)) {
            var core = book.getProperties().getCoreProperties();
            assertEquals("Daftar Aset", core.getTitle());
            assertEquals("Aset TIK 2026", core.getSubject());
            assertEquals("Diskominfo", core.getCreator());
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Aset TIK 2026", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Arial", sheet.getRow(3).getCell(0).getCellStyle().getFont().getFontName());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
        }
    }

    @Test
    void sheetsWithoutCaptionTakeTheSectionNameOrANumber() throws IOException {
        Document document = new Document(DocumentMeta.titled("Lampiran"), PageSetup.A4, TextStyle.REPORT, List.of(
                Section.portrait("Lampiran: Data/Rekap", List.of(smallTable(""), smallTable(""))),
                Section.portrait("", List.of(smallTable(""))),
                Section.portrait("", List.of(smallTable("Rekapitulasi Anggaran Belanja Perangkat Daerah 2026")))));
        try (XSSFWorkbook book = XlsxFiles.open(document)) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Lampiran Data-Rekap", "Lampiran Data-Rekap (2)", "Tabel 3",
                    "Rekapitulasi Anggaran Belanja P"), names);
        }
    }

    @Test
    void aTableWithoutTitleOrHeaderOrBordersStartsInTheFirstRowUnfrozen() throws IOException {
        Table plain = new Table("Tanpa Judul", List.of(Column.of(1), Column.of(1)), List.of(),
                List.of(TableRow.ofTexts("satu", "dua\ntiga")), false, false);
        Document document = new Document(DocumentMeta.titled(""), PageSetup.A4, TextStyle.REPORT,
                List.of(Section.portrait("", List.of(plain))));
        try (XSSFWorkbook book = XlsxFiles.open(document)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("satu", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(null, sheet.getPaneInformation());
            assertFalse(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals(null, sheet.getRepeatingRows());
            XSSFCellStyle multiline = sheet.getRow(0).getCell(1).getCellStyle();
            assertTrue(multiline.getWrapText());
            assertEquals(BorderStyle.NONE, multiline.getBorderTop());
            assertFalse(sheet.getRow(0).getCell(0).getCellStyle().getWrapText());
        }
    }

    @Test
    void aDocumentWithoutTablesGetsOneSheetWithItsText() throws IOException {
        Document letter = new Document(DocumentMeta.titled("Surat Undangan"), PageSetup.A4, TextStyle.LETTER,
                List.of(Section.portrait("Surat", List.of(Paragraph.heading(1, "UNDANGAN"),
                        Paragraph.of("Dengan hormat, kami mengundang Saudara."),
                        Paragraph.of("Rapat koordinasi ".repeat(12).strip()),
                        new SignatureBlock(List.of(), List.of("Kepala Dinas,"), 20, "SITI AMINAH", true, false,
                                List.of("NIP 198001012005012001"), 0.5)))));
        try (XSSFWorkbook book = XlsxFiles.open(letter)) {
            assertEquals(1, book.getNumberOfSheets());
            assertEquals("Surat Undangan", book.getSheetName(0));
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> rows = new ArrayList<>();
            sheet.forEach(r -> rows.add(r.getCell(0).getStringCellValue()));
            assertEquals(PlainText.lines(letter), rows);
            assertEquals("UNDANGAN", rows.get(0));
            // 203 characters in a column 90 wide take three lines
            assertEquals(3 * 12 * 1.3, sheet.getRow(2).getHeightInPoints(), 0.1);
            assertEquals(sheet.getDefaultRowHeightInPoints(), sheet.getRow(1).getHeightInPoints());
            assertTrue(sheet.getRow(2).getCell(0).getCellStyle().getWrapText());
        }
    }

    @Test
    void headerRowsAreBoldEvenWhereTheIrCellIsNot() throws IOException {
        Table plainHeader = Table.of("Aset", List.of(Column.of(1), Column.of(1)),
                List.of(TableRow.ofTexts("Nama", "Lokasi")), List.of(TableRow.ofTexts("Server", "Ruang Data")));
        Document document = new Document(DocumentMeta.titled(""), PageSetup.A4, TextStyle.REPORT,
                List.of(Section.portrait("", List.of(plainHeader))));
        try (XSSFWorkbook book = XlsxFiles.open(document)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(1).getCellStyle().getFont().getBold());
            assertFalse(sheet.getRow(1).getCell(1).getCellStyle().getFont().getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals("A1:B2", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void renderLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new XlsxRenderer().render(SampleDocuments.everything(), out);
        assertFalse(closed[0]);
        assertTrue(out.size() > 1000);
    }

    private static Table smallTable(String caption) {
        return Table.of(caption, List.of(Column.of(1), Column.of(2, Align.RIGHT)),
                List.of(TableRow.of(TableCell.header("Nama"), TableCell.header("Nilai"))),
                List.of(TableRow.of(TableCell.of("Server"), TableCell.of(CellValue.number(new BigDecimal("12.5"), 1)))));
    }
}
