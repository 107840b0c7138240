package id.tata.raci.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.importing.ImportProblem;

import java.util.List;
import java.util.stream.Collectors;

/** A matrix file with problems: nothing was written; every problem is named by row and column. */
public final class RaciImportException extends TataException {
    private final transient List<ImportProblem> problems;
    private final String file;

    public RaciImportException(String file, List<ImportProblem> problems) {
        super(ErrorKind.BAD_INPUT, "raci.import.rejected", file, problems.size());
        this.problems = List.copyOf(problems);
        this.file = file;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public String message(I18n i18n) {
        return i18n.text("raci.import.rejected", file, problems.size()) + "\n"
                + problems.stream().map(p -> p.message(i18n)).collect(Collectors.joining("\n"));
    }
}
