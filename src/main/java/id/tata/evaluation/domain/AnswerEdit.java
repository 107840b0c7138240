package id.tata.evaluation.domain;

/**
 * What the operator writes for one indicator: self level, explanation, target level and public service name.
 * Levels may be null (not given yet).
 */
public record AnswerEdit(Integer selfLevel, String explanation, Integer targetLevel, String publicService) {
    public AnswerEdit {
        explanation = explanation == null ? "" : explanation.strip();
        publicService = publicService == null ? "" : publicService.strip();
    }

    public static AnswerEdit of(Answer a) {
        return new AnswerEdit(a.selfLevel(), a.explanation(), a.targetLevel(), a.publicService());
    }
}
