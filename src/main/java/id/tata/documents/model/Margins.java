package id.tata.documents.model;

/** Page margins in millimetres. */
public record Margins(double top, double right, double bottom, double left) {
    public Margins {
        if (top < 0 || right < 0 || bottom < 0 || left < 0) {
            throw new IllegalArgumentException("margins cannot be negative");
        }
    }

    /** Common Tata Naskah Dinas practice: top 2 cm, right 2 cm, bottom 2.5 cm, left 3 cm (binding side). */
    public static final Margins DEFAULT = new Margins(20, 20, 25, 30);

    /** The same paper turned a quarter: the binding margin goes to the top. */
    public Margins turned() {
        return new Margins(left, top, right, bottom);
    }
}
