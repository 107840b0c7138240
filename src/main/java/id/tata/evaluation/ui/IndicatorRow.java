package id.tata.evaluation.ui;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.Indicator;

/**
 * One line of the questionnaire: an indicator with its current answer. The answer changes as the user saves, so the
 * row is mutable and the table is refreshed rather than rebuilt (rebuilding would lose the selection and the scroll).
 */
final class IndicatorRow {
    private final Indicator indicator;
    private final Integer domain;
    private Answer answer;

    IndicatorRow(Indicator indicator, Integer domain, Answer answer) {
        this.indicator = indicator;
        this.domain = domain;
        this.answer = answer;
    }

    Indicator indicator() {
        return indicator;
    }

    int no() {
        return indicator.no();
    }

    /** The domain of the indicator's aspect, null in instruments without domains. */
    Integer domain() {
        return domain;
    }

    Answer answer() {
        return answer;
    }

    void answer(Answer now) {
        this.answer = now;
    }
}
