package id.tata.evaluation.domain;

import java.util.List;
import java.util.Objects;

/**
 * The answer of one indicator in one assessment: self level (nilai mandiri) and its explanation (penjelasan), target
 * level, the verified level with the external assessors' note, the chosen public service (for the "Layanan Publik
 * Sektor" indicators), the review status and note, who answers it, and the evidence. Levels are null when not given.
 */
public record Answer(int indicatorNo, Integer selfLevel, String explanation, Integer targetLevel,
                     Integer verifiedLevel, String verifierNote, String publicService, AnswerStatus status,
                     String reviewNote, boolean recheck, String assignee, Long agencyId, String updatedAt,
                     String updatedBy, List<EvidenceRef> evidence) {
    public Answer {
        explanation = explanation == null ? "" : explanation;
        verifierNote = verifierNote == null ? "" : verifierNote;
        publicService = publicService == null ? "" : publicService;
        reviewNote = reviewNote == null ? "" : reviewNote;
        status = Objects.requireNonNullElse(status, AnswerStatus.DRAFT);
        evidence = List.copyOf(evidence);
    }

    /** The answer of an indicator nobody has touched. */
    public static Answer blank(int indicatorNo) {
        return new Answer(indicatorNo, null, "", null, null, "", "", AnswerStatus.DRAFT, "", false, null, null, null,
                null, List.of());
    }

    /** Any recheck mark on the answer or on one of its files. */
    public boolean needsRecheck() {
        return recheck || evidence.stream().anyMatch(EvidenceRef::recheck);
    }
}
