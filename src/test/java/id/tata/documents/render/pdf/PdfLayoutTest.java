package id.tata.documents.render.pdf;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import id.tata.documents.SampleDocuments;
import id.tata.documents.TextAssert;
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
import id.tata.documents.model.PageBreak;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.PlainText;
import id.tata.documents.model.Rule;
import id.tata.documents.model.Section;
import id.tata.documents.model.SignatureBlock;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.model.TextStyle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static id.tata.documents.render.pdf.PdfRendererTest.fontNames;
import static id.tata.documents.render.pdf.PdfRendererTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layout rules checked on small purpose-built documents. */
class PdfLayoutTest {
    private static final Pattern SUBSET_NAME = Pattern.compile("[A-Z]{6}\\+.+");

    @Test
    void aParagraphWithItsOwnSizeIsSetInThatSize() {
        PdfFacts facts = PdfFacts.read(render(new Document(DocumentMeta.titled("Kop"), PageSetup.A4, TextStyle.DECREE,
                List.of(Section.portrait("x", List.of(Paragraph.heading(1, "WALI KOTA CONTOH").sized(16),
                        Paragraph.of("isi")))))));
        String content = facts.allContent();
        assertTrue(content.contains(" 16 Tf"), "the kop line at 16 pt");
        assertTrue(content.contains(" 12 Tf"), "the body at the document's 12 pt");
    }

    @Test
    void arialDocumentsEmbedLiberationSansAndTimesDocumentsLiberationSerif() {
        assertAllFonts(PdfFacts.read(render(document(TextStyle.LETTER, paragraphs(3)))), "+LiberationSans");
        TextStyle times = new TextStyle(id.tata.documents.model.FontFamily.TIMES, 12, 1.0);
        assertAllFonts(PdfFacts.read(render(document(times, paragraphs(3)))), "+LiberationSerif");
    }

    @Test
    void footerNumberingPrintsTheNumberAtTheBottomOfEveryPage() {
        Section section = new Section("Laporan", Orientation.PORTRAIT, PageNumbering.FOOTER_EVERY_PAGE,
                List.of(Paragraph.of("Halaman pertama."), PageBreak.INSTANCE, Paragraph.of("Halaman kedua.")));
        PdfFacts facts = PdfFacts.read(render(new Document(DocumentMeta.titled("Laporan"), PageSetup.A4,
                TextStyle.REPORT, List.of(section))));
        assertEquals(2, facts.pages());
        for (int page = 1; page <= 2; page++) {
            String number = String.valueOf(page);
            PlacedWords.PlacedWord word = facts.words(page).stream().filter(w -> w.text().equals(number))
                    .findFirst().orElseThrow(() -> new AssertionError("no number on page " + number));
            assertTrue(word.baseline() < PdfUnits.pt(25) && word.baseline() > 0, "in the bottom margin: " + word);
        }
    }

    @Test
    void noNumbersWhenTheSectionWantsNone() {
        List<Block> blocks = new ArrayList<>(paragraphs(2));
        blocks.add(PageBreak.INSTANCE);
        blocks.addAll(paragraphs(2));
        Section section = new Section("", Orientation.PORTRAIT, PageNumbering.NONE, blocks);
        PdfFacts facts = PdfFacts.read(render(new Document(DocumentMeta.titled("Tanpa nomor"), PageSetup.F4,
                TextStyle.DECREE, List.of(section))));
        assertEquals(2, facts.pages());
        assertEquals("Baris pengisi nomor 1.\nBaris pengisi nomor 2.", facts.text(2), "nothing but the text");
    }

    @Test
    void unusualBlocksStillUseOnlyTheBundledEmbeddedFaces() {
        PdfFacts facts = PdfFacts.read(render(agencyLetter()));
        assertEquals(2, facts.pages(), "an empty section still has its page");
        assertAllFonts(facts, "LiberationSans-Bold");
    }

    @Test
    void aLayoutTableReadsLikeTextFlushWithTheMargin() {
        List<PlacedWords.PlacedWord> words = PdfFacts.read(render(agencyLetter())).words(1);
        assertEquals(PdfUnits.pt(30), PdfRendererTest.first(words, "Nomor", 1).x(), 0.5f, "no cell padding before the first column");
        assertEquals(PdfUnits.pt(30), word(words, "Dengan").x(), 0.5f);
        float lineStep = PdfRendererTest.first(words, "Nomor", 1).baseline() - word(words, "Sifat").baseline();
        assertEquals(12 * 1.15f * 1.15f, lineStep, 0.5f, "rows at the letter's line spacing (Arial line, 1.15)");
        assertTrue(word(words, "Hal").baseline() > word(words, "Dengan").baseline()
                && word(words, "Dengan").baseline() > word(words, "KEPALA").baseline(), "kop, table, text, signature");
    }

