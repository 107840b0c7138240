package id.tata.evaluation.domain;

/** What an indicator requires at one level (text as the instrument states it; "" when not given). */
public record LevelCriteria(int level, String criteria) {
    public LevelCriteria {
        criteria = criteria == null ? "" : criteria;
    }
}
