package id.tata.documents.model;

/** Where and how page numbers appear. Tata Naskah Dinas: centred at the top, "- 2 -", not on the first page. */
public enum PageNumbering {
    NONE,
    /** "- n -" centred in the header, from the document's second page on. */
    DASHED_FROM_SECOND,
    /** The page number centred in the footer on every page (reports, registers). */
    FOOTER_EVERY_PAGE;

    /** The text shown for page {@code page} (1-based), empty where no number is printed. */
    public String label(int page) {
        return switch (this) {
            case NONE -> "";
            case DASHED_FROM_SECOND -> page < 2 ? "" : "- " + page + " -";
            case FOOTER_EVERY_PAGE -> String.valueOf(page);
        };
    }
}
