package id.tata.documents.render.xlsx;

import id.tata.documents.model.CellValue;

/**
 * Excel number formats for typed cells. They are stored in Excel's neutral notation ("," groups, "." decimals);
 * Excel and LibreOffice show them with the reader's separators, so an Indonesian desktop reads 1.234.567,50.
 */
final class CellFormats {
    /**
     * "25 November 2026", the form the DOCX and PDF print. {@code [$-421]} is the Indonesian locale id: it makes
     * Excel spell the month in Indonesian (Januari, Mei, Agustus) even on an English Windows. The cell still holds a
     * date serial, so the reader can sort, filter or reformat it.
     */
    static final String DATE = "[$-421]d mmmm yyyy";

    private CellFormats() {
    }

    /** The format for a typed value; null for text, which needs none. */
    static String of(CellValue value) {
        if (value instanceof CellValue.Number n) {
            return number(n.decimals());
        }
        if (value instanceof CellValue.Date) {
            return DATE;
        }
        return null;
    }

    /** "#,##0" for whole numbers (Excel's built-in format 3), "#,##0.00" for two decimals (built-in 4), and so on. */
    static String number(int decimals) {
        return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }
}
