package id.tata.documents.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the file says about itself (title, subject, author) and, once issued, the register entry it belongs to.
 * {@code date} may be null while the date is left blank for the Bagian Hukum.
 */
public record DocumentMeta(String title, String subject, String author, LocalDate date, String language) {
    public DocumentMeta {
        Objects.requireNonNull(title, "title");
        subject = subject == null ? "" : subject;
        author = author == null ? "" : author;
        language = language == null ? "id-ID" : language;
    }

    public static DocumentMeta titled(String title) {
        return new DocumentMeta(title, "", "", null, "id-ID");
    }
}
