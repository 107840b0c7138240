package id.tata.documents.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What a test can read back from a rendered PDF with OpenPDF's reader: pages, words with positions, fonts, info. */
public final class PdfFacts {
    private static final double MM_PER_POINT = 25.4 / 72;
    /**
     * Two operations in a row without a move between them continue one word ("tebal" then ","; "m" then a superscript
     * "2"): the parser then starts the second exactly where it ended the first.
     */
    private static final float CONTINUED = 0.01f;
    private static final float SAME_LINE = 1f;

    private final PdfReader reader;

    private PdfFacts(PdfReader reader) {
        this.reader = reader;
    }

    public static PdfFacts read(byte[] pdf) {
        try {
            return new PdfFacts(new PdfReader(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pages() {
        return reader.getNumberOfPages();
    }

    public double widthMm(int page) {
        return reader.getPageSize(page).getWidth() * MM_PER_POINT;
    }

    public double heightMm(int page) {
        return reader.getPageSize(page).getHeight() * MM_PER_POINT;
    }

    Rectangle pageSize(int page) {
        return reader.getPageSizeWithRotation(page);
    }

    List<PlacedWords.PlacedWord> words(int page) {
        PlacedWords collector = new PlacedWords();
        try {
            new PdfTextExtractor(reader, collector).getTextFromPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.words();
    }

    /**
     * The page's words in stream order, one space between words and a line break between lines; a word the file
     * shows in pieces (a bold word and its comma, m and a superscript 2) comes out whole.
     */
    public String text(int page) {
        StringBuilder out = new StringBuilder();
        PlacedWords.PlacedWord previous = null;
        for (PlacedWords.PlacedWord word : words(page)) {
            if (previous != null) {
                boolean sameLine = Math.abs(word.baseline() - previous.baseline()) < SAME_LINE;
                boolean continued = sameLine && word.operation() != previous.operation() && !word.spaceBefore()
                        && !previous.spaceAfter()
                        && Math.abs(word.x() - previous.endX()) < CONTINUED;
                if (!continued) {
                    out.append(sameLine ? ' ' : '\n');
                }
            }
            out.append(word.text());
            previous = word;
        }
        return out.toString();
    }

    /**
     * The page's words with one space between words of a line and a line break between lines — without
     * {@link #text}'s joining of pieces, which the parser's drift on justified lines can confuse (golden files).
     */
    public String words(int page, boolean oneSpace) {
        StringBuilder out = new StringBuilder();
        PlacedWords.PlacedWord previous = null;
        for (PlacedWords.PlacedWord word : words(page)) {
            if (previous != null) {
                out.append(Math.abs(word.baseline() - previous.baseline()) < SAME_LINE ? " " : "\n");
            }
            out.append(word.text());
            previous = word;
        }
        return out.toString();
    }

    /** The content streams of all pages: what is drawn where, without the parts that differ per file (ids, dates). */
    String allContent() {
        StringBuilder out = new StringBuilder();
        try {
            for (int page = 1; page <= pages(); page++) {
                out.append(new String(reader.getPageContent(page), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public String allText() {
        StringBuilder out = new StringBuilder();
        for (int page = 1; page <= pages(); page++) {
            out.append(text(page)).append('\n');
        }
        return out.toString();
    }

    /** Every font dictionary the page's resources (and those of its form XObjects) name. */
    public List<PdfDictionary> fonts(int page) {
        List<PdfDictionary> fonts = new ArrayList<>();
        collectFonts(reader.getPageN(page).getAsDict(PdfName.RESOURCES), fonts, 0);
        return fonts;
    }

    private static void collectFonts(PdfDictionary resources, List<PdfDictionary> into, int depth) {
        if (resources == null || depth > 5) {
            return;
        }
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        if (fonts != null) {
            for (PdfName key : fonts.getKeys()) {
                into.add((PdfDictionary) PdfReader.getPdfObject(fonts.get(key)));
            }
        }
        PdfDictionary objects = resources.getAsDict(PdfName.XOBJECT);
        if (objects != null) {
            for (PdfName key : objects.getKeys()) {
                PdfObject object = PdfReader.getPdfObject(objects.get(key));
                if (object instanceof PdfDictionary form) {
                    collectFonts(form.getAsDict(PdfName.RESOURCES), into, depth + 1);
                }
            }
        }
    }

    /** The descriptor that carries the font file: the font's own, or its CID descendant's for a Type0 font. */
    public static PdfDictionary descriptor(PdfDictionary font) {
        if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
            PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
            PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
            return descendant.getAsDict(PdfName.FONTDESCRIPTOR);
        }
        return font.getAsDict(PdfName.FONTDESCRIPTOR);
    }

    public static boolean hasEmbeddedFile(PdfDictionary descriptor) {
        return descriptor != null && (descriptor.get(PdfName.FONTFILE) != null
                || descriptor.get(PdfName.FONTFILE2) != null || descriptor.get(PdfName.FONTFILE3) != null);
    }

    String info(String key) {
        return reader.getInfo().get(key);
    }

    String catalogString(PdfName key) {
        PdfObject value = PdfReader.getPdfObject(reader.getCatalog().get(key));
        return value instanceof PdfString s ? s.toUnicodeString() : null;
    }
}
