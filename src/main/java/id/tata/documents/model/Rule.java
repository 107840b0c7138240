package id.tata.documents.model;

/** A horizontal line across the text width — the closing rule under a letterhead. */
public record Rule(double thicknessPt, boolean doubleLine) implements Block {
    public Rule {
        if (thicknessPt <= 0 || thicknessPt > 6) {
            throw new IllegalArgumentException("rule thickness 0..6 pt, got " + thicknessPt);
        }
    }
}
