package id.tata.documents.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import id.tata.documents.model.Letterhead;
import id.tata.documents.model.Paragraph;

/**
 * The kop. EMBLEM_ABOVE: the emblem centred over centred lines. LOGO_LEFT: a borderless table, the logo in a column
 * of its own width and the lines centred in the rest, as agencies lay out their kop in Word (a column balancing the
 * logo on the right would leave the address lines too little room).
 */
final class PdfLetterheads {
    private static final float LOGO_GAP = PdfUnits.pt(3);
    /** Between the kop and what follows (below the closing rule, if any). */
    private static final float SPACE_AFTER = 6f;

    private final PdfParagraphs paragraphs;

    PdfLetterheads(PdfParagraphs paragraphs) {
        this.paragraphs = paragraphs;
    }

    void render(Letterhead head, float indent, float width, PdfFlow flow) {
        if (head.layout() == Letterhead.Layout.LOGO_LEFT && head.image() != null) {
            flow.add(logoLeft(head, width), true);
        } else {
            emblemAbove(head, indent, flow);
        }
        if (head.closingRule() != null) {
            flow.add(PdfRules.rule(head.closingRule(), width));
        }
    }

    private void emblemAbove(Letterhead head, float indent, PdfFlow flow) {
        if (head.image() != null) {
            Image emblem = PdfImages.image(head.image());
            emblem.setAlignment(Image.MIDDLE);
            emblem.setSpacingAfter(2f);
            flow.add(emblem, true);
        }
        for (int i = 0; i < head.lines().size(); i++) {
            boolean last = i == head.lines().size() - 1;
            com.lowagie.text.Paragraph line = paragraphs.paragraph(head.lines().get(i), indent, HangingLabels.NONE);
            if (last && head.closingRule() == null) {
                line.setSpacingAfter(Math.max(line.getSpacingAfter(), SPACE_AFTER));
            }
            // the lines stay with the closing rule, or with the first line of the text
            flow.add(line, true);
        }
    }

    private PdfPTable logoLeft(Letterhead head, float width) {
        float logoColumn = PdfUnits.pt(head.image().widthMm()) + LOGO_GAP;
        PdfPTable table = new PdfPTable(new float[] {logoColumn, width - logoColumn});
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setKeepTogether(true);
        table.setSpacingAfter(head.closingRule() == null ? SPACE_AFTER : 2f);
        PdfPCell logo = new PdfPCell(PdfImages.image(head.image()), false);
        borderless(logo);
        logo.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(logo);
        PdfPCell lines = new PdfPCell();
        borderless(lines);
        lines.setVerticalAlignment(Element.ALIGN_MIDDLE);
        for (Paragraph line : head.lines()) {
            lines.addElement(paragraphs.paragraph(line, 0, HangingLabels.NONE));
        }
        table.addCell(lines);
        return table;
    }

    private static void borderless(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
    }
}
