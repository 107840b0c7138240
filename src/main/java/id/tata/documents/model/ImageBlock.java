package id.tata.documents.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A picture (PNG or JPEG bytes) at a fixed size in millimetres. {@code description} is the alternative text (and
 * what the outline shows).
 */
public record ImageBlock(byte[] data, ImageFormat format, double widthMm, double heightMm, Align align,
                         String description) implements Block {
    public ImageBlock {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(align, "align");
        data = data.clone();
        if (data.length == 0) {
            throw new IllegalArgumentException("empty image");
        }
        if (widthMm <= 0 || heightMm <= 0) {
            throw new IllegalArgumentException("image size must be positive");
        }
        description = description == null ? "" : description;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public enum ImageFormat { PNG, JPEG }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageBlock other && Arrays.equals(data, other.data) && format == other.format
                && widthMm == other.widthMm && heightMm == other.heightMm && align == other.align
                && description.equals(other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(data), format, widthMm, heightMm, align, description);
    }

    @Override
    public String toString() {
        return "ImageBlock[" + format + " " + data.length + " bytes, " + widthMm + "x" + heightMm + " mm, "
                + description + "]";
    }
}
