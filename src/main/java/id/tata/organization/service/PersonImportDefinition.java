package id.tata.organization.service;

import id.tata.importing.ImportDefinition;
import id.tata.importing.ImportField;
import id.tata.importing.MappedRow;
import id.tata.organization.domain.NipRule;

import java.util.List;

/** The columns of a person import file (the headers of sample-data/people.csv) and how a row is read. */
final class PersonImportDefinition {
    static final String NIP = "nip";
    static final String FRONT_TITLE = "frontTitle";
    static final String NAME = "name";
    static final String BACK_TITLE = "backTitle";
    static final String RANK = "rank";
    static final String POSITION = "position";
    static final String AGENCY = "agency";
    static final String EMAIL = "email";
    static final String PHONE = "phone";

    static final ImportDefinition<PersonRow> DEFINITION = new ImportDefinition<>("person", List.of(
            ImportField.optional(NIP, "NIP", "NIP Baru", "Nomor Induk Pegawai"),
            ImportField.optional(FRONT_TITLE, "Gelar Depan"),
            ImportField.required(NAME, "Nama", "Nama Lengkap", "Nama Pegawai"),
            ImportField.optional(BACK_TITLE, "Gelar Belakang"),
            ImportField.optional(RANK, "Pangkat/Golongan", "Pangkat", "Golongan", "Pangkat Golongan", "Gol",
                    "Pangkat/Gol"),
            ImportField.optional(POSITION, "Jabatan", "Nama Jabatan"),
            ImportField.required(AGENCY, "Kode PD", "Perangkat Daerah", "Kode Perangkat Daerah", "Unit Kerja",
                    "OPD", "PD"),
            ImportField.optional(EMAIL, "Email", "E-mail", "Surel", "Alamat Email"),
            ImportField.optional(PHONE, "Telepon", "HP", "No HP", "Nomor HP", "Telp", "Nomor Telepon", "WA")),
            PersonImportDefinition::parse);

    private PersonImportDefinition() {}

    static List<String> headers() {
        return DEFINITION.fields().stream().map(f -> f.header()).toList();
    }

    private static PersonRow parse(MappedRow row) {
        String nip = NipRule.normalize(row.value(NIP));
        if (nip != null) {
            NipRule.problem(nip).ifPresent(reason -> row.problem(NIP, reason, nip));
        }
        String name = row.required(NAME);
        String agency = row.required(AGENCY);
        if (name == null || agency == null) {
            return null;
        }
        String email = row.value(EMAIL);
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            row.problem(EMAIL, "person.error.email", email);
        }
        return new PersonRow(nip, row.value(FRONT_TITLE), name, row.value(BACK_TITLE), row.value(RANK),
                row.value(POSITION), agency, null, email, row.value(PHONE), null);
    }
}
