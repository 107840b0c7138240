package id.tata.documents.template;

/** The editable parts of a decree's text. */
public enum TemplatePart {
    /** Menimbang: each item starts with "bahwa". */
    CONSIDERATION,
    /** Mengingat: full citations. */
    LEGAL_BASIS,
    /** Diktum KESATU, KEDUA …; "{tugas}" at the end of one marks where the team's tasks are listed. */
    DIKTUM,
    /** Tembusan. */
    COPY_TO
}
