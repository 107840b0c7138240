package id.tata.documents.service;

/** Where a decree's number comes from. */
public enum NumberChoice {
    /** "……" for the Bagian Hukum to fill by hand; date blank too unless given. */
    BLANK,
    /** The next number of the yearly counter (never reused). */
    FROM_REGISTER,
    /** A number the Bagian Hukum already gave, typed in. */
    MANUAL
}
