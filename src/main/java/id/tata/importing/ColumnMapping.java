package id.tata.importing;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Which source header feeds which target field. Built automatically from the headers, adjustable by the user. */
public final class ColumnMapping {
    /**
     * The header of a field the user deliberately leaves out. Without it an automatic match would come back every
     * time the chosen mapping is laid over the automatic one, so "not used" could never be said.
     */
    public static final String UNUSED = "";

    private final Map<String, String> headerByField;

    public ColumnMapping(Map<String, String> headerByField) {
        this.headerByField = Map.copyOf(headerByField);
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    /** Maps each field to the first header that names it or one of its synonyms. */
    public static ColumnMapping automatic(ImportDefinition<?> definition, List<String> headers) {
        Map<String, String> map = new LinkedHashMap<>();
        for (ImportField field : definition.fields()) {
            headers.stream().filter(field::matches).findFirst().ifPresent(h -> map.put(field.name(), h));
        }
        return new ColumnMapping(map);
    }

    /** Parses "field=Header" pairs as the CLI's --map takes them; an unknown field is refused with the known ones. */
    public static ColumnMapping parse(ImportDefinition<?> definition, Map<String, String> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        pairs.forEach((field, header) -> {
            ImportField f = definition.field(field.strip()).orElseThrow(() -> new TataException(ErrorKind.BAD_INPUT,
                    "import.error.unknownField", field, names(definition.fields())));
            map.put(f.name(), header.strip());
        });
        return new ColumnMapping(map);
    }

    /** This mapping with the other's choices taking precedence. */
    public ColumnMapping overriddenBy(ColumnMapping other) {
        Map<String, String> map = new LinkedHashMap<>(headerByField);
        map.putAll(other.headerByField);
        return new ColumnMapping(map);
    }

    /** The mapped header; empty when the field is not mapped or marked {@link #UNUSED}. */
    public Optional<String> headerOf(String field) {
        return Optional.ofNullable(headerByField.get(field)).filter(h -> !h.isBlank());
    }

    public Map<String, String> asMap() {
        return headerByField;
    }

    /** Lower case, accents and everything but letters and digits removed: "Pangkat / Golongan" is "pangkatgolongan". */
    public static String normalize(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD);
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String names(Collection<ImportField> fields) {
        return String.join(", ", fields.stream().map(ImportField::name).toList());
    }

    @Override
    public String toString() {
        return headerByField.toString();
    }
}
