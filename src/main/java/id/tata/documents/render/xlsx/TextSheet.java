package id.tata.documents.render.xlsx;

import id.tata.documents.model.Document;
import id.tata.documents.model.PlainText;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
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
        float lineHeight = (float) (document.text().sizePt() * TableSheet.LINE_HEIGHT);
        List<String> lines = PlainText.lines(document);
        for (int r = 0; r < lines.size(); r++) {
            XSSFRow row = sheet.createRow(r);
            XSSFCell cell = row.createCell(0);
            cell.setCellStyle(wrapped);
            String text = lines.get(r);
            if (!text.isEmpty()) {
                cell.setCellValue(text);
            }
            int wrappedLines = ColumnWidths.lineCount(text, WIDTH);
            if (wrappedLines > 1) {
                row.setHeightInPoints(wrappedLines * lineHeight);
            }
        }
        sheet.setColumnWidth(0, WIDTH * 256);
    }
}
