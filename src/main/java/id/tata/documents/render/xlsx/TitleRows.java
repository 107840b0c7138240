package id.tata.documents.render.xlsx;

import id.tata.documents.model.DocumentMeta;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The document's title (bold) and subject above each table, so a sheet printed or sent on its own still says what
 * it is. A blank row separates them from the table, so Excel's "select current region" takes only the table.
 */
final class TitleRows {
    private TitleRows() {
    }

    /** Writes the rows and returns the index of the first row left for the table (0 when there is no title). */
    static int write(XSSFSheet sheet, DocumentMeta meta, CellStyles styles) {
        int row = 0;
        if (!meta.title().isBlank()) {
            XSSFCell cell = sheet.createRow(row++).createCell(0);
            cell.setCellValue(meta.title().strip());
            cell.setCellStyle(styles.title());
        }
        if (!meta.subject().isBlank()) {
            sheet.createRow(row++).createCell(0).setCellValue(meta.subject().strip());
        }
        return row == 0 ? 0 : row + 1;
    }
}
