package id.tata.importing;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The first sheet of an .xlsx workbook; row 1 holds the headers. */
final class XlsxReader {
    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    private XlsxReader() {}

    static SourceTable read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null || sheet.getPhysicalNumberOfRows() == 0) {
                throw new TataException(ErrorKind.BAD_INPUT, "import.error.emptyFile", file.getFileName());
            }
            List<SourceRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    SourceRow source = new SourceRow(r + 1, cells(row));
                    if (!source.isBlank()) {
                        rows.add(source);
                    }
                }
            }
            return new SourceTable(file.getFileName().toString(), cells(header), rows);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            cells.add(text(row.getCell(c)));
        }
        return cells;
    }

    /**
     * Whole numbers are written out in full: a NIP or phone number typed as a number must not come back as
     * "1.98E17". Everything else reads as the sheet shows it.
     */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            return value.scale() <= 0 ? value.toPlainString() : FORMATTER.formatCellValue(cell);
        }
        if (type == CellType.STRING) {
            return cell.getCellType() == CellType.FORMULA ? cell.getStringCellValue()
                    : cell.getRichStringCellValue().getString();
        }
        return FORMATTER.formatCellValue(cell);
    }
}
