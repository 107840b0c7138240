package id.tata.documents.model;

import java.util.List;
import java.util.Objects;

/**
 * A run of pages with one orientation. Each section starts on a new page; page numbers continue across sections.
 * {@code name} is used for the XLSX sheet of its tables when they have no caption.
 */
public record Section(String name, Orientation orientation, PageNumbering numbering, List<Block> blocks) {
    public Section {
        name = name == null ? "" : name;
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(numbering, "numbering");
        blocks = List.copyOf(blocks);
    }

    public static Section portrait(String name, List<Block> blocks) {
        return new Section(name, Orientation.PORTRAIT, PageNumbering.DASHED_FROM_SECOND, blocks);
    }

    public static Section landscape(String name, List<Block> blocks) {
        return new Section(name, Orientation.LANDSCAPE, PageNumbering.DASHED_FROM_SECOND, blocks);
    }
}
