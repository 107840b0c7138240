package id.tata.documents.render.docx;

import id.tata.documents.model.Align;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableGrid;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.util.List;

import static id.tata.documents.render.docx.DocxUnits.big;

/**
 * Tables with direct formatting: fixed layout and a column grid in twips (so Word and LibreOffice keep the IR's
 * proportions instead of fitting to content), header rows repeated on every page, HTML spans as gridSpan and vMerge,
 * and short rows kept on one page.
 */
final class DocxTables {
    /** 1.5 mm left and right inside a cell. */
    private static final int CELL_MARGIN = 85;
    /** Rows estimated taller than this many lines may split: a row taller than the page could not be placed. */
    private static final int MAX_UNSPLIT_LINES = 15;
    /** Average character advance as a share of the font size, for the row height estimate. */
    private static final double CHAR_WIDTH_EM = 0.5;

    private final double fontSizePt;

    DocxTables(double fontSizePt) {
        this.fontSizePt = fontSizePt;
    }

    /** Fills the empty {@code target} with {@code table}, {@code indentTwips} from the margin, {@code widthTwips} wide. */
    void write(Table table, XWPFTable target, int indentTwips, int widthTwips) {
        int[] widths = columnWidths(table.widthFractions(), widthTwips);
        frame(target, indentTwips, widths, table.borders());
        TableGrid grid = table.grid();
        int headerRows = table.header().size();
        for (int r = 0; r < grid.rowCount(); r++) {
            XWPFTableRow row = target.insertNewTableRow(r);
            boolean header = r < headerRows;
            if (header && table.repeatHeader()) {
                row.setRepeatHeader(true);
            }
            if (header || estimatedLines(grid, r, widths) <= MAX_UNSPLIT_LINES) {
                row.setCantSplitRow(true);
            }
            writeRow(table, grid, r, header, row, widths);
        }
    }

    private void writeRow(Table table, TableGrid grid, int r, boolean header, XWPFTableRow row, int[] widths) {
        int c = 0;
        while (c < widths.length) {
            TableGrid.Placed placed = grid.origin(r, c);
            TableCell cell = placed.cell();
            XWPFTableCell out = row.createCell();
            CTTcPr tcPr = tcPr(out);
            width(tcPr.addNewTcW(), span(widths, c, cell.colSpan()));
            if (cell.colSpan() > 1) {
                tcPr.addNewGridSpan().setVal(big(cell.colSpan()));
            }
            if (cell.rowSpan() > 1) {
                tcPr.addNewVMerge().setVal(placed.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
            }
            if (cell.shading() != null) {
                out.setColor(cell.shading());
            }
            out.setVerticalAlignment(header || cell.rowSpan() > 1 ? XWPFVertAlign.CENTER : XWPFVertAlign.TOP);
            XWPFParagraph paragraph = out.getParagraphs().get(0);
            Align align = cell.align() != null ? cell.align() : table.columns().get(c).align();
            DocxParagraphs.align(paragraph, align);
            if (placed.row() == r) {
                text(paragraph, cell);
            }
            c += cell.colSpan();
        }
    }

    private static void text(XWPFParagraph paragraph, TableCell cell) {
        String text = cell.displayText();
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = DocxRuns.append(paragraph, text);
        if (cell.bold()) {
            run.setBold(true);
        }
        if (cell.color() != null) {
            run.setColor(cell.color());
        }
    }

    /** Width, fixed layout, indent, grid, borders and cell margins of a table. */
    static void frame(XWPFTable target, int indentTwips, int[] widths, boolean borders) {
        while (target.getNumberOfRows() > 0) {
            target.removeRow(0);
        }
        CTTblPr tblPr = target.getCTTbl().getTblPr() != null ? target.getCTTbl().getTblPr()
                : target.getCTTbl().addNewTblPr();
        width(tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW(), span(widths, 0, widths.length));
        if (indentTwips > 0) {
            width(tblPr.isSetTblInd() ? tblPr.getTblInd() : tblPr.addNewTblInd(), indentTwips);
        }
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = target.getCTTbl().getTblGrid() != null ? target.getCTTbl().getTblGrid()
                : target.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(big(w));
        }
        borders(target, borders);
        target.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
    }

    private static void borders(XWPFTable target, boolean visible) {
        XWPFBorderType type = visible ? XWPFBorderType.SINGLE : XWPFBorderType.NONE;
        int size = visible ? 4 : 0;
        target.setTopBorder(type, size, 0, "auto");
        target.setBottomBorder(type, size, 0, "auto");
        target.setLeftBorder(type, size, 0, "auto");
        target.setRightBorder(type, size, 0, "auto");
        target.setInsideHBorder(type, size, 0, "auto");
        target.setInsideVBorder(type, size, 0, "auto");
    }

    /** Column widths in twips from fractions; rounding leftovers go to the last column so the sum is exact. */
    static int[] columnWidths(List<Double> fractions, int totalTwips) {
        int[] widths = new int[fractions.size()];
        int used = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            widths[i] = (int) Math.round(fractions.get(i) * totalTwips);
            used += widths[i];
        }
        widths[widths.length - 1] = totalTwips - used;
        return widths;
    }

    static CTTcPr tcPr(XWPFTableCell cell) {
        CTTc tc = cell.getCTTc();
        return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
    }

    static void width(CTTblWidth width, int twips) {
        width.setType(STTblWidth.DXA);
        width.setW(big(twips));
    }

    private static int span(int[] widths, int from, int count) {
        int sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += widths[i];
        }
        return sum;
    }

    /** Rough height of a row in lines: the tallest cell, each text line wrapped at its cell width. */
    private int estimatedLines(TableGrid grid, int row, int[] widths) {
        double charTwips = fontSizePt * CHAR_WIDTH_EM * 20;
        int tallest = 1;
        for (TableGrid.Placed placed : grid.inRow(row)) {
            int cellWidth = span(widths, placed.column(), placed.cell().colSpan()) - 2 * CELL_MARGIN;
            int perLine = Math.max(1, (int) (cellWidth / charTwips));
            int lines = 0;
            for (String line : placed.cell().displayText().split("\n", -1)) {
                lines += Math.max(1, (line.length() + perLine - 1) / perLine);
            }
            tallest = Math.max(tallest, lines);
        }
        return tallest;
    }
}
