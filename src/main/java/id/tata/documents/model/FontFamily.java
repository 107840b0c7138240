package id.tata.documents.model;

/**
 * The families official documents use. The DOCX keeps the name the secretariat's Word knows; the PDF embeds the
 * bundled metric-compatible free face (see docs/fonts.md).
 */
public enum FontFamily {
    /** Naskah pengaturan/penetapan (Perkada, Keputusan): Bookman Old Style 12; PDF: TeX Gyre Bonum. */
    BOOKMAN("Bookman Old Style"),
    /** Korespondensi, penugasan, laporan: Arial 12; PDF: Liberation Sans. */
    ARIAL("Arial"),
    /** PDF: Liberation Serif. */
    TIMES("Times New Roman");

    private final String wordName;

    FontFamily(String wordName) {
        this.wordName = wordName;
    }

    /** The font name written into DOCX/XLSX files. */
    public String wordName() {
        return wordName;
    }
}
