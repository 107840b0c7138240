package id.tata.documents.render.docx;

import id.tata.documents.SampleDocuments;
import id.tata.documents.model.Block;
import id.tata.documents.model.Column;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.LabeledBlock;
import id.tata.documents.model.Letterhead;
import id.tata.documents.model.ListBlock;
import id.tata.documents.model.ListItem;
import id.tata.documents.model.ListStyle;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Rule;
import id.tata.documents.model.Section;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.model.TextStyle;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static id.tata.documents.render.docx.RenderedDocx.number;
import static id.tata.documents.render.docx.RenderedDocx.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A letter-style document with what the decree sample does not use: an agency kop with the logo left, a list
 * continuing at 3, a labelled table, borderless and adjacent tables, a long row, footer numbering, then a section
 * without numbers.
 */
class DocxVariantsTest {
    /** A4 text width 210 − 30 − 20 mm in twips. */
    private static final int TEXT_WIDTH = 9071;
    private static final String LONG_TEXT = "uraian panjang ".repeat(200).strip();

    private static XWPFDocument docx;

    @BeforeAll
    static void render() {
        docx = RenderedDocx.open(letter());
    }

    @AfterAll
    static void close() throws IOException {
        docx.close();
    }

    static Document letter() {
        Table labelled = Table.of("Nomor", List.of(Column.of(1)), List.of(), List.of(TableRow.ofTexts("000.4/12")));
        Table layout = new Table("Tata letak", List.of(Column.of(1), Column.of(1)), List.of(),
                List.of(TableRow.ofTexts("baris satu\nbaris dua", "kanan")), false, false);
        Table adjacent = Table.of("Berikutnya", List.of(Column.of(1)), List.of(TableRow.of(TableCell.header("Judul"))),
                List.of(TableRow.ofTexts("pendek"), TableRow.ofTexts(LONG_TEXT)));
        List<Block> letter = List.of(
                new Letterhead(SampleDocuments.emblem(), Letterhead.Layout.LOGO_LEFT,
                        List.of(Paragraph.centered("PEMERINTAH KOTA CONTOH"),
                                Paragraph.centered("DINAS KOMUNIKASI DAN INFORMATIKA")), new Rule(2, false)),
                new ListBlock(ListStyle.DECIMAL_DOT, 3, 8, List.of(ListItem.of("butir ketiga"),
                        ListItem.of("butir keempat"))),
                LabeledBlock.of("NOMOR", 25, labelled),
                LabeledBlock.of("Hal", 25, Paragraph.of("Undangan rapat"), Paragraph.of("koordinasi SPBE")),
                layout,
                adjacent);
        return new Document(new DocumentMeta("Surat Uji", "Perihal uji", "Bagian Umum", LocalDate.of(2026, 3, 2),
                "id-ID"), PageSetup.A4, TextStyle.LETTER, List.of(
                new Section("Surat", Orientation.PORTRAIT, PageNumbering.FOOTER_EVERY_PAGE, letter),
                new Section("Catatan", Orientation.PORTRAIT, PageNumbering.NONE,
                        List.of(Paragraph.of("Catatan tanpa nomor halaman.")))));
    }

    @Test
    void aParagraphWithItsOwnSizeSetsItOnItsRuns() {
        Document kop = new Document(DocumentMeta.titled("Kop"), PageSetup.A4, TextStyle.DECREE, List.of(
                Section.portrait("x", List.of(Paragraph.heading(1, "WALI KOTA CONTOH").sized(16),
                        Paragraph.of("isi")))));
        XWPFDocument doc = RenderedDocx.open(kop);
        assertEquals(16.0, paragraph(doc, "WALI KOTA").getRuns().get(0).getFontSizeAsDouble());
        assertEquals(null, paragraph(doc, "isi").getRuns().get(0).getFontSizeAsDouble(), "the body keeps the style's");
    }

    @Test
    void aBodyParagraphKeptWithTheNextRenders() {
        // regression: POI's setKeepNext failed on a paragraph without properties (a plain, left-indent-free one)
        Document kept = new Document(DocumentMeta.titled("Tetap"), PageSetup.A4, TextStyle.DECREE, List.of(
                Section.portrait("x", List.of(Paragraph.of("judul kecil").keptWithNext(), Paragraph.of("isi")))));
        XWPFParagraph title = paragraph(RenderedDocx.open(kept), "judul kecil");
        assertTrue(title.getCTP().getPPr().isSetKeepNext());
    }

    @Test
    void logoLeftKopIsABorderlessTwoColumnTableWithCentredLines() {
        IBodyElement first = docx.getBodyElements().get(0);
        XWPFTable kop = assertInstanceOf(XWPFTable.class, first);
        assertEquals(XWPFTable.XWPFBorderType.NONE, kop.getTopBorderType());
        assertEquals(XWPFTable.XWPFBorderType.NONE, kop.getInsideVBorderType());
        assertEquals(2, kop.getRow(0).getTableCells().size());
        XWPFTableCell logo = kop.getRow(0).getCell(0);
        assertFalse(logo.getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures().isEmpty());
        XWPFTableCell lines = kop.getRow(0).getCell(1);
        assertEquals("PEMERINTAH KOTA CONTOH", lines.getParagraphs().get(0).getText());
        assertEquals("DINAS KOMUNIKASI DAN INFORMATIKA", lines.getParagraphs().get(1).getText());
        assertEquals(ParagraphAlignment.CENTER, lines.getParagraphs().get(1).getAlignment());

        XWPFParagraph rule = assertInstanceOf(XWPFParagraph.class, docx.getBodyElements().get(1));
        assertEquals(STBorder.SINGLE, rule.getCTPPr().getPBdr().getBottom().getVal());
        assertEquals(16, number(rule.getCTPPr().getPBdr().getBottom().getSz()), "2 pt");
    }

