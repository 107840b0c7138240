package id.tata.workspace.settings;

/** Paper sizes official documents are printed on: A4, and F4 (folio, 215 × 330 mm) that many Pemda still use. */
public enum PaperProfile {
    A4(210, 297),
    F4(215, 330);

    private final int widthMm;
    private final int heightMm;

    PaperProfile(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }
}
