package id.tata.documents.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Labels that stand in front of a paragraph's first line, each in its own column: "Menimbang", ":", "a." before
 * "bahwa …". Word cannot print text before a numbering label, so when a labelled block or list starts with a list,
 * the first item's label becomes text in a tab column; the paragraph gets one tab stop per column and a hanging
 * indent back to {@link #startTwips()}. Only the first column may be Word's own list number ({@link #numId()}).
 */
record Lead(int startTwips, BigInteger numId, List<Column> columns) {
    /** One label column; {@code text} is null for the column Word fills with the list number. */
    record Column(String text, int widthTwips) {
    }

    Lead {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a lead has at least one column");
        }
        for (int i = 0; i < columns.size(); i++) {
            boolean numberColumn = columns.get(i).text() == null;
            if (numberColumn != (i == 0 && numId != null)) {
                throw new IllegalArgumentException("only the first column of a numbered lead is the list number");
            }
        }
    }

    /** A label written as text (ORDINAL_WORDS, a labelled block's label). */
    static Lead text(int startTwips, String label, int widthTwips) {
        return new Lead(startTwips, null, List.of(new Column(Objects.requireNonNull(label), widthTwips)));
    }

    /** Word's list number in a column of the given width. */
    static Lead numbered(int startTwips, BigInteger numId, int widthTwips) {
        return new Lead(startTwips, Objects.requireNonNull(numId), List.of(new Column(null, widthTwips)));
    }

    /** This lead followed by one more text column. */
    Lead then(String label, int widthTwips) {
        List<Column> more = new ArrayList<>(columns);
        more.add(new Column(Objects.requireNonNull(label), widthTwips));
        return new Lead(startTwips, numId, more);
    }

    /** Where the text after the last label begins. */
    int endTwips() {
        return startTwips + columns.stream().mapToInt(Column::widthTwips).sum();
    }

    /** True for a plain numbered list item: the numbering definition already holds its indent and tab. */
    boolean isNumberOnly() {
        return numId != null && columns.size() == 1;
    }

    /** Positions of the column ends, left to right (the tab stops). */
    List<Integer> columnEnds() {
        List<Integer> ends = new ArrayList<>();
        int at = startTwips;
        for (Column column : columns) {
            at += column.widthTwips();
            ends.add(at);
        }
        return ends;
    }
}
