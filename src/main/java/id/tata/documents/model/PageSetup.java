package id.tata.documents.model;

/**
 * Paper and margins, in millimetres, given for portrait; a landscape section swaps width and height and turns the
 * margins with the page (top stays where the binding is not).
 */
public record PageSetup(String paperName, double widthMm, double heightMm, Margins margins) {
    public PageSetup {
        if (widthMm <= 0 || heightMm <= 0 || widthMm > heightMm) {
            throw new IllegalArgumentException("portrait paper size expected, got " + widthMm + " x " + heightMm);
        }
        if (margins.left() + margins.right() >= widthMm || margins.top() + margins.bottom() >= heightMm) {
            throw new IllegalArgumentException("margins leave no room on the page");
        }
    }

    public static final PageSetup A4 = new PageSetup("A4", 210, 297, Margins.DEFAULT);
    public static final PageSetup F4 = new PageSetup("F4", 215, 330, Margins.DEFAULT);

    public PageSetup withMargins(Margins changed) {
        return new PageSetup(paperName, widthMm, heightMm, changed);
    }

    public double pageWidthMm(Orientation orientation) {
        return orientation == Orientation.PORTRAIT ? widthMm : heightMm;
    }

    public double pageHeightMm(Orientation orientation) {
        return orientation == Orientation.PORTRAIT ? heightMm : widthMm;
    }

    /** Margins as they lie on a page of that orientation. */
    public Margins margins(Orientation orientation) {
        return orientation == Orientation.PORTRAIT ? margins : margins.turned();
    }

    /** Width between the margins. */
    public double textWidthMm(Orientation orientation) {
        Margins m = margins(orientation);
        return pageWidthMm(orientation) - m.left() - m.right();
    }
}