    /**
     * An agency letter: kop with the logo left and a closing rule, a blank paragraph, a borderless table with empty
     * cells, an underlined signatory with NIP, footer numbers; then an empty section.
     */
    static Document agencyLetter() {
        Letterhead kop = new Letterhead(SampleDocuments.emblem(), Letterhead.Layout.LOGO_LEFT,
                List.of(Paragraph.heading(1, "PEMERINTAH KOTA CONTOH"),
                        Paragraph.heading(1, "DINAS KOMUNIKASI DAN INFORMATIKA"),
                        Paragraph.centered("Jalan Merdeka Nomor 1, Kota Contoh 12345, Telepon (021) 555 0101"),
                        Paragraph.centered("Pos-el diskominfo@contoh.go.id, Laman diskominfo.contoh.go.id")),
                new Rule(3, true));
        Table layout = new Table("", List.of(Column.of(1), Column.of(0.3), Column.of(4)), List.of(),
                List.of(TableRow.ofTexts("Nomor", ":", "000.4.3/17/Diskominfo"), TableRow.ofTexts("Sifat", ":", "Biasa"),
                        TableRow.ofTexts("Lampiran", ":", ""), TableRow.ofTexts("Hal", ":", "Undangan Rapat SPBE")),
                false, false);
        SignatureBlock signature = new SignatureBlock(List.of(), List.of("KEPALA DINAS,"), 20, "NAMA PEJABAT",
                true, true, List.of("Pembina Tingkat I", "NIP 19700101 199001 1 001"), 0.55);
        Section first = new Section("Surat", Orientation.PORTRAIT, PageNumbering.FOOTER_EVERY_PAGE, List.of(kop,
                layout, Paragraph.of(""), Paragraph.of("Dengan hormat, bersama ini kami mengundang Saudara untuk "
                        + "menghadiri rapat koordinasi Sistem Pemerintahan Berbasis Elektronik yang akan "
                        + "dilaksanakan pada hari Senin."), signature));
        Section empty = new Section("Kosong", Orientation.PORTRAIT, PageNumbering.FOOTER_EVERY_PAGE, List.of());
        return new Document(DocumentMeta.titled("Surat Undangan"), PageSetup.F4, TextStyle.LETTER,
                List.of(first, empty));
    }

    @Test
    void theSignatureBlockNeverSplitsAcrossPages() {
        SignatureBlock signature = new SignatureBlock(List.of("Ditetapkan di Kota Contoh", "pada tanggal 1 Mei 2026"),
                List.of("WALI KOTA CONTOH,"), 25, "BUDI SANTOSO", true, false, List.of(), 0.5);
        // one of these fillers ends the text just where the block would otherwise be cut
        for (int lines = 40; lines <= 58; lines += 2) {
            List<Block> blocks = new ArrayList<>(paragraphs(lines));
            blocks.add(signature);
            PdfFacts facts = PdfFacts.read(render(document(TextStyle.DECREE, blocks)));
            int place = PdfRendererTest.firstPageWith(facts, "Ditetapkan di Kota Contoh");
            int name = PdfRendererTest.firstPageWith(facts, "BUDI SANTOSO");
            assertEquals(place, name, "after " + lines + " lines the block is split");
        }
    }

    @Test
    void aTitleIsNotLeftAloneAtTheBottomOfAPage() {
        for (int lines = 50; lines <= 58; lines++) {
            List<Block> blocks = new ArrayList<>(paragraphs(lines));
            blocks.add(Paragraph.heading(2, "BAB PENUTUP"));
            blocks.add(Paragraph.of("Kalimat pertama setelah judul itu cukup panjang untuk dua baris penuh pada "
                    + "halaman F4 dengan huruf Bookman dua belas poin, sehingga terlihat jelas."));
            PdfFacts facts = PdfFacts.read(render(document(TextStyle.DECREE, blocks)));
            int title = PdfRendererTest.firstPageWith(facts, "BAB PENUTUP");
            int text = PdfRendererTest.firstPageWith(facts, "Kalimat pertama");
            assertEquals(title, text, "after " + lines + " lines the title stays behind");
        }
    }

