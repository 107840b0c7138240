package id.tata.documents.render.xlsx;

import id.tata.documents.model.Align;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Document;
import id.tata.documents.model.Section;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableGrid;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One table on its own sheet: title rows, then the grid with typed cells and merged spans, the header rows bold,
 * frozen and repeated in print, and an auto-filter on the last header row so every column can be filtered.
 */
final class TableSheet {
    /** A spreadsheet line is about 1.3 times the font size high (Arial 11 gets Excel's 14.25 pt rows). */
    static final double LINE_HEIGHT = 1.3;

    private final XSSFSheet sheet;
    private final Table table;
    private final CellStyles styles;
    private final TableGrid grid;
    private final int[] widths;
    private final float lineHeightPt;

    private TableSheet(XSSFSheet sheet, Table table, CellStyles styles, double fontSizePt) {
        this.sheet = sheet;
        this.table = table;
        this.styles = styles;
        this.grid = table.grid();
        this.widths = ColumnWidths.of(table);
        this.lineHeightPt = (float) (fontSizePt * LINE_HEIGHT);
    }

    static void write(XSSFSheet sheet, Document document, Section section, Table table, CellStyles styles) {
        new TableSheet(sheet, table, styles, document.text().sizePt()).write(document, section);
    }

    private void write(Document document, Section section) {
        int top = TitleRows.write(sheet, document.meta(), styles);
        for (int r = 0; r < grid.rowCount(); r++) {
            writeRow(r, sheet.createRow(top + r));
        }
        merge(top);
        int headerRows = table.header().size();
        if (headerRows > 0) {
            int lastHeader = top + headerRows - 1;
            sheet.createFreezePane(0, lastHeader + 1);
            int lastRow = Math.max(lastHeader, top + grid.rowCount() - 1);
            sheet.setAutoFilter(new CellRangeAddress(lastHeader, lastRow, 0, widths.length - 1));
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        boolean repeat = table.repeatHeader() && headerRows > 0;
        PrintLayout.apply(sheet, document.page(), section, repeat ? top : -1, repeat ? top + headerRows - 1 : -1);
    }

    /**
     * Every grid position gets a cell, also those a span covers: they carry the spanning cell's style so the merged
     * area has its borders and shading all round in every spreadsheet program.
     */
    private void writeRow(int r, XSSFRow row) {
        boolean header = r < table.header().size();
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            TableGrid.Placed origin = grid.origin(r, c);
            XSSFCell cell = row.createCell(c);
            cell.setCellStyle(styles.style(look(origin, header)));
            if (grid.isOrigin(r, c)) {
                setValue(cell, origin.cell().value());
                lines = Math.max(lines, lines(origin));
            }
        }
        // neither Excel nor LibreOffice grows a row for wrapped text in a file that did not size it
        if (lines > 1) {
            row.setHeightInPoints(lines * lineHeightPt);
        }
    }

    /** How many lines a cell's text takes in the columns it spans; a cell spanning rows shares their height. */
    private int lines(TableGrid.Placed placed) {
        if (placed.cell().rowSpan() > 1 || !(placed.cell().value() instanceof CellValue.Text text)) {
            return 1;
        }
        return ColumnWidths.lineCount(text.text(), room(placed));
    }

    /** Characters that fit across the columns a cell spans. */
    private int room(TableGrid.Placed placed) {
        int room = 0;
        for (int c = placed.column(); c < placed.column() + placed.cell().colSpan(); c++) {
            room += widths[c];
        }
        return room;
    }

    private CellStyles.Look look(TableGrid.Placed placed, boolean header) {
        TableCell cell = placed.cell();
        Align align = cell.align() != null ? cell.align() : table.columns().get(placed.column()).align();
        return new CellStyles.Look(header || cell.bold(), cell.color(), cell.shading(), align, header,
                CellFormats.of(cell.value()), wraps(placed), table.borders());
    }

    /** Text wraps where it has line breaks or is longer than the columns it spans are wide. */
    private boolean wraps(TableGrid.Placed placed) {
        if (!(placed.cell().value() instanceof CellValue.Text text)) {
            return false;
        }
        return text.text().contains("\n") || ColumnWidths.longestLine(text.text()) > room(placed);
    }

    private static void setValue(XSSFCell cell, CellValue value) {
        if (value instanceof CellValue.Number n) {
            cell.setCellValue(n.value().doubleValue());
        } else if (value instanceof CellValue.Date d) {
            cell.setCellValue(d.value());
        } else {
            String text = ((CellValue.Text) value).text();
            // an empty text stays a blank cell, so Excel's "blanks" filter and COUNTA treat it as empty
            if (!text.isEmpty()) {
                cell.setCellValue(text);
            }
        }
    }

    private void merge(int top) {
        for (TableGrid.Placed placed : grid.placed()) {
            TableCell cell = placed.cell();
            if (cell.colSpan() > 1 || cell.rowSpan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(top + placed.row(), top + placed.row() + cell.rowSpan() - 1,
                        placed.column(), placed.column() + cell.colSpan() - 1));
            }
        }
    }
}
