package id.tata.evaluation.exchange.persistence;

/** One merge of a returned package as stored: the values it replaced and wrote (JSON), and whether it was undone. */
public record StoredMerge(long id, long assessmentId, String packageId, String assessor, String mergedAt,
                          String mergedBy, String beforeJson, String afterJson, String decisionsJson, String undoneAt,
                          String undoneBy) {
    public boolean undone() {
        return undoneAt != null;
    }
}
