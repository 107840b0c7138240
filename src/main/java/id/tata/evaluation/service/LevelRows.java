package id.tata.evaluation.service;

import id.tata.evaluation.domain.Instrument;
import id.tata.importing.ImportProblem;
import id.tata.importing.SourceRow;
import id.tata.importing.SourceTable;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the rows of a levels file against the instrument: every problem with its row and column. */
final class LevelRows {
    static final String INDICATOR = "indicator";
    static final String SELF = "self_level";
    static final String VERIFIED = "verified_level";

    private final Instrument instrument;
    private final SourceTable table;

    LevelRows(Instrument instrument, SourceTable table) {
        this.instrument = instrument;
        this.table = table;
    }

    /** Fills {@code good} with the good rows and returns the problems (empty when every row is good). */
    List<ImportProblem> read(List<AssessmentService.LevelRow> good) {
        List<ImportProblem> problems = new java.util.ArrayList<>();
        int indicatorColumn = table.columnOf(INDICATOR);
        int selfColumn = table.columnOf(SELF);
        int verifiedColumn = table.columnOf(VERIFIED);
        if (indicatorColumn < 0 || (selfColumn < 0 && verifiedColumn < 0)) {
            problems.add(ImportProblem.of(1, INDICATOR, "evaluation.levels.header"));
            return problems;
        }
        Set<Integer> seen = new HashSet<>();
        for (SourceRow row : table.rows()) {
            int before = problems.size();
            Integer indicator = indicator(row, indicatorColumn, problems);
            Integer self = level(row, selfColumn, SELF, problems);
            Integer verified = level(row, verifiedColumn, VERIFIED, problems);
            if (indicator != null && !seen.add(indicator)) {
                problems.add(ImportProblem.of(row.rowNumber(), INDICATOR, "evaluation.levels.duplicate", indicator));
            }
            if (problems.size() == before && indicator != null) {
                good.add(new AssessmentService.LevelRow(indicator, self, verified));
            }
        }
        return problems;
    }

    private Integer indicator(SourceRow row, int column, List<ImportProblem> problems) {
        String text = row.cell(column);
        try {
            int no = Integer.parseInt(text);
            if (instrument.indicator(no).isEmpty()) {
                problems.add(ImportProblem.of(row.rowNumber(), INDICATOR, "evaluation.levels.unknownIndicator", text,
                        instrument.code()));
                return null;
            }
            return no;
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.of(row.rowNumber(), INDICATOR, "evaluation.levels.notIndicator", text));
            return null;
        }
    }

    private static Integer level(SourceRow row, int column, String name, List<ImportProblem> problems) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int level = Integer.parseInt(text);
            if (level >= 1 && level <= 5) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        problems.add(ImportProblem.of(row.rowNumber(), name, "evaluation.levels.badLevel", text));
        return null;
    }
}
