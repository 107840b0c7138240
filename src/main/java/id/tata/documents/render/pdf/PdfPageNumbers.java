package id.tata.documents.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import id.tata.documents.model.PageNumbering;

/**
 * Prints page numbers as each page ends, in the document's bundled regular face (never OpenPDF's Helvetica).
 * DASHED_FROM_SECOND: "- n -" centred in the top margin; FOOTER_EVERY_PAGE: "n" centred in the bottom margin.
 * Numbers run on across sections; each page uses the numbering of the section it belongs to.
 */
final class PdfPageNumbers extends PdfPageEventHelper {
    private final BaseFont font;
    private final float size;
    private PageNumbering numbering = PageNumbering.NONE;

    PdfPageNumbers(BaseFont font, float size) {
        this.font = font;
        this.size = size;
    }

    /** Applies from the page being filled now (call right after the section's first page began). */
    void numbering(PageNumbering changed) {
        this.numbering = changed;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String label = numbering.label(writer.getPageNumber());
        if (label.isEmpty()) {
            return;
        }
        Rectangle page = document.getPageSize();
        float x = (document.left() + document.right()) / 2;
        // baseline placed so the digits sit in the middle of the margin
        float middle = numbering == PageNumbering.FOOTER_EVERY_PAGE
                ? document.bottom() / 2
                : (page.getTop() + document.top()) / 2;
        float y = middle - font.getFontDescriptor(BaseFont.CAPHEIGHT, size) / 2;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(Element.ALIGN_CENTER, label, x, y, 0);
        canvas.endText();
    }
}
