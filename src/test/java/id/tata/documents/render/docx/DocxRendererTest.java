package id.tata.documents.render.docx;

import id.tata.documents.SampleDocuments;
import id.tata.documents.TextAssert;
import id.tata.documents.model.Document;
import id.tata.documents.model.PlainText;
import id.tata.documents.render.DocumentFormat;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static id.tata.documents.render.docx.RenderedDocx.number;
import static id.tata.documents.render.docx.RenderedDocx.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample decree with every block kind, rendered once and read back with POI. */
class DocxRendererTest {
    /** 215 × 330 mm (F4) in twips: mm / 25.4 × 1440. */
    private static final long F4_WIDTH = 12189;
    private static final long F4_HEIGHT = 18709;

    private static Document sample;
    private static XWPFDocument docx;

    @BeforeAll
    static void render() {
        sample = SampleDocuments.everything();
        docx = RenderedDocx.open(sample);
    }

    @AfterAll
    static void close() throws IOException {
        docx.close();
    }

    @Test
    void isTheDocxFormat() {
        assertEquals(DocumentFormat.DOCX, new DocxRenderer().format());
    }

    @Test
    void extractedTextHasEveryWordInOrder() throws IOException {
        // a separate copy: closing the extractor closes the document it reads
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(RenderedDocx.open(sample))) {
            TextAssert.assertContainsInOrder(PlainText.words(sample, false), extractor.getText());
        }
    }

    @Test
    void eachSectionHasItsPageSizeOrientationAndMargins() {
        List<CTSectPr> sections = RenderedDocx.sections(docx);
        assertEquals(2, sections.size());

        CTPageSz portrait = sections.get(0).getPgSz();
        assertEquals(F4_WIDTH, number(portrait.getW()));
        assertEquals(F4_HEIGHT, number(portrait.getH()));
        assertFalse(portrait.isSetOrient() && portrait.getOrient() == STPageOrientation.LANDSCAPE);
        CTPageMar margins = sections.get(0).getPgMar();
        assertEquals(1701, number(margins.getLeft()), "left 30 mm");
        assertEquals(1134, number(margins.getTop()), "top 20 mm");
        assertEquals(1134, number(margins.getRight()), "right 20 mm");
        assertEquals(1417, number(margins.getBottom()), "bottom 25 mm");

        CTPageSz landscape = sections.get(1).getPgSz();
        assertEquals(F4_HEIGHT, number(landscape.getW()));
        assertEquals(F4_WIDTH, number(landscape.getH()));
        assertEquals(STPageOrientation.LANDSCAPE, landscape.getOrient());
        assertEquals(1701, number(sections.get(1).getPgMar().getTop()), "the binding margin turns to the top");
    }

    @Test
    void pageNumbersAreDashedInTheHeaderFromTheSecondPage() {
        CTSectPr first = RenderedDocx.sections(docx).get(0);
        assertTrue(first.isSetTitlePg(), "first page has its own header");
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(docx, first);
        XWPFHeader numbered = policy.getDefaultHeader();
        assertNotNull(numbered);
        assertTrue(instructions(numbered).contains("PAGE"), "PAGE field in " + instructions(numbered));
        assertTrue(numbered.getText().strip().startsWith("-"), numbered.getText());
        assertTrue(numbered.getText().strip().endsWith("-"), numbered.getText());
        assertEquals("", policy.getFirstPageHeader().getText().strip());
        assertFalse(first.isSetPgNumType() && first.getPgNumType().isSetStart(), "numbers are not restarted");

        CTSectPr second = RenderedDocx.sections(docx).get(1);
        assertFalse(second.isSetTitlePg(), "only the document's first page goes without a number");
        assertEquals(0, second.sizeOfHeaderReferenceArray(), "the landscape section carries the header on");
    }

    @Test
    void stylesCarryTheDecreeFontAndHeadings() throws Exception {
        CTStyles styles = docx.getStyle();
        CTRPr defaults = styles.getDocDefaults().getRPrDefault().getRPr();
        assertEquals("Bookman Old Style", defaults.getRFontsArray(0).getAscii());
        assertEquals("Bookman Old Style", defaults.getRFontsArray(0).getHAnsi());
        assertEquals(24, number(defaults.getSzArray(0).getVal()), "12 pt in half points");
        assertEquals("id-ID", defaults.getLangArray(0).getVal());
        assertEquals(240, number(styles.getDocDefaults().getPPrDefault().getPPr().getSpacing().getLine()), "single");
        assertEquals(0, number(styles.getDocDefaults().getPPrDefault().getPPr().getSpacing().getAfter()));
        CTStyle heading = docx.getStyles().getStyle("Heading1").getCTStyle();
        assertEquals(STJc.CENTER, heading.getPPr().getJc().getVal());
        assertEquals(1, heading.getRPr().sizeOfBArray());
        assertEquals("auto", heading.getRPr().getColorArray(0).getVal());
        XWPFParagraph title = paragraph(docx, "KEPUTUSAN WALI KOTA CONTOH");
        assertEquals("Heading1", title.getStyleID());
        assertFalse(title.getRuns().get(0).isBold(), "bold comes from the style, so restyling headings works");
        assertFalse(title.getCTPPr().isSetJc(), "centred by the style");
        assertEquals(ParagraphAlignment.CENTER, paragraph(docx, "NOMOR 188.45").getAlignment(), "centred directly");
        assertEquals("Heading2", paragraph(docx, "MEMUTUSKAN:").getStyleID());
    }

    @Test
    void coreProperties() {
        var core = docx.getProperties().getCoreProperties();
        assertEquals("Dokumen Uji Tata", core.getTitle());
        assertEquals("Tata", core.getCreator(), "the application when the IR names no author");
        assertEquals("id-ID", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
    }

    @Test
    void imagesAreEmbeddedAtTheirSize() {
        assertFalse(docx.getAllPictures().isEmpty());
        List<CTInline> inlines = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                r.getCTR().getDrawingList().forEach(d -> inlines.addAll(d.getInlineList()));
            }
        }
        assertEquals(2, inlines.size(), "emblem and QR code");
        assertEquals(900_000, inlines.get(0).getExtent().getCx(), "25 mm emblem");
        assertEquals("Lambang", inlines.get(0).getDocPr().getDescr());
        assertEquals(720_000, inlines.get(1).getExtent().getCx(), "20 mm QR code");
        XWPFParagraph emblem = docx.getParagraphs().get(0);
        assertEquals(ParagraphAlignment.CENTER, emblem.getAlignment());
        assertTrue(emblem.isKeepNext(), "the emblem stays with the title under it");
    }

    @Test
    void noRunUsesSpacesForLayout() {
        List<XWPFParagraph> all = new ArrayList<>(docx.getParagraphs());
        for (XWPFTable table : docx.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    all.addAll(cell.getParagraphs());
                }
            }
        }
        docx.getHeaderList().forEach(h -> all.addAll(h.getParagraphs()));
        int runs = 0;
        for (XWPFParagraph p : all) {
            for (XWPFRun r : p.getRuns()) {
                runs++;
                assertFalse(r.text().contains("  "), "double space in run '" + r.text() + "'");
            }
        }
        assertTrue(runs > 100, "looked at " + runs + " runs");
    }

    @Test
    void signatureBlockIsIndentedKeptTogetherAndLeavesRoomToSign() {
        XWPFParagraph place = paragraph(docx, "Ditetapkan di Kota Contoh");
        XWPFParagraph office = paragraph(docx, "WALI KOTA CONTOH,");
        XWPFParagraph name = paragraph(docx, "BUDI SANTOSO");
        int half = 4677; // 0.5 × (215 − 30 − 20) mm
        assertEquals(half, place.getIndentationLeft());
        assertEquals(half, name.getIndentationLeft());
        assertTrue(place.isKeepNext());
        assertTrue(office.isKeepNext());
        assertEquals(1417, name.getSpacingBefore(), "25 mm to sign");
        assertTrue(name.getRuns().get(0).isBold());
        assertTrue(name.getCTPPr().isSetKeepLines());
    }

    @Test
    void ruleIsADoubleBottomBorderAndPageBreakABreakRun() {
        CTBorder rule = null;
        int pageBreakAt = -1;
        int tableAt = -1;
        List<IBodyElement> body = docx.getBodyElements();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p) {
                if (p.getCTPPr().isSetPBdr() && p.getCTPPr().getPBdr().isSetBottom()) {
                    rule = p.getCTPPr().getPBdr().getBottom();
                }
                for (XWPFRun r : p.getRuns()) {
                    if (r.getCTR().getBrList().stream().anyMatch(b -> b.isSetType()
                            && b.getType().toString().equals(BreakType.PAGE.name().toLowerCase()))) {
                        pageBreakAt = i;
                    }
                }
            } else if (tableAt < 0 && body.get(i) instanceof XWPFTable) {
                tableAt = i;
            }
        }
        assertNotNull(rule);
        assertEquals(STBorder.DOUBLE, rule.getVal());
        assertEquals(12, number(rule.getSz()), "1.5 pt in eighths");
        assertEquals(tableAt - 1, pageBreakAt, "the long table starts on a new page");
    }

    @Test
    void boldItalicUnderlineAndSuperscriptAreRunFormatting() {
        XWPFParagraph p = paragraph(docx, "Teks biasa");
        assertTrue(run(p, "tebal").isBold());
        assertTrue(run(p, "miring").isItalic());
        assertNull(run(p, "Teks biasa").getCTR().getRPr());
        CTR underlined = run(p, "garis bawah").getCTR();
        assertEquals(1, underlined.getRPr().sizeOfUArray());
        assertEquals("superscript", run(p, "2").getCTR().getRPr().getVertAlignArray(0).getVal().toString());
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        return p.getRuns().stream().filter(r -> r.text().strip().equals(text.strip()) || r.text().startsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError("no run '" + text + "' in " + p.getText()));
    }

    private static String instructions(XWPFHeader header) {
        StringBuilder out = new StringBuilder();
        for (XWPFParagraph p : header.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                r.getCTR().getInstrTextList().forEach(t -> out.append(t.getStringValue()).append(' '));
            }
        }
        return out.toString();
    }
}
