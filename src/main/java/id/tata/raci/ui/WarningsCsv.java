package id.tata.raci.ui;

import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciWarning;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The warnings of a matrix as a CSV the office can keep beside the draft (UTF-8 with BOM, for Excel). */
final class WarningsCsv {
    private WarningsCsv() {
    }

    static String of(RaciMatrix m, List<WarningRow> rows, List<String> header) {
        List<String> lines = new ArrayList<>();
        lines.add(line(header));
        for (WarningRow row : rows) {
            RaciWarning w = row.warning();
            String task = w.task() == null ? "" : String.valueOf(w.task());
            String taskText = w.task() == null ? "" : m.tasks().get(w.task() - 1).text();
            lines.add(line(List.of(w.kind().name(), task, taskText, w.party() == null ? "" : w.party(), row.text())));
        }
        return "\uFEFF" + String.join("\r\n", lines) + "\r\n";
    }

    private static String line(List<String> cells) {
        return cells.stream().map(WarningsCsv::quote).collect(Collectors.joining(","));
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
