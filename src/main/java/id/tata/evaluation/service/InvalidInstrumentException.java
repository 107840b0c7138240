package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.evaluation.domain.InstrumentProblem;

import java.util.List;

/**
 * An instrument file that cannot be imported: its message lists every problem with its path (errors and, so the
 * file can be fixed in one go, warnings too). Nothing was stored.
 */
public final class InvalidInstrumentException extends TataException {
    private final transient List<InstrumentProblem> problems;

    public InvalidInstrumentException(List<InstrumentProblem> problems) {
        super(ErrorKind.BAD_INPUT, "evaluation.instrument.error.invalid",
                problems.stream().filter(InstrumentProblem::isError).count());
        this.problems = List.copyOf(problems);
    }

    public List<InstrumentProblem> problems() {
        return problems;
    }

    @Override
    public String message(I18n i18n) {
        StringBuilder text = new StringBuilder(super.message(i18n));
        for (InstrumentProblem problem : problems) {
            text.append(System.lineSeparator()).append(InstrumentProblemText.of(problem, i18n));
        }
        return text.toString();
    }
}
