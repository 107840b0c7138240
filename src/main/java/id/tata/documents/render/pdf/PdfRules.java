package id.tata.documents.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import id.tata.documents.model.Rule;

/**
 * Horizontal rules as the top borders of empty table cells: no text, so no font, and OpenPDF paginates them like
 * any other element. A double rule is the kop's closing line: the given thickness over a thin line.
 */
final class PdfRules {
    private static final float GAP = 1.5f;
    private static final float THIN = 0.75f;
    private static final float SPACE_BELOW = 6f;

    private PdfRules() {
    }

    static PdfPTable rule(Rule rule, float width) {
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setKeepTogether(true);
        // clear the descenders of the line above (a table starts at its baseline)
        table.setSpacingBefore(3f);
        float thickness = (float) rule.thicknessPt();
        if (rule.doubleLine()) {
            table.addCell(line(thickness, GAP + thickness));
            table.addCell(line(Math.min(THIN, thickness), SPACE_BELOW));
        } else {
            table.addCell(line(thickness, SPACE_BELOW));
        }
        return table;
    }

    /** An empty cell drawing only its top border, {@code height} tall (border included). */
    private static PdfPCell line(float thickness, float height) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.TOP);
        cell.setBorderWidthTop(thickness);
        cell.setPadding(0);
        cell.setFixedHeight(height);
        return cell;
    }
}
