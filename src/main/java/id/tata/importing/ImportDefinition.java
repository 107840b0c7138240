package id.tata.importing;

import java.util.List;
import java.util.Optional;

/**
 * What an import reads: its target fields and how one mapped row becomes a value of type T. The parser reports
 * problems on the row it is given and returns null when the row cannot be used.
 */
public record ImportDefinition<T>(String name, List<ImportField> fields, RowParser<T> parser) {
    public ImportDefinition {
        fields = List.copyOf(fields);
    }

    public Optional<ImportField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(fieldName)).findFirst();
    }

    @FunctionalInterface
    public interface RowParser<T> {
        T parse(MappedRow row);
    }
}
