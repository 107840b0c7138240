package id.tata.importing;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one table as an .xlsx sheet that reads back with {@link TableReader}: a bold, frozen header row with an
 * auto-filter, and every cell as text ("@" format), so a NIP stays 18 digits instead of "1.98E+17".
 */
public final class SpreadsheetExport {
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private SpreadsheetExport() {}

    public static void write(Path file, String sheetName, List<String> headers, List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle text = textStyle(workbook, false);
            writeRow(sheet.createRow(0), headers, textStyle(workbook, true));
            for (int r = 0; r < rows.size(); r++) {
                writeRow(sheet.createRow(r + 1), rows.get(r), text);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
            setWidths(sheet, headers, rows);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "export.error.write", file, e.getMessage());
        }
    }

    private static CellStyle textStyle(SXSSFWorkbook workbook, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        if (bold) {
            Font font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
        }
        return style;
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            cell.setCellValue(values.get(c) == null ? "" : values.get(c));
        }
    }

    /** Widths from the longest text of each column (SXSSF keeps too few rows in memory for autoSizeColumn). */
    private static void setWidths(SXSSFSheet sheet, List<String> headers, List<List<String>> rows) {
        for (int c = 0; c < headers.size(); c++) {
            int longest = headers.get(c).length() + 3;
            for (List<String> row : rows) {
                longest = Math.max(longest, c < row.size() && row.get(c) != null ? row.get(c).length() : 0);
            }
            sheet.setColumnWidth(c, Math.min(Math.max(longest + 1, MIN_WIDTH), MAX_WIDTH) * 256);
        }
    }
}
