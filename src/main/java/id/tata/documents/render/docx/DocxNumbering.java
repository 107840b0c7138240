package id.tata.documents.render.docx;

import id.tata.documents.model.ListStyle;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import static id.tata.documents.render.docx.DocxUnits.big;

/**
 * numbering.xml. One abstract definition per list style and indent (shared by all lists that look alike), and a new
 * numbering instance per IR list whose level-0 start override restarts it at the list's own start — in Word, lists
 * that share a definition would otherwise continue each other's count. Deeper levels follow the legal-drafting
 * nesting (a. → 1) → a) → -) so that Tab in Word gives the expected sub-list.
 */
final class DocxNumbering {
    private static final int LEVELS = 9;

    private record Key(ListStyle style, int textLeftTwips, int labelWidthTwips) {
    }

    private final XWPFNumbering numbering;
    private final String fontName;
    private final Map<Key, BigInteger> definitions = new HashMap<>();

    DocxNumbering(XWPFDocument document, String fontName) {
        this.numbering = document.createNumbering();
        this.fontName = fontName;
    }

    /**
     * A fresh list: labels in a column of {@code labelWidthTwips} ending where the text starts
     * ({@code textLeftTwips}), counting from {@code start}. Returns the numId for the list's paragraphs.
     */
    BigInteger startList(ListStyle style, int textLeftTwips, int labelWidthTwips, int start) {
        if (style == ListStyle.ORDINAL_WORDS) {
            throw new IllegalArgumentException("Word has no Indonesian ordinal numbering; write KESATU … as text");
        }
        BigInteger abstractId = definitions.computeIfAbsent(new Key(style, textLeftTwips, labelWidthTwips),
                this::define);
        BigInteger numId = numbering.addNum(abstractId);
        CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(big(start));
        return numId;
    }

    private BigInteger define(Key key) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(big(definitions.size()));
        ListStyle style = key.style();
        for (int level = 0; level < LEVELS; level++) {
            level(definition.addNewLvl(), level, style, key.textLeftTwips() + level * key.labelWidthTwips(),
                    key.labelWidthTwips());
            style = nested(style);
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    }

    private void level(CTLvl lvl, int level, ListStyle style, int textLeft, int labelWidth) {
        lvl.setIlvl(big(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format(style));
        lvl.addNewLvlText().setVal(text(style, level + 1));
        lvl.addNewLvlJc().setVal(STJc.LEFT);
        CTPPrGeneral paragraph = lvl.addNewPPr();
        CTTabStop tab = paragraph.addNewTabs().addNewTab();
        tab.setVal(STTabJc.NUM);
        tab.setPos(big(textLeft));
        CTInd indent = paragraph.addNewInd();
        indent.setLeft(big(textLeft));
        indent.setHanging(big(labelWidth));
        if (style == ListStyle.DASH) {
            // without a font Word may draw the bullet in Symbol; keep the document's hyphen
            DocxStyles.fonts(lvl.addNewRPr().addNewRFonts(), fontName);
        }
    }

    private static STNumberFormat.Enum format(ListStyle style) {
        switch (style) {
            case LOWER_ALPHA_DOT:
            case LOWER_ALPHA_PAREN:
                return STNumberFormat.LOWER_LETTER;
            case DASH:
                return STNumberFormat.BULLET;
            default:
                return STNumberFormat.DECIMAL;
        }
    }

    /** The level text: "%1." style placeholders refer to the (1-based) level's own counter. */
    private static String text(ListStyle style, int levelNumber) {
        switch (style) {
            case LOWER_ALPHA_DOT:
            case DECIMAL_DOT:
                return "%" + levelNumber + ".";
            case LOWER_ALPHA_PAREN:
            case DECIMAL_PAREN:
                return "%" + levelNumber + ")";
            default:
                return "-";
        }
    }

    /** The customary style one level deeper (UU 12/2011 Lampiran II: a. → 1) → a) → -). */
    private static ListStyle nested(ListStyle style) {
        switch (style) {
            case DECIMAL_DOT:
                return ListStyle.LOWER_ALPHA_DOT;
            case LOWER_ALPHA_DOT:
                return ListStyle.DECIMAL_PAREN;
            case DECIMAL_PAREN:
                return ListStyle.LOWER_ALPHA_PAREN;
            default:
                return ListStyle.DASH;
        }
    }
}
