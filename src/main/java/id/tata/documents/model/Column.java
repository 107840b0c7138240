package id.tata.documents.model;

import java.util.Objects;

/** A table column: its share of the table width (relative weight) and default alignment. */
public record Column(double weight, Align align) {
    public Column {
        Objects.requireNonNull(align, "align");
        if (weight <= 0) {
            throw new IllegalArgumentException("column weight must be positive");
        }
    }

    public static Column of(double weight) {
        return new Column(weight, Align.LEFT);
    }

    public static Column of(double weight, Align align) {
        return new Column(weight, align);
    }
}
