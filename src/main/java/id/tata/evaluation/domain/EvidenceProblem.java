package id.tata.evaluation.domain;

/** An evidence attachment whose stored content is missing or no longer has the SHA-256 it was attached with. */
public record EvidenceProblem(int indicatorNo, String originalName, String sha256, Kind kind) {
    public enum Kind { MISSING, ALTERED }
}
