package id.tata.documents.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A row of the register of issued documents. {@code number} is null when it was left blank for the Bagian Hukum;
 * {@code numberSequence} is set when the number came from the yearly counter. {@code supersedesId} points to the
 * document this one corrects.
 */
public record IssuedDocument(Long id, String registerCode, String documentType, String numberType, String number,
                             Integer numberYear, Integer numberSequence, String title, LocalDate date,
                             String signatory, String issuedBy, Instant issuedAt, String contentSha256,
                             Long supersedesId, String note, List<IssuedFile> files) {
    public IssuedDocument {
        Objects.requireNonNull(registerCode, "registerCode");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(title, "title");
        signatory = signatory == null ? "" : signatory;
        note = note == null ? "" : note;
        files = List.copyOf(files);
    }

    /** What the QR code on the last page carries: the register code and the hash of the content. */
    public static String qrPayload(String registerCode, String contentSha256) {
        return "TATA-REG:" + registerCode + ";SHA256:" + contentSha256;
    }
}
