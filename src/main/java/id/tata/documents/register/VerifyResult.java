package id.tata.documents.register;

import id.tata.documents.render.DocumentFormat;

import java.util.Optional;

/** The outcome of checking a file against the register. */
public record VerifyResult(String fileName, String sha256, Optional<IssuedDocument> document,
                           Optional<DocumentFormat> format, Optional<IssuedDocument> supersededBy) {
    public boolean registered() {
        return document.isPresent();
    }
}
