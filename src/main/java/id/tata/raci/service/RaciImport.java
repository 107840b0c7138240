package id.tata.raci.service;

import id.tata.importing.ImportProblem;
import id.tata.importing.SourceRow;
import id.tata.importing.SourceTable;
import id.tata.raci.domain.RaciCell;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciParty;
import id.tata.raci.domain.RaciTask;
import id.tata.raci.domain.StandardLetters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a matrix from a table: the first column is the task, each further column a party (its header is the
 * party's name), cells hold letters separated by "/". A leading "1." on a task is the printed number, not text.
 * Every problem is named by row and column; the preview carries the matrix only when there is none.
 */
final class RaciImport {
    private static final Pattern NUMBER = Pattern.compile("^\\s*\\d+\\s*[.)]\\s*");

    private RaciImport() {
    }

    static RaciImportPreview read(SourceTable table, String title, String source) {
        return read(table, title, source, StandardLetters.RACI);
    }

    static RaciImportPreview read(SourceTable table, String title, String source,
                                  List<id.tata.raci.domain.RaciLetter> letters) {
        List<ImportProblem> problems = new ArrayList<>();
        List<RaciParty> parties = parties(table, problems);
        List<String> codes = letters.stream().map(l -> l.code()).toList();
        List<RaciTask> tasks = new ArrayList<>();
        List<List<RaciCell>> cells = new ArrayList<>();
        String taskColumn = table.headers().isEmpty() ? "1" : table.headers().get(0);
        for (SourceRow row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String text = NUMBER.matcher(row.cell(0)).replaceFirst("").strip();
            if (text.isEmpty()) {
                problems.add(ImportProblem.of(row.rowNumber(), taskColumn, "raci.import.emptyTask"));
            }
            List<RaciCell> line = new ArrayList<>();
            for (int p = 0; p < parties.size(); p++) {
                String cell = row.cell(p + 1);
                var parsed = RaciCell.parse(cell, codes);
                if (parsed.isEmpty()) {
                    problems.add(ImportProblem.of(row.rowNumber(), parties.get(p).name(), "raci.import.badLetters",
                            cell, String.join(", ", codes)));
                }
                line.add(parsed.orElse(RaciCell.EMPTY));
            }
            tasks.add(RaciTask.of(text.isEmpty() ? "?" : text));
            cells.add(line);
        }
        if (tasks.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(2, taskColumn, "raci.import.noTasks"));
        }
        RaciMatrix matrix = problems.isEmpty() ? new RaciMatrix(null, title, "", source, letters,
                parties, tasks, cells) : null;
        return new RaciImportPreview(matrix, problems);
    }

    private static List<RaciParty> parties(SourceTable table, List<ImportProblem> problems) {
        List<RaciParty> parties = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 1; c < table.headers().size(); c++) {
            String name = table.headers().get(c).strip();
            String column = columnLetter(c);
            if (name.isEmpty()) {
                problems.add(ImportProblem.of(1, column, "raci.import.emptyParty"));
            } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(ImportProblem.of(1, column, "raci.import.duplicateParty", name));
            }
            parties.add(RaciParty.group(name.isEmpty() ? "?" : name));
        }
        if (parties.isEmpty()) {
            problems.add(ImportProblem.of(1, columnLetter(1), "raci.import.noParties"));
        }
        return parties;
    }

    /** The spreadsheet's column letter (0 → A), which is how a user finds a header cell. */
    static String columnLetter(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            sb.insert(0, (char) ('A' + i % 26));
        }
        return sb.toString();
    }
}
