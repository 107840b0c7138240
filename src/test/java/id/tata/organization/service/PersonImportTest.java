package id.tata.organization.service;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.importing.ImportPreview;
import id.tata.importing.ImportProblem;
import id.tata.organization.OrgFixture;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.organization.domain.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.tata.organization.OrgFixture.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonImportTest {
    static final String HEADER = "NIP,Gelar Depan,Nama,Gelar Belakang,Pangkat/Golongan,Jabatan,Kode PD,Email,HP\n";

    @TempDir
    Path dir;
    private OrgFixture fx;
    private Agency kominfo;
    private final PersonImport importer = new PersonImport();

    @BeforeEach
    void open() {
        fx = new OrgFixture(dir);
        kominfo = new AgencyService().create(fx.admin, new Agency(null, "2.16", "Dinas Komunikasi dan Informatika",
                "Diskominfo", AgencyKind.SERVICE_OFFICE, null, ""));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Path csv(String content) throws IOException {
        return Files.writeString(dir.resolve("pegawai.csv"), content);
    }

    @Test
    void badNipUnknownAgencyAndDuplicateNipAreReportedAndNothingIsWritten() throws IOException {
        Map<String, Integer> before = fx.counts();
        ImportPreview<PersonRow> preview = importer.preview(fx.admin, csv(HEADER
                + "198001012005011001,,Budi Santoso,S.Kom.,Penata (III/c),Pranata Komputer Ahli Muda,2.16,,\n"
                + "19801301 200501 1 002,,Ayu Lestari,,,,2.16,,\n"
                + "198001012005011001,,Joko Wibowo,,,,2.16,,\n"
                + "198505052010012003,,Sri Wahyuni,,,,Dinas Antah,,\n"), Optional.empty());
        assertEquals(List.of(
                ImportProblem.of(3, "NIP", "nip.error.birthDate", "198013012005011002"),
                ImportProblem.of(4, "NIP", "import.error.duplicateInFile", "198001012005011001", "2"),
                ImportProblem.of(5, "Kode PD", "import.error.unknownAgency", "Dinas Antah")), preview.problems());
        assertEquals("Baris 3, kolom NIP: NIP 198013012005011002: angka ke-1 sampai ke-8 harus tanggal lahir yang sah "
                + "(tahun, bulan, tanggal; tahun 1940 sampai tahun ini).", preview.problems().get(0).message(I18n.indonesian()));
        assertThrows(TataException.class, () -> importer.apply(fx.admin, preview));
        assertEquals(before, fx.counts());
    }

    @Test
    void peopleAreImportedWithPositionsCreatedUnderTheirAgency() throws IOException {
        ImportPreview<PersonRow> preview = importer.preview(fx.admin, csv(HEADER
                + "198001012005011001,Dr.,Budi Santoso,\"S.Kom., M.T.\",Pembina (IV/a),Kepala Dinas,2.16,"
                + "budi@kotacontoh.go.id,0812-1111-2222\n"
                + ",,Ayu Lestari,,,Kepala Dinas,Diskominfo,,\n"
                + "198505052010012003,,Sri Wahyuni,S.T.,Penata (III/c),Pranata Komputer Ahli Muda,"
                + "dinas komunikasi dan informatika,,\n"), Optional.empty());
        assertEquals(List.of(), preview.problems());
        assertEquals(3, importer.apply(fx.admin, preview).created());
        List<Person> people = new PersonService().listByAgency(fx.admin, kominfo.id());
        assertEquals(List.of("Ayu Lestari", "Budi Santoso", "Sri Wahyuni"), people.stream().map(Person::name).toList());
        assertEquals("Dr. Budi Santoso, S.Kom., M.T.", people.get(1).displayName());
        assertEquals("0812-1111-2222", people.get(1).phone());
        assertEquals(2, new PositionService().listByAgency(fx.admin, kominfo.id()).size());
        assertEquals(people.get(0).positionId(), people.get(1).positionId());
    }

    @Test
    void existingNipIsAProblemUnlessUpdating() throws IOException {
        new PersonService().create(fx.admin, new Person(null, "198001012005011001", "", "Budi", "", "", null,
                kominfo.id(), "", ""));
        Path file = csv(HEADER + "198001012005011001,,Budi Santoso,S.Kom.,Penata (III/c),,2.16,,\n");
        assertEquals("person.import.exists", importer.preview(fx.admin, file, Optional.empty()).problems().get(0)
                .messageKey());
        ImportPreview<PersonRow> update = importer.preview(fx.admin, file, Optional.empty(), true);
        assertEquals(1, importer.apply(fx.admin, update).updated());
        assertEquals("Budi Santoso", new PersonService().findByNip(fx.admin, "198001012005011001").orElseThrow()
                .name());
        assertTrue(draft("x", "x", AgencyKind.OTHER, null).parentId() == null);
    }
}
