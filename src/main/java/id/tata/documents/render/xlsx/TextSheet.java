package id.tata.documents.render.xlsx;

import id.tata.documents.model.Document;
import id.tata.documents.model.PlainText;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * The sheet of a document without tables (a letter exported as XLSX): its text, one paragraph, list item or
 * signature line per row, so the file is never an empty workbook.
 */
final class TextSheet {
    /** About a printed A4 line of text, in characters. */
    static final int WIDTH = 90;

    private TextSheet() {
    }

    static void write(XSSFSheet sheet, Document document, CellStyles styles) {
        XSSFCellStyle wrapped = styles.wrappedText();
        List<String> lines = PlainText.lines(document);
        for (int r = 0; r < lines.size(); r++) {
            XSSFCell cell = sheet.createRow(r).createCell(0);
            cell.setCellStyle(wrapped);
            if (!lines.get(r).isEmpty()) {
                cell.setCellValue(lines.get(r));
            }
        }
        sheet.setColumnWidth(0, WIDTH * 256);
    }
}
