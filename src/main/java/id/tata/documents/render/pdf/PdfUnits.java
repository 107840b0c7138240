package id.tata.documents.render.pdf;

/** The IR measures in millimetres; PDF in points (1/72 inch). */
final class PdfUnits {
    private static final double POINTS_PER_MM = 72 / 25.4;

    private PdfUnits() {
    }

    static float pt(double mm) {
        return (float) (mm * POINTS_PER_MM);
    }
}