    @Test
    void aLongLabelledListRunsOnOverPagesWithEveryWord() {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            items.add("Peraturan nomor " + i + " tentang sesuatu yang cukup panjang sehingga butir ini memerlukan "
                    + "lebih dari satu baris pada halaman;");
        }
        Document document = document(TextStyle.DECREE, List.of(LabeledBlock.of("Mengingat", 30,
                ListBlock.ofTexts(ListStyle.DECIMAL_DOT, items))));
        PdfFacts facts = PdfFacts.read(render(document));
        assertTrue(facts.pages() >= 3, "pages: " + facts.pages());
        TextAssert.assertContainsInOrder(PlainText.words(document), facts.allText());
        // the continuation pages keep the list's column
        PlacedWords.PlacedWord top = facts.words(2).get(0);
        assertTrue(top.x() >= PdfUnits.pt(30 + 30 + 4) - 0.5f, "page 2 continues in the list's columns: " + top);
    }

    /**
     * OpenPDF writes a page's paragraphs before its tables in the content stream (viewers order by position), so
     * the order is checked by position here.
     */
    @Test
    void aTableInsideAListSitsBetweenItsItemsAndStartsAtTheItemsText() {
        Table table = Table.of("", List.of(Column.of(1), Column.of(1)), List.of(TableRow.of(TableCell.header("A"),
                TableCell.header("B"))), List.of(TableRow.ofTexts("satu", "dua")));
        Document document = document(TextStyle.DECREE, List.of(ListBlock.of(ListStyle.DECIMAL_DOT, List.of(
                ListItem.of(Paragraph.of("Butir dengan tabel:"), table), ListItem.of("Butir berikutnya.")))));
        List<PlacedWords.PlacedWord> words = PdfFacts.read(render(document)).words(1);
        float item = word(words, "1.").baseline();
        float cell = word(words, "satu").baseline();
        float next = word(words, "2.").baseline();
        assertTrue(item > word(words, "A").baseline() && cell > next, item + " > A > " + cell + " > " + next);
        assertEquals(PdfUnits.pt(30 + 7), word(words, "satu").x() - 3, 0.5f, "left cell at the item's text");
        // the left half of a table from 37 mm to the right margin centres "A" at 37 + (215 - 37 - 20) / 4 mm
        float width = PdfFonts.baseFont(id.tata.documents.model.FontFamily.BOOKMAN, PdfFonts.Face.BOLD)
                .getWidthPoint("A", 12);
        assertEquals(PdfUnits.pt(30 + 7 + (215 - 30 - 7 - 20) / 4.0), word(words, "A").x() + width / 2, 0.5f);
    }

    @Test
    void aTableWithoutRepeatedHeaderShowsItOnlyOnce() {
        List<TableRow> body = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            body.add(TableRow.ofTexts("baris " + i, "isi"));
        }
        Table table = new Table("", List.of(Column.of(1), Column.of(1)), List.of(TableRow.ofTexts("KEPALA", "KOLOM")),
                body, false, true);
        PdfFacts facts = PdfFacts.read(render(document(TextStyle.DECREE, List.of(table))));
        assertTrue(facts.pages() >= 2);
        assertTrue(facts.text(1).contains("KEPALA KOLOM"));
        assertFalse(facts.text(2).contains("KEPALA"), facts.text(2));
    }

    @Test
    void aTableWithAHeaderAndNoRowsStillShowsItsHeader() {
        Table empty = Table.of("Register", List.of(Column.of(1), Column.of(2)),
                List.of(TableRow.of(TableCell.header("Nomor"), TableCell.header("Perihal"))), List.of());
        PdfFacts facts = PdfFacts.read(render(document(TextStyle.DECREE, List.of(Paragraph.of("Belum ada surat."),
                empty))));
        assertTrue(facts.text(1).contains("Nomor Perihal"), facts.text(1));
    }

    @Test
    void superscriptIsSetSmallerAndRaised() throws IOException {
        byte[] pdf = render(SampleDocuments.everything());
        String content = new String(new PdfReader(pdf).getPageContent(1), StandardCharsets.ISO_8859_1);
        // 12 pt text: the superscript "2" of m² at 65 % (7.8 pt), raised 35 % (4.2 pt), then back to the baseline
        assertTrue(content.contains("7.8 Tf\n4.2 Ts"), "raised small run in the content stream");
        assertTrue(content.contains("0 Ts"), "text after it returns to the baseline");
    }

    @Test
    void renderingsInParallelDrawTheSamePages() throws Exception {
        String expected = PdfFacts.read(render(SampleDocuments.everything())).allContent();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> PdfFacts.read(render(SampleDocuments.everything())).allContent()));
            }
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new PdfRenderer().render(document(TextStyle.DECREE, paragraphs(1)), out);
        assertFalse(closed[0]);
        assertTrue(new String(out.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    private static void assertAllFonts(PdfFacts facts, String expectedFace) {
        List<String> names = fontNames(facts);
        assertTrue(names.stream().anyMatch(n -> n.contains(expectedFace)), expectedFace + " in " + names);
        for (int page = 1; page <= facts.pages(); page++) {
            for (PdfDictionary font : facts.fonts(page)) {
                String name = font.getAsName(PdfName.BASEFONT).toString().substring(1);
                assertTrue(SUBSET_NAME.matcher(name).matches(), "subset: " + name);
                assertTrue(PdfFacts.hasEmbeddedFile(PdfFacts.descriptor(font)), "embedded: " + name);
                assertFalse(name.matches(".*(Helvetica|Times-|Courier|Symbol|ZapfDingbats).*"), name);
            }
        }
    }

    private static PlacedWords.PlacedWord word(List<PlacedWords.PlacedWord> words, String text) {
        return PdfRendererTest.first(words, text, 0);
    }

    private static List<Block> paragraphs(int count) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            blocks.add(Paragraph.of("Baris pengisi nomor " + i + "."));
        }
        return blocks;
    }

    private static Document document(TextStyle style, List<Block> blocks) {
        return new Document(DocumentMeta.titled("Uji"), PageSetup.F4, style, List.of(Section.portrait("", blocks)));
    }
}
