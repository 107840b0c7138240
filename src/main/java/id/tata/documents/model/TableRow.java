package id.tata.documents.model;

import java.util.Arrays;
import java.util.List;

public record TableRow(List<TableCell> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    public static TableRow of(TableCell... cells) {
        return new TableRow(Arrays.asList(cells));
    }

    public static TableRow ofTexts(String... texts) {
        return new TableRow(Arrays.stream(texts).map(TableCell::of).toList());
    }
}
