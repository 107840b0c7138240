package id.tata.workspace.settings;

/** Kota or Kabupaten: decides the region head's title and how the government names itself in documents. */
public enum GovernmentKind {
    KOTA("Kota", "Wali Kota"),
    KABUPATEN("Kabupaten", "Bupati");

    private final String prefix;
    private final String regionHeadTitle;

    GovernmentKind(String prefix, String regionHeadTitle) {
        this.prefix = prefix;
        this.regionHeadTitle = regionHeadTitle;
    }

    /** "Kota" / "Kabupaten", as in "Pemerintah Kota Contoh". */
    public String prefix() {
        return prefix;
    }

    /** "Wali Kota" / "Bupati" (Permendagri spelling: "Wali Kota" in two words). */
    public String regionHeadTitle() {
        return regionHeadTitle;
    }
}
