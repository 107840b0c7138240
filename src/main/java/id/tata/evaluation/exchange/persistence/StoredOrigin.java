package id.tata.evaluation.exchange.persistence;

/** Assessor side: the package an assessment was opened from, with its manifest and base exactly as received. */
public record StoredOrigin(long assessmentId, String packageId, String manifestJson, String baseJson, String openedAt,
                           String openedBy) {
}
