package id.tata.importing;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of reading and checking a file before anything is written: the usable rows and every problem, sorted
 * as the user meets them in the spreadsheet. An import is applied only from a preview without problems.
 */
public record ImportPreview<T>(String source, ColumnMapping mapping, List<ParsedRow<T>> rows,
                               List<ImportProblem> problems) {
    public ImportPreview {
        rows = List.copyOf(rows);
        problems = problems.stream()
                .sorted(Comparator.comparingInt(ImportProblem::row)).toList();
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    /** How many rows would be written. */
    public int rowsOk() {
        return rows.size();
    }

    /** The same preview with more problems, found by checks that look across rows or at the workspace. */
    public ImportPreview<T> withProblems(List<ImportProblem> more) {
        List<ImportProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new ImportPreview<>(source, mapping, rows, all);
    }

    /** The same preview with other row values (e.g. after resolving references); problems are kept. */
    public <U> ImportPreview<U> withRows(List<ParsedRow<U>> newRows) {
        return new ImportPreview<>(source, mapping, newRows, problems);
    }

    public List<String> messages(I18n i18n) {
        return problems.stream().map(p -> p.message(i18n)).toList();
    }

    /** Guards apply: fails with every problem's count when there is anything to fix first. */
    public void requireNoErrors() {
        if (hasErrors()) {
            throw new TataException(ErrorKind.BAD_INPUT, "import.error.hasProblems", source,
                    String.valueOf(problems.size()));
        }
    }
}
