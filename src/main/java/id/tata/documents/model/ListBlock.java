package id.tata.documents.model;

import java.util.List;
import java.util.Objects;

/**
 * A numbered or lettered list with a hanging indent: the label sits in {@code labelWidthMm}, wrapped lines align
 * with the text. {@code start} allows a list that continues an earlier one.
 */
public record ListBlock(ListStyle style, int start, double labelWidthMm, List<ListItem> items) implements Block {
    public ListBlock {
        Objects.requireNonNull(style, "style");
        items = List.copyOf(items);
        if (start < 1) {
            throw new IllegalArgumentException("lists start at 1 or later");
        }
        if (labelWidthMm <= 0) {
            throw new IllegalArgumentException("label width must be positive");
        }
    }

    public static ListBlock of(ListStyle style, List<ListItem> items) {
        return new ListBlock(style, 1, defaultLabelWidth(style), items);
    }

    /** A list whose items are single paragraphs of plain text. */
    public static ListBlock ofTexts(ListStyle style, List<String> texts) {
        return of(style, texts.stream().map(ListItem::of).toList());
    }

    /** Label of the i-th item (0-based index into items). */
    public String label(int index) {
        return style.label(start + index);
    }

    private static double defaultLabelWidth(ListStyle style) {
        return switch (style) {
            case ORDINAL_WORDS -> 35;
            case DASH -> 5;
            default -> 7;
        };
    }
}
