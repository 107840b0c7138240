package id.tata.documents.register;

import id.tata.documents.render.DocumentFormat;

import java.util.Objects;

/** One file produced for an issued document, with its SHA-256 (hex, lower case). */
public record IssuedFile(DocumentFormat format, String fileName, String sha256, long sizeBytes) {
    public IssuedFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("SHA-256 as 64 lower-case hex digits expected");
        }
    }
}
