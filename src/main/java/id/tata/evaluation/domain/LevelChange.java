package id.tata.evaluation.domain;

/** One indicator's level in a what-if against the base; {@code from} or {@code to} null means "no level". */
public record LevelChange(int indicator, Integer from, Integer to) {
    /** Levels gained (negative when lowered); null when either side has no level, since that is not a difference. */
    public Integer delta() {
        return from == null || to == null ? null : to - from;
    }
}
