package id.tata.documents.model;

/** Space before and after a paragraph in points, and extra left indent in millimetres. */
public record ParagraphSpacing(double beforePt, double afterPt, double indentLeftMm) {
    public ParagraphSpacing {
        if (beforePt < 0 || afterPt < 0 || indentLeftMm < 0) {
            throw new IllegalArgumentException("spacing cannot be negative");
        }
    }

    public static final ParagraphSpacing NONE = new ParagraphSpacing(0, 0, 0);

    public static ParagraphSpacing before(double pt) {
        return new ParagraphSpacing(pt, 0, 0);
    }

    public static ParagraphSpacing after(double pt) {
        return new ParagraphSpacing(0, pt, 0);
    }

    public static ParagraphSpacing around(double before, double after) {
        return new ParagraphSpacing(before, after, 0);
    }

    public ParagraphSpacing indented(double mm) {
        return new ParagraphSpacing(beforePt, afterPt, mm);
    }
}
