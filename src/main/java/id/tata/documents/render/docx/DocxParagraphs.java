package id.tata.documents.render.docx;

import id.tata.documents.model.Align;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Run;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

import java.math.BigInteger;
import java.util.List;

import static id.tata.documents.render.docx.DocxUnits.big;
import static id.tata.documents.render.docx.DocxUnits.twips;
import static id.tata.documents.render.docx.DocxUnits.twipsFromPoints;

/**
 * Writes IR paragraphs. Headings get the HeadingN style; alignment is written only where it differs from the style
 * (Normal is justified, headings centred), so the secretariat can restyle the document from the styles.
 */
final class DocxParagraphs {
    private DocxParagraphs() {
    }

    /** {@code paragraph} into {@code target}, its text starting at {@code leftTwips}, after {@code lead} if any. */
    static void write(Paragraph paragraph, XWPFParagraph target, int leftTwips, Lead lead) {
        Align styleAlign = Align.JUSTIFY;
        if (!target.getCTP().isSetPPr()) {
            target.getCTP().addNewPPr(); // POI's setKeepNext assumes the paragraph properties exist
        }
        if (paragraph.heading() > 0) {
            target.setStyle(DocxStyles.headingId(paragraph.heading()));
            styleAlign = Align.CENTER;
            if (!paragraph.keepWithNext()) {
                target.setKeepNext(false);
            }
        } else if (paragraph.keepWithNext()) {
            target.setKeepNext(true);
        }
        if (paragraph.align() != styleAlign) {
            align(target, paragraph.align());
        }
        spacing(target, paragraph.spacing().beforePt(), paragraph.spacing().afterPt());
        int left = leftTwips + twips(paragraph.spacing().indentLeftMm());
        lead(target, left, lead);
        for (Run run : paragraph.runs()) {
            XWPFRun written = DocxRuns.append(target, run, paragraph.heading() > 0);
            if (paragraph.sizePt() > 0) {
                written.setFontSize(paragraph.sizePt());
            }
        }
    }

    /** Indent, tab stops, list number and label texts for a paragraph whose text starts at {@code left}. */
    static void lead(XWPFParagraph target, int left, Lead lead) {
        if (lead == null) {
            indent(target, left, 0);
            return;
        }
        if (lead.numId() != null) {
            target.setNumID(lead.numId());
            target.setNumILvl(BigInteger.ZERO);
        }
        if (lead.isNumberOnly() && lead.endTwips() == left) {
            return; // the numbering definition carries this indent and tab
        }
        indent(target, left, left - lead.startTwips());
        List<Integer> ends = lead.columnEnds();
        tabStops(target, ends.subList(0, ends.size() - 1), left);
        for (Lead.Column column : lead.columns()) {
            if (column.text() != null) {
                DocxRuns.append(target, column.text() + "\t");
            }
        }
    }

    static void align(XWPFParagraph target, Align align) {
        target.setAlignment(alignment(align));
    }

    static ParagraphAlignment alignment(Align align) {
        switch (align) {
            case CENTER:
                return ParagraphAlignment.CENTER;
            case RIGHT:
                return ParagraphAlignment.RIGHT;
            case JUSTIFY:
                return ParagraphAlignment.BOTH;
            default:
                return ParagraphAlignment.LEFT;
        }
    }

    static void indent(XWPFParagraph target, int left, int hanging) {
        if (left != 0) {
            target.setIndentationLeft(left);
        }
        if (hanging != 0) {
            target.setIndentationHanging(hanging);
        }
    }

    static void spacing(XWPFParagraph target, double beforePt, double afterPt) {
        if (beforePt > 0) {
            target.setSpacingBefore(twipsFromPoints(beforePt));
        }
        if (afterPt > 0) {
            target.setSpacingAfter(twipsFromPoints(afterPt));
        }
    }

    /** Left tab stops at {@code positions} and at {@code last}, where the text column begins. */
    static void tabStops(XWPFParagraph target, List<Integer> positions, int last) {
        CTPPr pPr = target.getCTPPr();
        CTTabs tabs = pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs();
        for (int position : positions) {
            addTab(tabs, position);
        }
        addTab(tabs, last);
    }

    private static void addTab(CTTabs tabs, int position) {
        var tab = tabs.addNewTab();
        tab.setVal(STTabJc.LEFT);
        tab.setPos(big(position));
    }

    static void keepLines(XWPFParagraph target) {
        CTPPr pPr = target.getCTPPr();
        if (!pPr.isSetKeepLines()) {
            pPr.addNewKeepLines();
        }
    }
}
