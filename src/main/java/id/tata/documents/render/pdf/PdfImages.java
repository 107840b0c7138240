package id.tata.documents.render.pdf;

import com.lowagie.text.Image;
import id.tata.documents.model.Align;
import id.tata.documents.model.ImageBlock;

import java.io.IOException;
import java.io.UncheckedIOException;

/** IR pictures at their size in millimetres. */
final class PdfImages {
    private PdfImages() {
    }

    static Image image(ImageBlock source) {
        Image image;
        try {
            image = Image.getInstance(source.data());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + source.format() + " image '" + source.description() + "'", e);
        }
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

    private static int alignment(Align align) {
        if (align == Align.CENTER) {
            return Image.MIDDLE;
        }
        return align == Align.RIGHT ? Image.RIGHT : Image.LEFT;
    }
}
