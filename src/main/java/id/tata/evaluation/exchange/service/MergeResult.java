package id.tata.evaluation.exchange.service;

import java.util.List;

/**
 * A returned package merged: the undoable step's id ({@code null} when the package changed nothing), the indicators
 * changed, the fields taken, the conflicts decided and the approved answers sent back to review (SUBMITTED).
 */
public record MergeResult(Long mergeId, List<Integer> indicators, int fieldsChanged, int conflictsDecided,
                          List<Integer> backToReview) {
    public MergeResult {
        indicators = List.copyOf(indicators);
        backToReview = List.copyOf(backToReview);
    }
}
