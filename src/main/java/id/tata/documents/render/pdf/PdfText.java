package id.tata.documents.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import id.tata.documents.model.Run;
import id.tata.documents.model.RunStyle;
import id.tata.documents.model.TextStyle;

import java.awt.Color;

/**
 * The document's base font turned into OpenPDF fonts and chunks. Every chunk gets an explicit bundled font: a chunk
 * left with OpenPDF's default font would pull Helvetica into the file.
 */
final class PdfText {
    /** Superscripts as Word sets them: about two thirds of the size, raised a third. */
    private static final float SUPERSCRIPT_SCALE = 0.65f;
    private static final float SUPERSCRIPT_RISE = 0.35f;

    private final TextStyle style;

    PdfText(TextStyle style) {
        this.style = style;
    }

    float size() {
        return (float) style.sizePt();
    }

    /** Distance between baselines for text of the base size. */
    float leading() {
        return leading(size());
    }

    float leading(float size) {
        return (float) (size * PdfFonts.lineHeightFactor(style.family()) * style.lineSpacing());
    }

    BaseFont baseFont(boolean bold, boolean italic) {
        return PdfFonts.baseFont(style.family(), PdfFonts.Face.of(bold, italic));
    }

    /**
     * A font of the bundled face. Bold and italic pick the real face, so the style bits stay NORMAL: with a BaseFont
     * OpenPDF would otherwise fake bold by stroking and italic by skewing on top of it. Underline is set on the chunk
     * (see {@link #underlined}): OpenPDF 2.0.5 draws a Font.UNDERLINE line a second time, under the next line.
     */
    Font font(boolean bold, boolean italic, float size, Color color) {
        return new Font(baseFont(bold, italic), size, Font.NORMAL, color);
    }

    Font regular() {
        return font(false, false, size(), null);
    }

    /** A chunk underlined at the face's own underline position and thickness. */
    static Chunk underlined(String text, Font font) {
        BaseFont face = font.getBaseFont();
        float thickness = face.getFontDescriptor(BaseFont.UNDERLINE_THICKNESS, font.getSize());
        float position = face.getFontDescriptor(BaseFont.UNDERLINE_POSITION, font.getSize());
        return new Chunk(text, font).setUnderline(Math.max(thickness, 0.4f), position);
    }

    /** Text width in points of {@code text} in the regular face at the base size. */
    float width(String text) {
        return baseFont(false, false).getWidthPoint(text, size());
    }

    Chunk chunk(Run run, boolean forceBold) {
        return chunk(run, forceBold, size());
    }

    /** A run at {@code base} points (a paragraph with its own size, like the kop's lines). */
    Chunk chunk(Run run, boolean forceBold, float base) {
        boolean superscript = run.has(RunStyle.SUPERSCRIPT);
        float size = superscript ? base * SUPERSCRIPT_SCALE : base;
        Font font = font(forceBold || run.has(RunStyle.BOLD), run.has(RunStyle.ITALIC), size, null);
        Chunk chunk = run.has(RunStyle.UNDERLINE) ? underlined(run.text(), font) : new Chunk(run.text(), font);
        if (superscript) {
            chunk.setTextRise(base * SUPERSCRIPT_RISE);
        }
        return chunk;
    }

    /** A phrase of plain text in one font, with this document's leading. */
    Phrase phrase(String text, Font font) {
        return phrase(text, font, false);
    }

    Phrase phrase(String text, Font font, boolean underline) {
        Phrase phrase = new Phrase(leading(font.getSize()), "", font);
        if (!text.isEmpty()) {
            phrase.add(underline ? underlined(text, font) : new Chunk(text, font));
        }
        return phrase;
    }
}
