package id.tata.documents.render.xlsx;

import id.tata.documents.model.CellValue;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableGrid;

/**
 * Column widths in characters from what the cells show. Computed from the text rather than with POI's
 * {@code autoSizeColumn}: that measures every cell through AWT font metrics, which is slow on long registers and
 * measures with whatever substitute font the machine has when Bookman Old Style or Arial is not installed.
 */
final class ColumnWidths {
    static final int MIN = 5;
    static final int MAX = 60;
    /** Room for the filter button and the cell's own padding. */
    private static final int PADDING = 2;
    /** Bold text runs about a tenth wider than regular text of the same font. */
    private static final double BOLD_FACTOR = 1.1;

    private ColumnWidths() {
    }

    /** Width of each column in characters, between {@link #MIN} and {@link #MAX}. */
    static int[] of(Table table) {
        int[] widths = new int[table.columns().size()];
        for (TableGrid.Placed placed : table.grid().placed()) {
            // a spanning cell may share its text among the columns it covers, so it does not widen any one of them
            if (placed.cell().colSpan() == 1) {
                int column = placed.column();
                boolean header = placed.row() < table.header().size();
                widths[column] = Math.max(widths[column], shown(placed, header));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.min(Math.max(widths[c] + PADDING, MIN), MAX);
        }
        return widths;
    }

    private static int shown(TableGrid.Placed placed, boolean header) {
        CellValue value = placed.cell().value();
        int length = value instanceof CellValue.Text t ? longestLine(t.text()) : placed.cell().displayText().length();
        // header rows are always set bold (see TableSheet)
        return header || placed.cell().bold() ? (int) Math.ceil(length * BOLD_FACTOR) : length;
    }

    /** Lines a text takes when wrapped at {@code room} characters (an estimate: words are not kept whole). */
    static int lineCount(String text, int room) {
        int width = Math.max(1, room);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.strip().length() + width - 1) / width);
        }
        return lines;
    }

    static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.strip().length());
        }
        return longest;
    }
}
