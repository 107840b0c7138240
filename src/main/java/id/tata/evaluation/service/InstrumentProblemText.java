package id.tata.evaluation.service;

import id.tata.common.l10n.I18n;
import id.tata.evaluation.domain.InstrumentProblem;

/** "indicators[12].weight: angka diharapkan." — a problem in the user's language, warnings marked as such. */
public final class InstrumentProblemText {
    private InstrumentProblemText() {
    }

    public static String of(InstrumentProblem problem, I18n i18n) {
        String reason = i18n.text(problem.key(), problem.args().toArray());
        String line = problem.isError() ? "evaluation.instrument.problem.error"
                : "evaluation.instrument.problem.warning";
        return i18n.text(line, problem.path(), reason);
    }
}
