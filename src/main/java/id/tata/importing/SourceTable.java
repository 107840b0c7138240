package id.tata.importing;

import java.util.List;

/** A table read from a file: the header texts of row 1 and the non-blank data rows below it. */
public record SourceTable(String source, List<String> headers, List<SourceRow> rows) {
    public SourceTable {
        headers = headers.stream().map(String::strip).toList();
        rows = List.copyOf(rows);
    }

    /** The column index of a header (ignoring case and surrounding blanks), or -1. */
    public int columnOf(String header) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equalsIgnoreCase(header.strip())) {
                return i;
            }
        }
        return -1;
    }
}
