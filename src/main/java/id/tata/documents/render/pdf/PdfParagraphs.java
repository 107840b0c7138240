package id.tata.documents.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import id.tata.documents.model.Align;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Run;

/** IR paragraphs as OpenPDF paragraphs: runs, alignment, leading, spacing, indents and hanging labels. */
final class PdfParagraphs {
    /** Positions closer than this count as equal (rounding of mm → pt). */
    private static final float EPSILON = 0.01f;
    /** What an empty paragraph prints, so it still takes a line as in Word. */
    private static final String BLANK = "\u00A0";

    private final PdfText text;

    PdfParagraphs(PdfText text) {
        this.text = text;
    }

    /**
     * @param indent where the text starts, in points from the left text margin
     * @param labels printed left of the first line, hanging from {@code indent}
     */
    com.lowagie.text.Paragraph paragraph(Paragraph source, float indent, HangingLabels labels) {
        float contentX = indent + PdfUnits.pt(source.spacing().indentLeftMm());
        com.lowagie.text.Paragraph out = base(contentX, labels);
        float size = source.sizePt() > 0 ? (float) source.sizePt() : text.size();
        if (source.sizePt() > 0) {
            out.setLeading(text.leading(size));
        }
        out.setAlignment(alignment(source.align()));
        out.setSpacingBefore((float) source.spacing().beforePt());
        out.setSpacingAfter((float) source.spacing().afterPt());
        boolean heading = source.heading() > 0;
        boolean empty = true;
        for (Run run : source.runs()) {
            if (!run.text().isEmpty()) {
                out.add(text.chunk(run, heading, size));
                empty = false;
            }
        }
        if (empty) {
            out.add(new Chunk(BLANK, text.regular()));
        }
        return out;
    }

    /** A line carrying only labels, before a block that cannot start with them (a table, an image). */
    com.lowagie.text.Paragraph labelsOnly(float indent, HangingLabels labels) {
        com.lowagie.text.Paragraph out = base(indent, labels);
        out.setAlignment(Element.ALIGN_LEFT);
        return out;
    }

    private com.lowagie.text.Paragraph base(float contentX, HangingLabels labels) {
        com.lowagie.text.Paragraph out = new com.lowagie.text.Paragraph(text.leading());
        // OpenPDF writes paragraph spacing with the paragraph's own font: it must be a bundled one
        out.setFont(text.regular());
        out.setIndentationLeft(contentX);
        if (!labels.isEmpty()) {
            out.setFirstLineIndent(labels.start() - contentX);
            addLabels(out, labels, contentX);
        }
        return out;
    }

    /** Each label at its column (a tab stop relative to the first line's start), then a tab to the text. */
    private void addLabels(com.lowagie.text.Paragraph out, HangingLabels labels, float contentX) {
        Font font = text.regular();
        float start = labels.start();
        float pen = start;
        for (HangingLabels.Label label : labels.labels()) {
            pen = moveTo(out, pen, label.x(), start, font);
            out.add(new Chunk(label.text(), font));
            pen += text.width(label.text());
        }
        moveTo(out, pen, contentX, start, font);
    }

    /** A tab to {@code x}; a space instead when a long label already ran past it. */
    private float moveTo(com.lowagie.text.Paragraph out, float pen, float x, float start, Font font) {
        if (x > pen + EPSILON) {
            Chunk tab = new Chunk(new VerticalPositionMark(), x - start, false);
            tab.setFont(font);
            out.add(tab);
            return x;
        }
        if (pen > start + EPSILON) {
            out.add(new Chunk(" ", font));
            return pen + text.width(" ");
        }
        return pen;
    }

    static int alignment(Align align) {
        if (align == Align.CENTER) {
            return Element.ALIGN_CENTER;
        }
        if (align == Align.RIGHT) {
            return Element.ALIGN_RIGHT;
        }
        return align == Align.JUSTIFY ? Element.ALIGN_JUSTIFIED : Element.ALIGN_LEFT;
    }
}
