package id.tata.organization.service;

import id.tata.importing.ImportDefinition;
import id.tata.importing.ImportField;
import id.tata.importing.MappedRow;
import id.tata.organization.domain.AgencyKind;

import java.util.List;

/** The columns of an agency import file (the headers of sample-data/agencies.csv) and how a row is read. */
final class AgencyImportDefinition {
    static final String CODE = "code";
    static final String NAME = "name";
    static final String SHORT_NAME = "shortName";
    static final String KIND = "kind";
    static final String PARENT = "parentCode";
    static final String ADDRESS = "address";

    static final ImportDefinition<AgencyRow> DEFINITION = new ImportDefinition<>("agency", List.of(
            ImportField.required(CODE, "Kode", "Kode PD", "Kode Perangkat Daerah", "Kode Unit", "Kode OPD"),
            ImportField.required(NAME, "Nama Perangkat Daerah", "Nama", "Nama PD", "Nama OPD", "Nama Unit",
                    "Perangkat Daerah"),
            ImportField.optional(SHORT_NAME, "Singkatan", "Nama Singkat", "Akronim"),
            ImportField.optional(KIND, "Jenis", "Jenis PD", "Jenis Perangkat Daerah", "Tipe", "Kategori"),
            ImportField.optional(PARENT, "Kode Induk", "Induk", "Kode PD Induk", "Unit Induk", "Parent"),
            ImportField.optional(ADDRESS, "Alamat", "Alamat Kantor")),
            AgencyImportDefinition::parse);

    private AgencyImportDefinition() {}

    static List<String> headers() {
        return DEFINITION.fields().stream().map(f -> f.header()).toList();
    }

    private static AgencyRow parse(MappedRow row) {
        String code = row.required(CODE);
        String name = row.required(NAME);
        AgencyKind kind = kind(row);
        if (code == null || name == null || kind == null) {
            return null;
        }
        return new AgencyRow(code, name, row.value(SHORT_NAME), kind, row.value(PARENT), row.value(ADDRESS), null);
    }

    /** An empty kind is "Lainnya"; a kind nobody knows is a mistake worth reporting. */
    private static AgencyKind kind(MappedRow row) {
        String text = row.value(KIND);
        if (text.isEmpty()) {
            return AgencyKind.OTHER;
        }
        AgencyKind kind = AgencyKind.parse(text).orElse(null);
        if (kind == null) {
            row.problem(KIND, "agency.import.unknownKind", text);
        }
        return kind;
    }
}
