package id.tata.importing;

import java.util.List;

/**
 * One target field of an import. {@code header} is the header Tata writes (and the sample files use);
 * {@code synonyms} are other headers people give the same column.
 */
public record ImportField(String name, String header, boolean required, List<String> synonyms) {
    public ImportField {
        synonyms = List.copyOf(synonyms);
    }

    public static ImportField required(String name, String header, String... synonyms) {
        return new ImportField(name, header, true, List.of(synonyms));
    }

    public static ImportField optional(String name, String header, String... synonyms) {
        return new ImportField(name, header, false, List.of(synonyms));
    }

    /** Whether a source header names this field, compared as {@link ColumnMapping#normalize} does. */
    public boolean matches(String sourceHeader) {
        String h = ColumnMapping.normalize(sourceHeader);
        return ColumnMapping.normalize(name).equals(h) || ColumnMapping.normalize(header).equals(h)
                || synonyms.stream().anyMatch(s -> ColumnMapping.normalize(s).equals(h));
    }
}
