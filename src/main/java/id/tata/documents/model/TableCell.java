package id.tata.documents.model;

import java.util.Objects;

/**
 * One cell. Spans follow HTML: a cell spanning two columns is followed by the next real cell, and a cell spanning two
 * rows is simply absent from the row below ({@link TableGrid} works out where each cell lands). {@code shading} and
 * {@code color} are hex RGB ("D9D9D9") or null; {@code align} null means the column's alignment.
 */
public record TableCell(CellValue value, int colSpan, int rowSpan, boolean bold, Align align, String shading,
                        String color) {
    public TableCell {
        Objects.requireNonNull(value, "value");
        if (colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("spans are at least 1");
        }
        shading = checkedColor(shading);
        color = checkedColor(color);
    }

    public static TableCell of(String text) {
        return new TableCell(CellValue.text(text), 1, 1, false, null, null, null);
    }

    public static TableCell of(CellValue value) {
        return new TableCell(value, 1, 1, false, null, null, null);
    }

    public static TableCell header(String text) {
        return new TableCell(CellValue.text(text), 1, 1, true, Align.CENTER, "D9D9D9", null);
    }

    public TableCell spanning(int columns, int rows) {
        return new TableCell(value, columns, rows, bold, align, shading, color);
    }

    public TableCell bolded() {
        return new TableCell(value, colSpan, rowSpan, true, align, shading, color);
    }

    public TableCell aligned(Align changed) {
        return new TableCell(value, colSpan, rowSpan, bold, changed, shading, color);
    }

    public TableCell shaded(String hex) {
        return new TableCell(value, colSpan, rowSpan, bold, align, hex, color);
    }

    public TableCell colored(String hex) {
        return new TableCell(value, colSpan, rowSpan, bold, align, shading, hex);
    }

    /** The text as printed in DOCX/PDF (Indonesian number and date forms). */
    public String displayText() {
        return CellText.display(value);
    }

    private static String checkedColor(String hex) {
        if (hex == null) {
            return null;
        }
        if (!hex.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("colour as six hex digits, got " + hex);
        }
        return hex.toUpperCase(java.util.Locale.ROOT);
    }
}
