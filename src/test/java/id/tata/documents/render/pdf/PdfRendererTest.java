package id.tata.documents.render.pdf;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import id.tata.documents.SampleDocuments;
import id.tata.documents.TextAssert;
import id.tata.documents.model.Document;
import id.tata.documents.model.FontFamily;
import id.tata.documents.model.PlainText;
import id.tata.documents.render.DocumentFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The sample document with every block kind, rendered once and read back with OpenPDF's reader. */
class PdfRendererTest {
    private static final Pattern SUBSET_NAME = Pattern.compile("[A-Z]{6}\\+.+");
    private static final double TOLERANCE_MM = 0.5;

    private static PdfFacts sample;

    @BeforeAll
    static void renderSample() {
        sample = PdfFacts.read(render(SampleDocuments.everything()));
    }

    static byte[] render(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRenderer().render(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void isThePdfRenderer() {
        assertEquals(DocumentFormat.PDF, new PdfRenderer().format());
    }

    @Test
    void containsEveryWordOfTheDocumentInReadingOrder() {
        TextAssert.assertContainsInOrder(PlainText.words(SampleDocuments.everything(), true), sample.allText());
    }

    @Test
    void everyFontOnEveryPageIsEmbeddedAsASubset() {
        for (int page = 1; page <= sample.pages(); page++) {
            List<PdfDictionary> fonts = sample.fonts(page);
            assertFalse(fonts.isEmpty(), "page " + page + " shows text, so it has fonts");
            for (PdfDictionary font : fonts) {
                String name = font.getAsName(PdfName.BASEFONT).toString().substring(1);
                assertTrue(SUBSET_NAME.matcher(name).matches(), "page " + page + ": not a subset: " + name);
                assertTrue(PdfFacts.hasEmbeddedFile(PdfFacts.descriptor(font)), "page " + page + ": not embedded: "
                        + name);
            }
        }
    }

    @Test
    void noFontIsAStandardFontAndAllAreTheBundledBookmanStandIn() {
        for (String name : fontNames(sample)) {
            assertFalse(name.matches(".*(Helvetica|Times-|Courier|Symbol|ZapfDingbats).*"), name);
            assertTrue(name.contains("TeXGyreBonum"), "decree font is TeX Gyre Bonum, got " + name);
        }
    }

    @Test
    void boldAndItalicRunsUseTheirOwnFaces() {
        Set<String> faces = new TreeSet<>();
        for (String name : fontNames(sample)) {
            faces.add(name.substring(7).replace("-Identity-H", ""));
        }
        assertEquals(Set.of("TeXGyreBonum-Regular", "TeXGyreBonum-Bold", "TeXGyreBonum-Italic"), faces);
    }

    @Test
    void firstPageIsF4Portrait() {
        assertEquals(215, sample.widthMm(1), TOLERANCE_MM);
        assertEquals(330, sample.heightMm(1), TOLERANCE_MM);
        assertEquals(0, sample.pageSize(1).getRotation(), "portrait without /Rotate");
    }

    @Test
    void landscapeSectionStartsANewLandscapePageAndThePagesBeforeArePortrait() {
        int annex = firstPageWith(sample, "LAMPIRAN TABEL LEBAR");
        assertEquals(sample.pages(), annex, "the annex is the last section and fits on one page");
        assertEquals(330, sample.widthMm(annex), TOLERANCE_MM);
        assertEquals(215, sample.heightMm(annex), TOLERANCE_MM);
        for (int page = 1; page < annex; page++) {
            assertTrue(sample.heightMm(page) > sample.widthMm(page), "page " + page + " is portrait");
        }
        assertTrue(sample.text(annex).startsWith("LAMPIRAN TABEL LEBAR\n"),
                "the annex page starts with its own title, not with the end of the table: " + sample.text(annex));
    }

    @Test
    void pageNumbersAreDashedFromTheSecondPageOnAndContinueAcrossSections() {
        assertFalse(sample.text(1).contains("- 1 -"), sample.text(1));
        assertFalse(sample.text(1).matches("(?s).*-\\s*1\\s*-.*"), "no number at all on page 1");
        for (int page = 2; page <= sample.pages(); page++) {
            assertTrue(sample.text(page).contains("- " + page + " -"), "page " + page + ": " + sample.text(page));
        }
    }

    @Test
    void pageNumberSitsCentredInTheTopMargin() {
        List<PlacedWords.PlacedWord> words = sample.words(2);
        float pageHeight = sample.pageSize(2).getHeight();
        PlacedWords.PlacedWord number = words.stream()
                .filter(w -> w.text().equals("-") && w.baseline() > pageHeight - PdfUnits.pt(20))
                .findFirst().orElseGet(() -> fail("no page number in the top margin of page 2"));
        assertTrue(number.baseline() < pageHeight - PdfUnits.pt(5), "not cut at the paper edge: " + number);
        float width = PdfFonts.baseFont(FontFamily.BOOKMAN, PdfFonts.Face.REGULAR).getWidthPoint("- 2 -", 12);
        float textCentre = PdfUnits.pt(30 + (215 - 30 - 20) / 2.0);
        assertEquals(textCentre, number.x() + width / 2, 0.5f, "centred over the text");
    }

    @Test
    void theTableHeaderIsRepeatedOnEveryPageTheTableSpans() {
        List<Integer> tablePages = new ArrayList<>();
        for (int page = 1; page <= sample.pages(); page++) {
            if (sample.text(page).contains("Perangkat Daerah nomor")) {
                tablePages.add(page);
            }
        }
        assertTrue(tablePages.size() >= 2, "the 60-row table crosses a page: " + tablePages);
        for (int page : tablePages) {
            String text = sample.text(page).replaceAll("\\s+", " ");
            int header = text.indexOf("No Nama Anggaran Rupiah Tanggal");
            assertTrue(header >= 0, "page " + page + " repeats the header: " + text);
            assertTrue(header < text.indexOf("Perangkat Daerah nomor"), "header above the rows on page " + page);
        }
    }

    @Test
    void metadataNamesTitleCreatorAndLanguage() {
        assertEquals("Dokumen Uji Tata", sample.info("Title"));
        assertEquals("Tata", sample.info("Creator"));
        assertEquals("id-ID", sample.catalogString(PdfName.LANG));
    }

    // only where a line starts is the parser's x exact (see PlacedWords)
    @Test
    void wrappedLinesOfAListItemAlignWithItsTextNotWithItsLabel() {
        List<PlacedWords.PlacedWord> words = sample.words(1);
        PlacedWords.PlacedWord menimbang = first(words, "Menimbang", 0);
        assertEquals(PdfUnits.pt(30), menimbang.x(), 0.5f, "label at the left margin");
        assertTrue(sample.text(1).contains("\nMenimbang : a. bahwa untuk"), "label, separator, item label and text "
                + "on one line: " + sample.text(1));
        float textColumn = PdfUnits.pt(30 + 30 + 4 + 7);
        // "Sistem" and "dalam" begin the wrapped second lines of items a and b
        assertEquals(textColumn, first(words, "Sistem", 0).x(), 0.5f, "wrapped line aligned with the text");
        assertEquals(textColumn, first(words, "dalam", 0).x(), 0.5f, "wrapped line aligned with the text");
        assertTrue(first(words, "Sistem", 0).baseline() < menimbang.baseline());
        assertEquals(PdfUnits.pt(30 + 30 + 4), first(words, "b.", 0).x(), 0.5f, "next item label under the first");
    }

    @Test
    void nestedListsIndentFurtherInsideTheLabelledBody() {
        List<PlacedWords.PlacedWord> words = sample.words(1);
        float body = PdfUnits.pt(30 + 30 + 4);
        assertTrue(sample.text(1).contains("\nKESATU : Membentuk tim"), sample.text(1));
        assertEquals(body, first(words, "a.", 1).x(), 0.5f, "the list in KESATU starts at the body column");
        assertEquals(body + PdfUnits.pt(7), first(words, "1)", 0).x(), 0.5f, "nested list one label width in");
        assertEquals(body + PdfUnits.pt(7), first(words, "2)", 0).x(), 0.5f);
        assertEquals(body, first(words, "b.", 1).x(), 0.5f, "back to the outer list after the nested one");
    }

    @Test
    void signatureBlockStartsAtItsFractionOfTheTextWidth() {
        List<PlacedWords.PlacedWord> words = sample.words(1);
        float textWidth = PdfUnits.pt(215 - 30 - 20);
        float expected = PdfUnits.pt(30) + textWidth * 0.5f;
        assertEquals(expected, first(words, "Ditetapkan", 0).x(), 0.5f);
        assertEquals(expected, first(words, "BUDI", 0).x(), 0.5f);
        float room = first(words, "CONTOH,", 0).baseline() - first(words, "BUDI", 0).baseline();
        assertTrue(room > PdfUnits.pt(25), "25 mm to sign between office and name, got " + room + " pt");
        assertTrue(room < PdfUnits.pt(25) + 2 * 14.1f, "not much more than 25 mm, got " + room + " pt");
    }

    static List<String> fontNames(PdfFacts facts) {
        List<String> names = new ArrayList<>();
        for (int page = 1; page <= facts.pages(); page++) {
            for (PdfDictionary font : facts.fonts(page)) {
                names.add(font.getAsName(PdfName.BASEFONT).toString().substring(1));
            }
        }
        return names;
    }

    static int firstPageWith(PdfFacts facts, String text) {
        for (int page = 1; page <= facts.pages(); page++) {
            if (facts.text(page).contains(text)) {
                return page;
            }
        }
        return fail("no page shows '" + text + "'");
    }

    /** The {@code nth} (0-based) word with that text. */
    static PlacedWords.PlacedWord first(List<PlacedWords.PlacedWord> words, String text, int nth) {
        return words.stream().filter(w -> w.text().equals(text)).skip(nth).findFirst()
                .orElseGet(() -> fail("no " + (nth + 1) + ". '" + text + "' in " + words.stream()
                        .map(PlacedWords.PlacedWord::text).toList()));
    }
}
