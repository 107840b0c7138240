package id.tata.evaluation.domain;

/**
 * Where the answer of one indicator stands in the review: the operator fills it (DRAFT), submits it (SUBMITTED), the
 * supervisor approves it (APPROVED) or returns it with a note (RETURNED), after which the operator works on it again.
 */
public enum AnswerStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** The operator may change the answer: it is not waiting for review nor approved. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
