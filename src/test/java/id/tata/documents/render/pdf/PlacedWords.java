package id.tata.documents.render.pdf;

import com.lowagie.text.pdf.parser.FinalText;
import com.lowagie.text.pdf.parser.ParsedText;
import com.lowagie.text.pdf.parser.ParsedTextImpl;
import com.lowagie.text.pdf.parser.TextAssembler;
import com.lowagie.text.pdf.parser.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the words OpenPDF's parser finds on a page, in content stream order, with the text-showing operation
 * each came from and its position (points, origin bottom left). OpenPDF's own assembler glues neighbouring table cells
 * together ("nomor 11.234.567,50").
 * <p>
 * Only the x of a word that starts a line is exact: OpenPDF 2.0.5's parser advances by glyph widths that differ from
 * the embedded CFF fonts' (and ignores the character spacing of justified lines), so positions drift along a line.
 */
final class PlacedWords implements TextAssembler {
    /** {@code operation} numbers the text-showing operations; words of one operation were split at spaces. */
    record PlacedWord(String text, float x, float endX, float baseline, int operation, boolean spaceBefore,
                      boolean spaceAfter) {
    }

    private final List<PlacedWord> words = new ArrayList<>();
    private int operation;

    List<PlacedWord> words() {
        return List.copyOf(words);
    }

    @Override
    public void process(ParsedText text, String contextName) {
        operation++;
        for (Word word : text.getAsPartialWords()) {
            add(word);
        }
    }

    @Override
    public void process(Word word, String contextName) {
        operation++;
        add(word);
    }

    @Override
    public void process(FinalText text, String contextName) {
        // marked content is not used by the renderer
    }

    @Override
    public void renderText(FinalText text) {
    }

    @Override
    public void renderText(ParsedTextImpl text) {
    }

    @Override
    public FinalText endParsingContext(String contextName) {
        return new FinalText("");
    }

    @Override
    public String getWordId() {
        return "w" + words.size();
    }

    @Override
    public void setPage(int page) {
    }

    @Override
    public void reset() {
        words.clear();
        operation = 0;
    }

    private void add(ParsedTextImpl word) {
        String text = word.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        // a space drawn at either end (justified lines put it at the start of a TJ piece) separates two words
        words.add(new PlacedWord(text.strip(), word.getStartPoint().get(0), word.getEndPoint().get(0),
                word.getBaseline().get(1), operation, Character.isWhitespace(text.charAt(0)),
                Character.isWhitespace(text.charAt(text.length() - 1))));
    }
}
