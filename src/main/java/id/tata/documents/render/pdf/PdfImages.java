package id.tata.documents.render.pdf;

import com.lowagie.text.Image;
import id.tata.documents.model.Align;
import id.tata.documents.model.ImageBlock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IR pictures at their size in millimetres. Decoding a PNG with transparency was a third of the time a decree took
 * (the same emblem on every kop), so decoded pictures are kept, by content, and each use gets its own copy to scale
 * and place.
 */
final class PdfImages {
    private static final int KEPT = 32;
    private static final Map<ByteBuffer, Image> DECODED = new ConcurrentHashMap<>();

    private PdfImages() {
    }

    static Image image(ImageBlock source) {
        Image image = Image.getInstance(decoded(source));
        image.scaleAbsolute(PdfUnits.pt(source.widthMm()), PdfUnits.pt(source.heightMm()));
        image.setAlt(source.description());
        return image;
    }

    /** The picture as a block of the flow, placed by its alignment; left-aligned pictures start at {@code indent}. */
    static Image block(ImageBlock source, float indent) {
        Image image = image(source);
        image.setAlignment(alignment(source.align()));
        // like a table, a picture would start at the previous line's baseline
        image.setSpacingBefore(3f);
        if (source.align() == Align.LEFT || source.align() == Align.JUSTIFY) {
            image.setIndentationLeft(indent);
        }
        return image;
    }

    private static Image decoded(ImageBlock source) {
        ByteBuffer key = ByteBuffer.wrap(source.data());
        Image kept = DECODED.get(key);
        if (kept != null) {
            return kept;
        }
        try {
            Image fresh = Image.getInstance(key.array());
            if (DECODED.size() >= KEPT) {
                // workspaces have a handful of emblems and logos; a crude bound is enough
                DECODED.clear();
            }
            DECODED.put(key, fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + source.format() + " image '" + source.description() + "'", e);
        }
    }

    private static int alignment(Align align) {
        if (align == Align.CENTER) {
            return Image.MIDDLE;
        }
        return align == Align.RIGHT ? Image.RIGHT : Image.LEFT;
    }
}
