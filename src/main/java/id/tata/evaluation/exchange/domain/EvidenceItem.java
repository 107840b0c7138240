package id.tata.evaluation.exchange.domain;

import java.util.Objects;

/** One evidence file of an answer as a package carries it: the content is named by its SHA-256. */
public record EvidenceItem(String sha256, String name, long size, String mediaType) {
    public EvidenceItem {
        Objects.requireNonNull(sha256, "sha256");
        name = name == null || name.isBlank() ? sha256 : name;
        mediaType = mediaType == null ? "" : mediaType;
    }
}