    @Test
    void aListStartingLaterRestartsAtItsStart() {
        XWPFParagraph third = paragraph(docx, "butir ketiga");
        assertEquals(3, number(docx.getNumbering().getNum(third.getNumID()).getCTNum().getLvlOverrideArray(0)
                .getStartOverride().getVal()));
        assertEquals(third.getNumID(), paragraph(docx, "butir keempat").getNumID());
    }

    @Test
    void aLabelledTableGetsItsLabelLineAndIsIndentedToTheBody() {
        XWPFParagraph label = paragraph(docx, "NOMOR");
        assertEquals("NOMOR\t:\t", label.getText());
        XWPFTable table = RenderedDocx.table(docx, "000.4/12");
        int bodyColumn = 1417 + 283; // 25 mm label + 5 mm separator, each rounded to twips
        assertEquals(bodyColumn, table.getIndent());
        assertEquals(TEXT_WIDTH - bodyColumn, number(table.getCTTbl().getTblPr().getTblW().getW()));
    }

    @Test
    void laterBodyParagraphsOfALabelledBlockStartInTheBodyColumn() {
        XWPFParagraph first = paragraph(docx, "Undangan rapat");
        assertEquals("Hal\t:\tUndangan rapat", first.getText());
        XWPFParagraph second = paragraph(docx, "koordinasi SPBE");
        assertEquals("koordinasi SPBE", second.getText());
        assertEquals(first.getIndentationLeft(), second.getIndentationLeft());
        assertEquals(1417 + 283, second.getIndentationLeft());
        assertTrue(second.getIndentationHanging() <= 0, "no hanging indent without labels");
    }

    @Test
    void borderlessTableAndLineBreaksInCells() {
        XWPFTable layout = RenderedDocx.table(docx, "kanan");
        assertEquals(XWPFTable.XWPFBorderType.NONE, layout.getTopBorderType());
        assertEquals(XWPFTable.XWPFBorderType.NONE, layout.getInsideHBorderType());
        XWPFRun run = layout.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
        assertEquals(1, run.getCTR().sizeOfBrArray());
        assertEquals("baris satu\nbaris dua", run.text());
        assertFalse(layout.getRow(0).isRepeatHeader(), "no header rows");
    }

    @Test
    void tablesThatFollowEachOtherStaySeparateAndLongRowsMaySplit() {
        List<IBodyElement> body = docx.getBodyElements();
        XWPFTable layout = RenderedDocx.table(docx, "kanan");
        XWPFTable next = RenderedDocx.table(docx, "pendek");
        int at = body.indexOf(layout);
        assertInstanceOf(XWPFParagraph.class, body.get(at + 1), "Word would merge touching tables");
        assertEquals(next, body.get(at + 2));
        assertTrue(next.getRow(1).isCantSplitRow());
        assertFalse(next.getRow(2).isCantSplitRow(), "a row taller than a page must be allowed to split");
    }

    @Test
    void footerNumbersEveryPageThenASectionWithoutNumbers() {
        List<CTSectPr> sections = RenderedDocx.sections(docx);
        assertEquals(2, sections.size());
        CTSectPr first = sections.get(0);
        assertFalse(first.isSetTitlePg());
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(docx, first);
        assertNull(policy.getDefaultHeader());
        XWPFFooter footer = policy.getDefaultFooter();
        assertNotNull(footer);
        assertTrue(footer.getParagraphs().get(0).getRuns().stream()
                .anyMatch(r -> r.getCTR().getInstrTextList().stream().anyMatch(t -> t.getStringValue().contains("PAGE"))));

        XWPFHeaderFooterPolicy none = new XWPFHeaderFooterPolicy(docx, sections.get(1));
        assertEquals("", none.getDefaultHeader().getText().strip(), "an empty header stops the inheritance");
        assertEquals("", none.getDefaultFooter().getText().strip());
    }

    @Test
    void letterFontSpacingAndMetadata() throws Exception {
        var defaults = docx.getStyle().getDocDefaults();
        assertEquals("Arial", defaults.getRPrDefault().getRPr().getRFontsArray(0).getAscii());
        assertEquals(276, number(defaults.getPPrDefault().getPPr().getSpacing().getLine()), "1.15 lines");
        var core = docx.getProperties().getCoreProperties();
        assertEquals("Bagian Umum", core.getCreator());
        assertEquals("Perihal uji", core.getSubject());
        assertEquals(LocalDate.of(2026, 3, 2), core.getCreated().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    }
}
