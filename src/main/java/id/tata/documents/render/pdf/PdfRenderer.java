package id.tata.documents.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.Margins;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Section;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.render.DocumentRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the document IR as PDF with OpenPDF: each section on new pages of its orientation, page numbers by page
 * event, every font a bundled face embedded as a subset. Stateless: one instance serves all threads.
 */
public final class PdfRenderer implements DocumentRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static final String CREATOR = "Tata";

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        long started = System.nanoTime();
        PdfText text = new PdfText(document.text());
        com.lowagie.text.Document pdf = new com.lowagie.text.Document();
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        // justify by widening the spaces only, as Word does; letter-spacing a line reads as "p e n y e l e n g"
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        writer.setCloseStream(false);
        // an image too tall for the rest of the page must not let the text after it jump ahead
        writer.setStrictImageSequence(true);
        PdfPageNumbers numbers = new PdfPageNumbers(text.baseFont(false, false), text.size());
        writer.setPageEvent(numbers);
        metadata(pdf, writer, document.meta());
        PdfFlow flow = new PdfFlow(pdf, writer);
        boolean first = true;
        for (Section section : document.sections()) {
            pageSetup(pdf, document.page(), section);
            if (first) {
                pdf.open();
                first = false;
            } else {
                pdf.newPage();
            }
            numbers.numbering(section.numbering());
            float textWidth = PdfUnits.pt(document.page().textWidthMm(section.orientation()));
            flow.textWidth(textWidth);
            new PdfBlocks(text, flow, textWidth).render(section.blocks());
            flow.finish();
            if (section.blocks().isEmpty()) {
                // a section without content still gets its page
                writer.setPageEmpty(false);
            }
        }
        int pages = writer.getPageNumber();
        pdf.close();
        LOG.debug("PDF '{}': {} pages in {} ms", document.meta().title(), pages, (System.nanoTime() - started) / 1_000_000);
    }

    /** Page size of the section's orientation (landscape swaps width and height; no /Rotate) and its margins. */
    private static void pageSetup(com.lowagie.text.Document pdf, PageSetup page, Section section) {
        pdf.setPageSize(new Rectangle(PdfUnits.pt(page.pageWidthMm(section.orientation())),
                PdfUnits.pt(page.pageHeightMm(section.orientation()))));
        Margins margins = page.margins(section.orientation());
        pdf.setMargins(PdfUnits.pt(margins.left()), PdfUnits.pt(margins.right()), PdfUnits.pt(margins.top()),
                PdfUnits.pt(margins.bottom()));
    }

    private static void metadata(com.lowagie.text.Document pdf, PdfWriter writer, DocumentMeta meta) {
        pdf.addTitle(meta.title());
        if (!meta.subject().isEmpty()) {
            pdf.addSubject(meta.subject());
        }
        if (!meta.author().isEmpty()) {
            pdf.addAuthor(meta.author());
        }
        pdf.addCreator(CREATOR);
        pdf.addCreationDate();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language()));
        // viewers show the title instead of the file name
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, com.lowagie.text.pdf.PdfBoolean.PDFTRUE);
    }
}
