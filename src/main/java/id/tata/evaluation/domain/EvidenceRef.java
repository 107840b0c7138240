package id.tata.evaluation.domain;

import java.util.Objects;

/**
 * One evidence file (bukti dukung) attached to one indicator: its content is stored once in the workspace and named by
 * its SHA-256; {@code recheck} marks a file carried from last year that nobody has looked at again.
 */
public record EvidenceRef(long id, int indicatorNo, String sha256, String originalName, long size, String mediaType,
                          String attachedBy, String attachedAt, boolean recheck) {
    public EvidenceRef {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(originalName, "originalName");
    }
}
