package id.tata.organization.report;

import id.tata.documents.TextAssert;
import id.tata.documents.model.Document;
import id.tata.documents.render.xlsx.XlsxFiles;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agency list as a recipient opens it in Excel: title and subject on top, a blank row, the header in row 4
 * (index 3) frozen with its filter, and the four agencies in rows 5–8.
 */
class AgencyListXlsxTest {
    private static final int HEADER = 3;

    private static Document document;
    private static XSSFWorkbook workbook;
    private static XSSFSheet sheet;

    @BeforeAll
    static void render() throws IOException {
        document = AgencyListDocument.compose(AgencyListFixture.data());
        XlsxFiles.save(document, "daftar-perangkat-daerah");
        workbook = XlsxFiles.open(document);
        sheet = workbook.getSheetAt(0);
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void oneSheetNamedAfterTheListWithTitleAndSubjectAbove() {
        assertEquals(1, workbook.getNumberOfSheets());
        assertEquals("Daftar Perangkat Daerah", sheet.getSheetName());
        assertEquals("Daftar Perangkat Daerah", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("Pemerintah Kota Contoh, keadaan per 25 November 2026",
                sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals("Daftar Perangkat Daerah", workbook.getProperties().getCoreProperties().getTitle());
    }

    @Test
    void headerIsBoldFrozenAndFiltered() {
        assertEquals("Nama Perangkat Daerah", sheet.getRow(HEADER).getCell(2).getStringCellValue());
        for (int c = 0; c < 7; c++) {
            assertTrue(sheet.getRow(HEADER).getCell(c).getCellStyle().getFont().getBold(), "column " + c);
        }
        PaneInformation pane = sheet.getPaneInformation();
        assertTrue(pane.isFreezePane());
        assertEquals(HEADER + 1, pane.getHorizontalSplitTopRow());
        assertEquals("A4:G8", sheet.getCTWorksheet().getAutoFilter().getRef());
        CellRangeAddress repeated = sheet.getRepeatingRows();
        assertEquals(HEADER, repeated.getFirstRow());
        assertEquals(HEADER, repeated.getLastRow());
    }

    @Test
    void numberingIsNumericInCodeOrderWithParentNames() {
        List<String> codes = List.of("2.16.01", "4.01.01", "4.01.01.01", "4.01.01.02");
        List<String> parents = List.of("", "", "Sekretariat Daerah", "Sekretariat Daerah");
        for (int i = 0; i < 4; i++) {
            XSSFCell number = sheet.getRow(HEADER + 1 + i).getCell(0);
            assertEquals(CellType.NUMERIC, number.getCellType());
            assertEquals(i + 1, number.getNumericCellValue());
            assertEquals("#,##0", number.getCellStyle().getDataFormatString());
            assertEquals(codes.get(i), sheet.getRow(HEADER + 1 + i).getCell(1).getStringCellValue());
            assertEquals(parents.get(i), sheet.getRow(HEADER + 1 + i).getCell(5).getStringCellValue());
        }
        assertEquals(HEADER + 4, sheet.getLastRowNum());
    }

    @Test
    void arialOnA4PortraitWithPageNumbersInTheFooter() {
        assertEquals("Arial", sheet.getRow(HEADER + 1).getCell(2).getCellStyle().getFont().getFontName());
        assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
        assertEquals(true, sheet.getPrintSetup().getLandscape());
        assertEquals("&P", sheet.getOddFooter().getCenter());
    }

    @Test
    void addressWithALineBreakWrapsAndColumnsFitTheirText() {
        assertTrue(sheet.getRow(HEADER + 1).getCell(6).getCellStyle().getWrapText());
        // the two address lines get a row two lines high; single-line rows keep the default height
        assertTrue(sheet.getRow(HEADER + 1).getHeightInPoints() >= 2 * 11, "height " + sheet.getRow(HEADER + 1)
                .getHeightInPoints());
        assertEquals(sheet.getDefaultRowHeightInPoints(), sheet.getRow(HEADER + 2).getHeightInPoints());
        // "Dinas Komunikasi dan Informatika" has 32 characters
        assertTrue(sheet.getColumnWidth(2) >= 32 * 256, "name column " + sheet.getColumnWidth(2));
        assertTrue(sheet.getColumnWidth(0) <= 6 * 256, "number column " + sheet.getColumnWidth(0));
    }

    @Test
    void everyWordOfTheTableIsThere() {
        TextAssert.assertContainsInOrder(XlsxFiles.tableWords(document), XlsxFiles.shownText(workbook));
    }
}
