package id.tata.documents.model;

import java.util.List;

/** One list item: usually one paragraph, possibly followed by a nested list or more paragraphs. */
public record ListItem(List<Block> content) {
    public ListItem {
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a list item has content");
        }
    }

    public static ListItem of(String text) {
        return new ListItem(List.of(Paragraph.of(text)));
    }

    public static ListItem of(Block... blocks) {
        return new ListItem(List.of(blocks));
    }
}
