package id.tata.documents.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import id.tata.documents.model.Align;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableGrid;

import java.awt.Color;
import java.util.List;

/** IR tables as PdfPTables over the given width: spans, repeated header rows, shading, colours, 0.5 pt lines. */
final class PdfTables {
    private static final float BORDER = 0.5f;
    private static final float PADDING_SIDE = 3f;
    private static final float PADDING_VERTICAL = 2f;
    /** A number is shrunk at most to this share of the text size; below it, it may wrap after all. */
    private static final float SMALLEST_SCALE = 0.7f;

    private final PdfText text;

    PdfTables(PdfText text) {
        this.text = text;
    }

    PdfPTable table(Table source, float width) {
        List<Double> fractions = source.widthFractions();
        float[] widths = new float[fractions.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = fractions.get(i).floatValue();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        // a table nested in a list ends at the right margin and starts at the list's text
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        // OpenPDF drops a table that has nothing but header rows: an empty register still shows its header
        boolean repeat = source.repeatHeader() && !source.body().isEmpty();
        table.setHeaderRows(repeat ? source.header().size() : 0);
        // OpenPDF starts a table at the previous line's baseline: clear its descenders
        table.setSpacingBefore(text.leading() / 3);
        table.setSpacingAfter(text.leading() / 2);
        TableGrid grid = source.grid();
        for (int row = 0; row < grid.rowCount(); row++) {
            boolean header = row < source.header().size();
            for (TableGrid.Placed placed : grid.inRow(row)) {
                Align columnAlign = source.columns().get(placed.column()).align();
                float cellWidth = 0;
                for (int c = placed.column(); c < placed.column() + placed.cell().colSpan(); c++) {
                    cellWidth += width * widths[c];
                }
                table.addCell(cell(placed.cell(), columnAlign, header, source.borders(), cellWidth));
            }
        }
        return table;
    }

    private PdfPCell cell(TableCell source, Align columnAlign, boolean header, boolean borders, float cellWidth) {
        Color color = source.color() == null ? null : hex(source.color());
        String content = source.displayText();
        float size = fittingSize(content, source.bold(), cellWidth - (borders ? 2 : 1) * PADDING_SIDE);
        Font font = text.font(source.bold(), false, size, color);
        PdfPCell cell = new PdfPCell(text.phrase(content, font));
        cell.setColspan(source.colSpan());
        cell.setRowspan(source.rowSpan());
        cell.setHorizontalAlignment(PdfParagraphs.alignment(source.align() == null ? columnAlign : source.align()));
        cell.setVerticalAlignment(header ? Element.ALIGN_MIDDLE : Element.ALIGN_TOP);
        cell.setLeading(text.leading(), 0);
        if (borders) {
            // the ascender/descender keep the padding even around the glyphs rather than around the leading
            cell.setUseAscender(true);
            cell.setUseDescender(true);
            cell.setBorder(Rectangle.BOX);
            cell.setBorderWidth(BORDER);
            cell.setPaddingLeft(PADDING_SIDE);
            cell.setPaddingRight(PADDING_SIDE);
            cell.setPaddingTop(PADDING_VERTICAL);
            cell.setPaddingBottom(PADDING_VERTICAL + 1);
            // an empty cell still gets a line's height, like a Word table row
            cell.setMinimumHeight(text.leading() + 2 * PADDING_VERTICAL + 1);
        } else {
            // a layout table ("Nomor : …") reads as text: flush with the margin, lines at the text's spacing
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingRight(PADDING_SIDE);
            cell.setMinimumHeight(text.leading());
        }
        if (source.shading() != null) {
            cell.setBackgroundColor(hex(source.shading()));
        }
        return cell;
    }

    /**
     * The text size, or a smaller one for a single word (an amount, a date code, a NIP) that would not fit the cell:
     * OpenPDF would break it inside, and "2.259.258.525," over "00" reads as two numbers.
     */
    private float fittingSize(String content, boolean bold, float available) {
        if (content.isEmpty() || content.chars().anyMatch(Character::isWhitespace)) {
            return text.size();
        }
        float needed = text.baseFont(bold, false).getWidthPoint(content, text.size());
        if (needed <= available) {
            return text.size();
        }
        return Math.max(text.size() * SMALLEST_SCALE, text.size() * available / needed * 0.99f);
    }

    static Color hex(String rgb) {
        return new Color(Integer.parseInt(rgb, 16));
    }
}
