package id.tata.documents.render.docx;

import id.tata.documents.model.TextStyle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import static id.tata.documents.render.docx.DocxUnits.big;
import static id.tata.documents.render.docx.DocxUnits.halfPoints;

/**
 * styles.xml: the document font and size as defaults, single spacing with nothing before or after (legal texts),
 * Normal justified, Heading 1..3 centred and bold in the same font without Word's blue. Character formatting of
 * runs stays direct; everything a secretariat would restyle globally lives here.
 */
final class DocxStyles {
    static final String NORMAL = "Normal";
    private static final int SINGLE_LINE = 240;

    private DocxStyles() {
    }

    static String headingId(int level) {
        return "Heading" + level;
    }

    static void install(XWPFDocument document, TextStyle text, String language) {
        CTStyles styles = CTStyles.Factory.newInstance();
        defaults(styles.addNewDocDefaults(), text, language);
        normal(styles.addNewStyle());
        for (int level = 1; level <= 3; level++) {
            heading(styles.addNewStyle(), level);
        }
        document.createStyles().setStyles(styles);
    }

    private static void defaults(CTDocDefaults defaults, TextStyle text, String language) {
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run.addNewRFonts(), text.family().wordName());
        run.addNewSz().setVal(big(halfPoints(text.sizePt())));
        run.addNewSzCs().setVal(big(halfPoints(text.sizePt())));
        run.addNewLang().setVal(language);
        CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
        paragraph.addNewWidowControl(); // no single line of a paragraph left alone at a page edge
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(big(0));
        spacing.setAfter(big(0));
        spacing.setLine(big(Math.round(SINGLE_LINE * text.lineSpacing())));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    static void fonts(CTFonts fonts, String name) {
        fonts.setAscii(name);
        fonts.setHAnsi(name);
        fonts.setCs(name);
        fonts.setEastAsia(name);
    }

    private static void normal(CTStyle style) {
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(NORMAL);
        style.setDefault(true);
        style.addNewName().setVal(NORMAL);
        style.addNewQFormat();
        style.addNewPPr().addNewJc().setVal(STJc.BOTH);
    }

    private static void heading(CTStyle style, int level) {
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(headingId(level));
        style.addNewName().setVal("heading " + level); // Word's built-in name, so it maps onto its Heading N
        style.addNewBasedOn().setVal(NORMAL);
        style.addNewNext().setVal(NORMAL);
        style.addNewUiPriority().setVal(big(9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewKeepLines();
        paragraph.addNewJc().setVal(STJc.CENTER);
        paragraph.addNewOutlineLvl().setVal(big(level - 1L));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewBCs();
        run.addNewColor().setVal("auto"); // not the theme blue Word gives its own headings
    }
}
