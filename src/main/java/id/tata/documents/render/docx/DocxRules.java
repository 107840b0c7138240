package id.tata.documents.render.docx;

import id.tata.documents.model.Rule;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import static id.tata.documents.render.docx.DocxUnits.big;
import static id.tata.documents.render.docx.DocxUnits.twipsFromPoints;

/** Horizontal rules and page breaks: the paragraph forms Word users know, not drawn shapes. */
final class DocxRules {
    /** Border widths are stored in eighths of a point, 2..96. */
    private static final int MIN_BORDER = 2;
    private static final int MAX_BORDER = 96;
    /** Height of the rule paragraph's own (empty) line, so the rule sits close under the letterhead. */
    private static final int RULE_LINE_HALF_POINTS = 2;
    private static final double SPACE_AFTER_RULE_PT = 6;

    private DocxRules() {
    }

    /** An empty paragraph with a bottom border across the text width (double for the closing rule of a kop). */
    static void rule(Rule rule, XWPFParagraph target) {
        CTPPr pPr = target.getCTPPr();
        CTBorder bottom = pPr.addNewPBdr().addNewBottom();
        bottom.setVal(rule.doubleLine() ? STBorder.DOUBLE : STBorder.SINGLE);
        bottom.setSz(big(Math.max(MIN_BORDER, Math.min(MAX_BORDER, Math.round(rule.thicknessPt() * 8)))));
        bottom.setSpace(big(1));
        bottom.setColor("auto");
        pPr.addNewRPr().addNewSz().setVal(big(RULE_LINE_HALF_POINTS));
        target.setSpacingAfter(twipsFromPoints(SPACE_AFTER_RULE_PT));
    }

    static void pageBreak(XWPFParagraph target) {
        target.createRun().addBreak(BreakType.PAGE);
    }
}
