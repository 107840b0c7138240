package id.tata.documents.model;

import java.util.List;
import java.util.Objects;

/**
 * A label column, a separator and a body: "Menimbang : a. bahwa …", "KESATU : Membentuk …", "NOMOR : …". The body
 * starts on the label's line and wraps within its own column (a hanging indent, never spaces).
 */
public record LabeledBlock(String label, double labelWidthMm, String separator, List<Block> body) implements Block {
    public LabeledBlock {
        Objects.requireNonNull(label, "label");
        separator = separator == null ? "" : separator;
        body = List.copyOf(body);
        if (labelWidthMm <= 0) {
            throw new IllegalArgumentException("label width must be positive");
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("a labelled block has a body");
        }
    }

    public static LabeledBlock of(String label, double labelWidthMm, Block... body) {
        return new LabeledBlock(label, labelWidthMm, ":", List.of(body));
    }
}
