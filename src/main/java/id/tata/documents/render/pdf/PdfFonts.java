package id.tata.documents.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import id.tata.documents.model.FontFamily;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled faces (docs/fonts.md), loaded from the classpath and embedded as subsets. Never a system or standard-14
 * font: a decree must look the same on every machine and a PDF/A check must find every font embedded.
 * <p>
 * A parsed {@link BaseFont} is read-only once created; which glyphs a file uses is tracked per writer, so one instance
 * per face is shared by all renderings and threads.
 */
final class PdfFonts {
    private static final String FOLDER = "/id/tata/fonts/";
    private static final Map<String, BaseFont> CACHE = new ConcurrentHashMap<>();

    private PdfFonts() {
    }

    /** The four faces every family has. */
    enum Face {
        REGULAR, BOLD, ITALIC, BOLD_ITALIC;

        static Face of(boolean bold, boolean italic) {
            if (bold) {
                return italic ? BOLD_ITALIC : BOLD;
            }
            return italic ? ITALIC : REGULAR;
        }
    }

    static BaseFont baseFont(FontFamily family, Face face) {
        return CACHE.computeIfAbsent(resourceName(family, face), PdfFonts::load);
    }

    /**
     * Single-line height as a multiple of the font size, as Word measures "single" spacing for the face the DOCX
     * names (Bookman Old Style is taller than Arial/Times), so PDF and DOCX break pages in about the same places.
     */
    static float lineHeightFactor(FontFamily family) {
        return family == FontFamily.BOOKMAN ? 1.17f : 1.15f;
    }

    static String resourceName(FontFamily family, Face face) {
        if (family == FontFamily.BOOKMAN) {
            return "texgyrebonum-" + face.name().toLowerCase(java.util.Locale.ROOT).replace("_", "") + ".otf";
        }
        String prefix = family == FontFamily.ARIAL ? "LiberationSans-" : "LiberationSerif-";
        return prefix + liberationStyle(face) + ".ttf";
    }

    private static String liberationStyle(Face face) {
        if (face == Face.BOLD) {
            return "Bold";
        }
        if (face == Face.ITALIC) {
            return "Italic";
        }
        return face == Face.BOLD_ITALIC ? "BoldItalic" : "Regular";
    }

    private static BaseFont load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + FOLDER + name);
            }
            // the name only tells OpenPDF the font type (by extension); the bytes are what gets embedded
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + name, e);
        }
    }
}
