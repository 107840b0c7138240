package id.tata.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An indicator: number, name, aspect, weight (percent of the whole index), scale, the notes that explain it
 * (penjelasan, penjelasan penilaian, penjelasan bukti dukung; empty when the instrument has none) and the criteria of
 * levels 1–5 (a criterion may be empty: a provisional instrument has no texts yet).
 */
public record Indicator(int no, String name, int aspect, BigDecimal weight, String scale, String explanation,
                        String assessmentNote, String evidenceNote, List<LevelCriteria> levels) {
    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        scale = scale == null ? "" : scale;
        explanation = explanation == null ? "" : explanation;
        assessmentNote = assessmentNote == null ? "" : assessmentNote;
        evidenceNote = evidenceNote == null ? "" : evidenceNote;
        levels = List.copyOf(levels);
    }

    /** The criteria of a level, "" when the instrument gives none. */
    public String criteria(int level) {
        return levels.stream().filter(l -> l.level() == level).map(LevelCriteria::criteria).findFirst().orElse("");
    }
}
