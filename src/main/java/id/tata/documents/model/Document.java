package id.tata.documents.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole document: metadata, the base page and font, and its sections in order. Every section starts on a new page;
 * a section may turn the page (a landscape annex after a portrait decree).
 */
public record Document(DocumentMeta meta, PageSetup page, TextStyle text, List<Section> sections) {
    public Document {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(text, "text");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one section");
        }
    }

    /** All tables of the document in reading order (the XLSX renderer makes one sheet of each). */
    public List<Table> tables() {
        return sections.stream().flatMap(s -> Blocks.tablesIn(s.blocks()).stream()).toList();
    }
}
