package id.tata.documents.render.docx;

import id.tata.documents.SampleDocuments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static id.tata.documents.render.docx.RenderedDocx.number;
import static id.tata.documents.render.docx.RenderedDocx.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists as Word numbering, labelled blocks as tab stops and hanging indents (sample decree). */
class DocxListsTest {
    /** Label column 30 mm, separator column 5 mm, list label 7 mm — in twips. */
    private static final int LABEL_END = 1701;
    private static final int SEPARATOR_END = 1984;
    private static final int LETTER_END = 2381;
    private static final int LIST_LABEL = 397;

    private static XWPFDocument docx;

    @BeforeAll
    static void render() {
        docx = RenderedDocx.open(SampleDocuments.everything());
    }

    @AfterAll
    static void close() throws IOException {
        docx.close();
    }

    @Test
    void labelSeparatorAndFirstListLabelStandInTabColumns() {
        XWPFParagraph first = paragraph(docx, "bahwa untuk meningkatkan");
        assertTrue(first.getText().startsWith("Menimbang\t:\ta.\tbahwa"), first.getText());
        assertNull(first.getNumID(), "Word cannot put text before a number: the first label is text");
        assertEquals(LETTER_END, first.getIndentationLeft());
        assertEquals(LETTER_END, first.getIndentationHanging(), "wrapped lines align with the text");
        assertEquals(List.of(LABEL_END, SEPARATOR_END, LETTER_END), tabStops(first));
    }

    @Test
    void furtherItemsOfALabelledListAreWordNumberingInTheBodyColumn() {
        XWPFParagraph second = paragraph(docx, "bahwa berdasarkan pertimbangan");
        assertNotNull(second.getNumID());
        CTLvl level = level(second.getNumID());
        assertEquals("lowerLetter", level.getNumFmt().getVal().toString());
        assertEquals("%1.", level.getLvlText().getVal());
        assertEquals(LETTER_END, number(level.getPPr().getInd().getLeft()));
        assertEquals(LIST_LABEL, number(level.getPPr().getInd().getHanging()));
        assertEquals(2, startOverride(second.getNumID()), "continues after the a. written as text");

        XWPFParagraph law = paragraph(docx, "Peraturan Menteri Pendayagunaan");
        assertEquals("decimal", level(law.getNumID()).getNumFmt().getVal().toString());
        assertEquals("%1.", level(law.getNumID()).getLvlText().getVal());
    }

    @Test
    void labelledParagraphHasHangingIndentToTheBodyColumn() {
        XWPFParagraph diktum = paragraph(docx, "Membentuk tim dengan tugas:");
        assertTrue(diktum.getText().startsWith("KESATU\t:\tMembentuk"), diktum.getText());
        assertEquals(SEPARATOR_END, diktum.getIndentationLeft());
        assertEquals(SEPARATOR_END, diktum.getIndentationHanging());
        assertEquals(List.of(LABEL_END, SEPARATOR_END), tabStops(diktum));
    }

    @Test
    void listsInsideALabelledBodyAlignWithTheBodyAndNestedListsIndentFurther() {
        XWPFParagraph outer = paragraph(docx, "mengoordinasikan:");
        CTLvl outerLevel = level(outer.getNumID());
        assertEquals(LETTER_END, number(outerLevel.getPPr().getInd().getLeft()), "35 mm body + 7 mm label");
        assertEquals(1, startOverride(outer.getNumID()));

        XWPFParagraph nested = paragraph(docx, "perencanaan;");
        assertNotEquals(outer.getNumID(), nested.getNumID(), "a nested list is a list of its own");
        CTLvl nestedLevel = level(nested.getNumID());
        assertEquals("decimal", nestedLevel.getNumFmt().getVal().toString());
        assertEquals("%1)", nestedLevel.getLvlText().getVal());
        assertEquals(LETTER_END + LIST_LABEL, number(nestedLevel.getPPr().getInd().getLeft()));

        assertEquals(outer.getNumID(), paragraph(docx, "melaporkan hasilnya.").getNumID(),
                "b. continues the outer list after the nested one");
    }

    @Test
    void ordinalWordsAreLabelTextWithATabStop() {
        XWPFParagraph first = paragraph(docx, "Diktum dalam bentuk daftar.");
        assertTrue(first.getText().startsWith("KESATU\tDiktum"), first.getText());
        assertNull(first.getNumID());
        assertEquals(SEPARATOR_END, first.getIndentationHanging(), "35 mm label column");
        assertEquals(List.of(SEPARATOR_END), tabStops(first));
        assertTrue(paragraph(docx, "Diktum kedua.").getText().startsWith("KEDUA\t"));
    }

    @Test
    void everyListStyleHasItsNumberFormat() {
        Set<String> formats = new HashSet<>();
        docx.getNumbering().getAbstractNums().forEach(a -> {
            CTLvl lvl = a.getCTAbstractNum().getLvlArray(0);
            formats.add(lvl.getNumFmt().getVal() + " " + lvl.getLvlText().getVal());
        });
        assertEquals(Set.of("lowerLetter %1.", "decimal %1.", "decimal %1)", "lowerLetter %1)", "bullet -"), formats);
        assertEquals("lowerLetter", level(paragraph(docx, "butir a)").getNumID()).getNumFmt().getVal().toString());
        assertEquals("bullet", level(paragraph(docx, "butir tanda pisah").getNumID()).getNumFmt().getVal().toString());
    }

    @Test
    void eachListIsANewNumberingInstanceRestartingAtItsStart() {
        Set<BigInteger> ids = new HashSet<>();
        for (String item : List.of("bahwa berdasarkan", "Peraturan Menteri", "mengoordinasikan:", "perencanaan;",
                "butir a)", "butir tanda pisah")) {
            BigInteger id = paragraph(docx, item).getNumID();
            assertTrue(ids.add(id), item + " shares numbering instance " + id);
            assertEquals(0, number(docx.getNumbering().getNum(id).getCTNum().getLvlOverrideArray(0).getIlvl()));
        }
        assertEquals(1, startOverride(paragraph(docx, "butir a)").getNumID()));
    }

    private static CTLvl level(BigInteger numId) {
        assertNotNull(numId, "paragraph is not numbered");
        BigInteger abstractId = docx.getNumbering().getAbstractNumID(numId);
        return docx.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(0);
    }

    private static long startOverride(BigInteger numId) {
        return number(docx.getNumbering().getNum(numId).getCTNum().getLvlOverrideArray(0).getStartOverride().getVal());
    }

    private static List<Integer> tabStops(XWPFParagraph p) {
        return p.getCTPPr().getTabs().getTabList().stream().map(CTTabStop::getPos)
                .map(pos -> (int) number(pos)).toList();
    }
}
