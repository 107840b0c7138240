package id.tata.documents.render.docx;

import java.math.BigInteger;

/** Conversions from the IR's millimetres and points to the units WordprocessingML stores. */
final class DocxUnits {
    private static final double MM_PER_INCH = 25.4;
    private static final int TWIPS_PER_INCH = 1440;
    private static final int EMU_PER_MM = 36_000;

    private DocxUnits() {
    }

    /** Twentieths of a point: page sizes, margins, indents, tab stops, table widths. */
    static int twips(double mm) {
        return (int) Math.round(mm * TWIPS_PER_INCH / MM_PER_INCH);
    }

    static int twipsFromPoints(double pt) {
        return (int) Math.round(pt * 20);
    }

    /** Font sizes are stored in half points. */
    static int halfPoints(double pt) {
        return (int) Math.round(pt * 2);
    }

    /** English Metric Units: drawing sizes. */
    static int emu(double mm) {
        return (int) Math.round(mm * EMU_PER_MM);
    }

    static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
