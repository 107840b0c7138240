package id.tata.evaluation.exchange.service;

import java.util.List;

/** One merge of a returned package, for a list with an "undo" action: undone ones show when and by whom. */
public record MergeInfo(long id, long assessmentId, String packageId, String assessor, String mergedAt,
                        String mergedBy, List<Integer> indicators, String undoneAt, String undoneBy) {
    public MergeInfo {
        indicators = List.copyOf(indicators);
    }

    public boolean undone() {
        return undoneAt != null;
    }
}
