package id.tata.evaluation.domain;

/** A finalised revision of an assessment: its number, when and by whom, and the whole assessment as JSON. */
public record AssessmentRevision(int revision, String finalizedAt, String finalizedBy, String snapshotJson) {
}
