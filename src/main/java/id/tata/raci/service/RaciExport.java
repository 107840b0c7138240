package id.tata.raci.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.documents.render.xlsx.XlsxRenderer;
import id.tata.raci.domain.RaciCell;
import id.tata.raci.domain.RaciCheck;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciParty;
import id.tata.raci.report.RaciWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a matrix as CSV (the shape import reads back: task, then one column per party, letters with "/") or as an
 * xlsx workbook with coloured letters, the legend and the warnings.
 */
public final class RaciExport {
    private RaciExport() {
    }

    public static Path write(RaciMatrix m, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) {
                Files.writeString(file, csv(m), StandardCharsets.UTF_8);
            } else if (name.endsWith(".xlsx")) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    new XlsxRenderer().render(RaciWorkbook.compose(m, RaciCheck.DEFAULT_OVERLOAD), out);
                }
            } else {
                throw new TataException(ErrorKind.BAD_INPUT, "raci.error.exportFormat", file.getFileName());
            }
        } catch (IOException e) {
            throw new TataException(ErrorKind.BAD_INPUT, "raci.error.write", file, e.getMessage());
        }
        return file;
    }

    /** UTF-8 CSV with a byte order mark, so Excel opens the Indonesian text right. */
    static String csv(RaciMatrix m) {
        List<String> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Tugas"));
        m.parties().stream().map(RaciParty::name).forEach(header::add);
        lines.add(row(header));
        for (int t = 0; t < m.tasks().size(); t++) {
            List<String> cells = new ArrayList<>(List.of(m.tasks().get(t).text()));
            m.cells().get(t).stream().map(RaciCell::text).forEach(cells::add);
            lines.add(row(cells));
        }
        return "\uFEFF" + String.join("\r\n", lines) + "\r\n";
    }

    private static String row(List<String> cells) {
        return cells.stream().map(RaciExport::quote).collect(Collectors.joining(","));
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
