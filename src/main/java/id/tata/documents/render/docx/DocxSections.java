package id.tata.documents.render.docx;

import id.tata.documents.model.Margins;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.PageSetup;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.util.List;

import static id.tata.documents.render.docx.DocxUnits.big;
import static id.tata.documents.render.docx.DocxUnits.twips;

/**
 * Word sections: page size, orientation and margins per IR section, and the page numbers. A section's properties
 * close it — in the pPr of its last paragraph, the last section's in the body. Page numbers simply continue (no
 * restart). Headers and footers are inherited by later sections in Word, so a section only gets its own when its
 * numbering differs from the section before; the first page of the document gets an empty first-page header when
 * numbers start on page 2.
 */
final class DocxSections {
    private static final double MIN_HEADER_DISTANCE_MM = 5;
    private static final double MAX_HEADER_DISTANCE_MM = 12.5;

    private DocxSections() {
    }

    /** The properties of a section that is followed by another: they go into its last paragraph. */
    static CTSectPr closeWithBreak(XWPFDocument document) {
        CTPPr pPr = lastParagraph(document).getCTPPr();
        return pPr.addNewSectPr();
    }

    /** The properties of the document's last section: the body's own. */
    static CTSectPr closeLast(XWPFDocument document) {
        lastParagraph(document);
        CTBody body = document.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    /** The section's closing paragraph; Word wants one after a final table, and each section needs its own. */
    private static XWPFParagraph lastParagraph(XWPFDocument document) {
        List<IBodyElement> body = document.getBodyElements();
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof XWPFParagraph p && !p.getCTPPr().isSetSectPr()) {
            return p;
        }
        return document.createParagraph();
    }

    static void page(CTSectPr sectPr, PageSetup page, Orientation orientation) {
        CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
        size.setW(big(twips(page.pageWidthMm(orientation))));
        size.setH(big(twips(page.pageHeightMm(orientation))));
        if (orientation == Orientation.LANDSCAPE) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        Margins m = page.margins(orientation);
        CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
        margins.setTop(big(twips(m.top())));
        margins.setRight(big(twips(m.right())));
        margins.setBottom(big(twips(m.bottom())));
        margins.setLeft(big(twips(m.left())));
        margins.setHeader(big(twips(distance(m.top()))));
        margins.setFooter(big(twips(distance(m.bottom()))));
        margins.setGutter(big(0));
    }

    /** Header/footer distance from the paper edge: half the margin, within 5..12.5 mm. */
    private static double distance(double marginMm) {
        return Math.max(MIN_HEADER_DISTANCE_MM, Math.min(MAX_HEADER_DISTANCE_MM, marginMm / 2));
    }

    /**
     * Page numbers of a section; {@code previous} is the numbering of the section before, null for the first.
     */
    static void numbering(XWPFDocument document, CTSectPr sectPr, PageNumbering numbering, PageNumbering previous) {
        boolean first = previous == null;
        if (!first && numbering == previous) {
            return; // Word carries the previous section's header and footer over ("link to previous")
        }
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(document, sectPr);
        switch (numbering) {
            case DASHED_FROM_SECOND:
                pageNumber(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT), "- ", " -");
                if (first) {
                    empty(policy.createHeader(XWPFHeaderFooterPolicy.FIRST));
                    sectPr.addNewTitlePg();
                } else {
                    empty(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT));
                }
                break;
            case FOOTER_EVERY_PAGE:
                pageNumber(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT), "", "");
                if (!first) {
                    empty(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT));
                }
                break;
            default:
                if (!first) {
                    empty(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT));
                    empty(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT));
                }
                break;
        }
    }

    /** A centred paragraph: before, a PAGE field, after ("- 2 -"). */
    private static void pageNumber(XWPFHeaderFooter part, String before, String after) {
        XWPFParagraph paragraph = part.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        if (!before.isEmpty()) {
            DocxRuns.append(paragraph, before);
        }
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue("PAGE");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        DocxRuns.append(paragraph, "2");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        if (!after.isEmpty()) {
            DocxRuns.append(paragraph, after);
        }
    }

    /** Word needs at least one paragraph in a header or footer. */
    private static void empty(XWPFHeaderFooter part) {
        part.createParagraph();
    }
}
