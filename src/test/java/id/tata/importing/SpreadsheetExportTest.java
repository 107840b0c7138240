package id.tata.importing;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadsheetExportTest {
    @TempDir
    Path dir;

    @Test
    void headerIsBoldFrozenAndFilteredAndNipStaysText() throws Exception {
        Path file = dir.resolve("pegawai.xlsx");
        SpreadsheetExport.write(file, "Pegawai", List.of("NIP", "Nama"),
                List.of(List.of("198001012005011001", "Budi Santoso"), List.of("", "Ayu")));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Pegawai");
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertNotNull(sheet.getPaneInformation());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
            assertEquals("@", sheet.getRow(1).getCell(0).getCellStyle().getDataFormatString());
            assertTrue(sheet.getColumnWidth(0) >= 18 * 256);
        }
        SourceTable back = TableReader.read(file);
        assertEquals(List.of("NIP", "Nama"), back.headers());
        assertEquals(List.of("198001012005011001", "Budi Santoso"), back.rows().get(0).cells());
        assertEquals(3, back.rows().get(1).rowNumber());
    }

    @Test
    void numericNipCellsReadBackInFull() throws Exception {
        Path file = dir.resolve("angka.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Data");
            sheet.createRow(0).createCell(0).setCellValue("Telepon");
            sheet.createRow(3).createCell(0).setCellValue(81211112222d);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        SourceTable t = TableReader.read(file);
        assertEquals(List.of(new SourceRow(4, List.of("81211112222"))), t.rows());
    }
}
