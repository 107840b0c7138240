package id.tata.importing;

import java.util.List;

/** One data row of a source table, with the row number the spreadsheet shows for it (the header is row 1). */
public record SourceRow(int rowNumber, List<String> cells) {
    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The trimmed cell text; "" for a column the row does not reach. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
