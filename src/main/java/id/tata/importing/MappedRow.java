package id.tata.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One source row seen through the mapping: values by field name, and the problems found on it. */
public final class MappedRow {
    private final SourceRow row;
    private final Map<String, Integer> columnByField;
    private final Map<String, String> headerByField;
    private final List<ImportProblem> problems = new ArrayList<>();

    MappedRow(SourceRow row, Map<String, Integer> columnByField, Map<String, String> headerByField) {
        this.row = row;
        this.columnByField = columnByField;
        this.headerByField = headerByField;
    }

    public int rowNumber() {
        return row.rowNumber();
    }

    /** The trimmed value of a field; "" when empty or not mapped. */
    public String value(String field) {
        return row.cell(columnByField.getOrDefault(field, -1));
    }

    /** The value, or null after reporting the empty required value. */
    public String required(String field) {
        String v = value(field);
        if (v.isEmpty()) {
            problem(field, "import.error.requiredValue", header(field));
            return null;
        }
        return v;
    }

    /** The header the user sees for the field: the mapped source header, else the field's name. */
    public String header(String field) {
        return headerByField.getOrDefault(field, field);
    }

    public void problem(String field, String messageKey, Object... args) {
        problems.add(new ImportProblem(row.rowNumber(), header(field), messageKey, List.of(args)));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
