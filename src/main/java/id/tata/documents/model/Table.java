package id.tata.documents.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table: columns (relative widths), header rows (repeated on every page when {@code repeatHeader}), body rows.
 * {@code caption} names the XLSX sheet; {@code borders} false gives a layout table without lines.
 * The constructor checks that spans fill the grid exactly, so every renderer can trust {@link #grid()}.
 */
public record Table(String caption, List<Column> columns, List<TableRow> header, List<TableRow> body,
                    boolean repeatHeader, boolean borders) implements Block {
    public Table {
        caption = caption == null ? "" : caption;
        columns = List.copyOf(columns);
        header = List.copyOf(header);
        body = List.copyOf(body);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table has columns");
        }
        Objects.requireNonNull(TableGrid.of(columns.size(), allRows(header, body)));
    }

    public static Table of(String caption, List<Column> columns, List<TableRow> header, List<TableRow> body) {
        return new Table(caption, columns, header, body, true, true);
    }

    public List<TableRow> rows() {
        return allRows(header, body);
    }

    /** Where each cell lands, header rows first. */
    public TableGrid grid() {
        return TableGrid.of(columns.size(), rows());
    }

    /** Column widths as fractions of the table width (summing to 1). */
    public List<Double> widthFractions() {
        double total = columns.stream().mapToDouble(Column::weight).sum();
        return columns.stream().map(c -> c.weight() / total).toList();
    }

    private static List<TableRow> allRows(List<TableRow> header, List<TableRow> body) {
        List<TableRow> rows = new ArrayList<>(header);
        rows.addAll(body);
        return rows;
    }
}
