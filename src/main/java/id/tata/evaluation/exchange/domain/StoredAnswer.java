package id.tata.evaluation.exchange.domain;

import java.util.Objects;

/** An answer's content with its review status, as a merge records it before and after (for the undo). */
public record StoredAnswer(AnswerState state, String status) {
    public StoredAnswer {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(status, "status");
    }
}
