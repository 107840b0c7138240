package id.tata.evaluation.domain;

/** One status change of an answer, who made it and when, with the reviewer's note. */
public record Transition(int indicatorNo, AnswerStatus from, AnswerStatus to, String note, String actor,
                         String changedAt) {
}
