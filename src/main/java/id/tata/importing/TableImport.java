package id.tata.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps a source table onto an import definition and parses every row, collecting every problem on the way. */
public final class TableImport {
    /** Row 1 is where the headers are, so column problems are reported there. */
    public static final int HEADER_ROW = 1;

    private TableImport() {}

    /** The automatic mapping for the table's headers, with the caller's choices taking precedence. */
    public static ColumnMapping mappingFor(ImportDefinition<?> definition, SourceTable table, ColumnMapping chosen) {
        return ColumnMapping.automatic(definition, table.headers()).overriddenBy(chosen);
    }

    public static <T> ImportPreview<T> preview(SourceTable table, ImportDefinition<T> definition,
                                               ColumnMapping mapping) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(table, definition, mapping, problems);
        if (!problems.isEmpty()) {
            // Without a required column no row can be judged fairly; report the columns only.
            return new ImportPreview<>(table.source(), mapping, List.of(), problems);
        }
        Map<String, String> headers = headers(table, definition, columns);
        List<ParsedRow<T>> rows = new ArrayList<>();
        for (SourceRow row : table.rows()) {
            MappedRow mapped = new MappedRow(row, columns, headers);
            T value = definition.parser().parse(mapped);
            problems.addAll(mapped.problems());
            if (value != null && !mapped.hasProblems()) {
                rows.add(new ParsedRow<>(row.rowNumber(), value));
            }
        }
        return new ImportPreview<>(table.source(), mapping, rows, problems);
    }

    /** The header shown in problems: the file's own where the field is mapped, else Tata's default. */
    private static Map<String, String> headers(SourceTable table, ImportDefinition<?> definition,
                                               Map<String, Integer> columns) {
        Map<String, String> headers = new HashMap<>();
        columns.forEach((field, col) -> headers.put(field, table.headers().get(col)));
        definition.fields().forEach(f -> headers.putIfAbsent(f.name(), f.header()));
        return headers;
    }

    private static Map<String, Integer> columns(SourceTable table, ImportDefinition<?> definition,
                                                ColumnMapping mapping, List<ImportProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (ImportField field : definition.fields()) {
            String header = mapping.headerOf(field.name()).orElse(null);
            int col = header == null ? -1 : table.columnOf(header);
            if (col >= 0) {
                columns.put(field.name(), col);
            } else if (header != null) {
                problems.add(ImportProblem.of(HEADER_ROW, header, "import.error.unknownHeader", header,
                        field.header()));
            } else if (field.required()) {
                problems.add(ImportProblem.of(HEADER_ROW, field.header(), "import.error.missingColumn",
                        field.header()));
            }
        }
        return columns;
    }
}
