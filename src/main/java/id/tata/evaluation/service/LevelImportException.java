package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.importing.ImportProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A levels file with bad rows: nothing was written; every problem is named by row and column. */
public final class LevelImportException extends TataException {
    private final transient List<ImportProblem> problems;
    private final String file;

    public LevelImportException(Path file, List<ImportProblem> problems) {
        super(ErrorKind.BAD_INPUT, "evaluation.levels.rejected", file.getFileName().toString(), problems.size());
        this.problems = List.copyOf(problems);
        this.file = file.getFileName().toString();
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public String message(I18n i18n) {
        return i18n.text("evaluation.levels.rejected", file, problems.size()) + "\n"
                + problems.stream().map(p -> p.message(i18n)).collect(Collectors.joining("\n"));
    }
}
