package id.tata.documents.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells placed on the row × column grid, resolving HTML-style spans. {@link #origin(int, int)} tells which cell
 * covers a grid position; {@link #placed()} lists every real cell with its row and column.
 */
public final class TableGrid {
    public record Placed(int row, int column, TableCell cell) {
    }

    private final Placed[][] covering;
    private final List<Placed> placed;

    private TableGrid(Placed[][] covering, List<Placed> placed) {
        this.covering = covering;
        this.placed = List.copyOf(placed);
    }

    static TableGrid of(int columnCount, List<TableRow> rows) {
        Placed[][] covering = new Placed[rows.size()][columnCount];
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (TableCell cell : rows.get(r).cells()) {
                while (c < columnCount && covering[r][c] != null) {
                    c++;
                }
                if (c + cell.colSpan() > columnCount || r + cell.rowSpan() > rows.size()) {
                    throw new IllegalArgumentException("row " + (r + 1) + ": cell '" + cell.displayText()
                            + "' does not fit the " + columnCount + " columns / " + rows.size() + " rows");
                }
                Placed here = new Placed(r, c, cell);
                placed.add(here);
                cover(covering, here);
                c += cell.colSpan();
            }
            for (int col = 0; col < columnCount; col++) {
                if (covering[r][col] == null) {
                    throw new IllegalArgumentException("row " + (r + 1) + " leaves column " + (col + 1) + " empty");
                }
            }
        }
        return new TableGrid(covering, placed);
    }

    private static void cover(Placed[][] covering, Placed cell) {
        for (int r = cell.row(); r < cell.row() + cell.cell().rowSpan(); r++) {
            for (int c = cell.column(); c < cell.column() + cell.cell().colSpan(); c++) {
                if (covering[r][c] != null) {
                    throw new IllegalArgumentException("cells overlap at row " + (r + 1) + ", column " + (c + 1));
                }
                covering[r][c] = cell;
            }
        }
    }

    public int rowCount() {
        return covering.length;
    }

    /** The cell that covers (row, column). */
    public Placed origin(int row, int column) {
        return covering[row][column];
    }

    /** True where (row, column) is the top-left corner of its cell. */
    public boolean isOrigin(int row, int column) {
        Placed p = covering[row][column];
        return p.row() == row && p.column() == column;
    }

    public List<Placed> placed() {
        return placed;
    }

    /** Real cells of one grid row, left to right. */
    public List<Placed> inRow(int row) {
        return placed.stream().filter(p -> p.row() == row).toList();
    }
}
