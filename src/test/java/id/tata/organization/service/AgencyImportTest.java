package id.tata.organization.service;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.importing.ColumnMapping;
import id.tata.importing.ImportPreview;
import id.tata.importing.ImportProblem;
import id.tata.organization.OrgFixture;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.tata.organization.OrgFixture.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyImportTest {
    static final String HEADER = "Kode,Nama Perangkat Daerah,Singkatan,Jenis,Kode Induk\n";

    @TempDir
    Path dir;
    private OrgFixture fx;
    private final AgencyImport importer = new AgencyImport();
    private final AgencyService agencies = new AgencyService();

    @BeforeEach
    void open() {
        fx = new OrgFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Path csv(String content) throws IOException {
        Path file = Files.createTempFile(dir, "pd", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Previews and tries to apply; asserts nothing was written and returns the problems. */
    private List<ImportProblem> rejected(Path file) {
        Map<String, Integer> before = fx.counts();
        ImportPreview<AgencyRow> preview = importer.preview(fx.admin, file, Optional.empty());
        assertTrue(preview.hasErrors());
        assertThrows(TataException.class, () -> importer.apply(fx.admin, preview));
        assertEquals(before, fx.counts());
        return preview.problems();
    }

    @Test
    void duplicateCodeInFileAndInWorkspaceAreReportedAtTheirRows() throws IOException {
        agencies.create(fx.admin, draft("5.01", "Bappeda", AgencyKind.BOARD, null));
        List<ImportProblem> problems = rejected(csv(HEADER
                + "2.16,Dinas Kominfo,Diskominfo,Dinas,\n"
                + "5.01,Badan Perencanaan,Bappeda,Badan,\n"
                + "2.16,Dinas Lain,,Dinas,\n"));
        assertEquals(List.of(ImportProblem.of(3, "Kode", "agency.import.exists", "5.01", "Bappeda"),
                ImportProblem.of(4, "Kode", "import.error.duplicateInFile", "2.16", "2")), problems);
        assertEquals("Baris 4, kolom Kode: Nilai 2.16 sudah dipakai di baris 2 berkas ini.",
                problems.get(1).message(I18n.indonesian()));
    }

    @Test
    void missingRequiredColumnIsReportedOnTheHeaderRow() throws IOException {
        List<ImportProblem> problems = rejected(csv("Kode,Singkatan\n2.16,Diskominfo\n"));
        assertEquals(List.of(ImportProblem.of(1, "Nama Perangkat Daerah", "import.error.missingColumn",
                "Nama Perangkat Daerah")), problems);
    }

    @Test
    void unknownParentUnknownKindAndEmptyNameAreReported() throws IOException {
        List<ImportProblem> problems = rejected(csv(HEADER
                + "2.16,Dinas Kominfo,Diskominfo,Dinas,\n"
                + "2.16.01,UPT Data,,UPT,9.99\n"
                + "7.01,Kecamatan Utara,,Kecamtan,\n"
                + "7.02,,,Kecamatan,\n"));
        assertEquals(List.of(ImportProblem.of(3, "Kode Induk", "import.error.unknownParent", "9.99"),
                ImportProblem.of(4, "Jenis", "agency.import.unknownKind", "Kecamtan"),
                ImportProblem.of(5, "Nama Perangkat Daerah", "import.error.requiredValue", "Nama Perangkat Daerah")),
                problems);
    }

    @Test
    void parentsMayComeLaterInTheFileAndCyclesAreCaught() throws IOException {
        ImportPreview<AgencyRow> preview = importer.preview(fx.admin, csv(HEADER
                + "4.01.01.01,Subbagian Tata Usaha,,Lainnya,4.01.01\n"
                + "4.01.01,Bagian Umum,,Bagian,4.01\n"
                + "4.01,Sekretariat Daerah,Setda,Sekretariat Daerah,\n"), Optional.empty());
        assertEquals(List.of(), preview.problems());
        assertEquals(3, importer.apply(fx.admin, preview).created());
        Agency setda = agencies.findByCode(fx.admin, "4.01").orElseThrow();
        Agency umum = agencies.findByCode(fx.admin, "4.01.01").orElseThrow();
        assertEquals(setda.id(), umum.parentId());
        assertEquals(umum.id(), agencies.findByCode(fx.admin, "4.01.01.01").orElseThrow().parentId());

        List<ImportProblem> cycle = rejected(csv(HEADER + "A,A,,Lainnya,B\nB,B,,Lainnya,A\nC,C,,Lainnya,C\n"));
        assertEquals(List.of(2, 3, 4), cycle.stream().map(ImportProblem::row).toList());
        assertTrue(cycle.stream().allMatch(p -> p.messageKey().equals("agency.import.parentCycle")));
    }

    @Test
    void existingCodesAreUpdatedOnlyWhenAsked() throws IOException {
        Agency old = agencies.create(fx.admin, draft("2.16", "Dinas Kominfo Lama", AgencyKind.OTHER, null));
        Path file = csv(HEADER + "2.16,Dinas Komunikasi dan Informatika,Diskominfo,Dinas,\n5.01,Bappeda,,Badan,\n");
        assertTrue(importer.preview(fx.admin, file, Optional.empty()).hasErrors());
        ImportPreview<AgencyRow> preview = importer.preview(fx.admin, file, Optional.empty(), true);
        assertEquals(List.of(), preview.problems());
        var result = importer.apply(fx.admin, preview);
        assertEquals(1, result.created());
        assertEquals(1, result.updated());
        Agency updated = agencies.find(fx.admin, old.id()).orElseThrow();
        assertEquals("Dinas Komunikasi dan Informatika", updated.name());
        assertEquals(AgencyKind.SERVICE_OFFICE, updated.kind());
    }

    @Test
    void updatingFromAFileWithFewerColumnsKeepsWhatTheFileDoesNotSay() throws IOException {
        Agency setda = agencies.create(fx.admin, draft("4.01", "Setda", AgencyKind.SECRETARIAT, null));
        Agency hukum = agencies.create(fx.admin, new Agency(null, "4.01.02", "Bagian Hukum", "Bag. Hukum",
                AgencyKind.DIVISION, setda.id(), "Jl. Pemuda 1"));
        ImportPreview<AgencyRow> preview = importer.preview(fx.admin,
                csv("Kode,Nama\n4.01.02,Bagian Hukum dan HAM\n"), Optional.empty(), true);
        importer.apply(fx.admin, preview);
        assertEquals(new Agency(hukum.id(), "4.01.02", "Bagian Hukum dan HAM", "Bag. Hukum", AgencyKind.DIVISION,
                setda.id(), "Jl. Pemuda 1"), agencies.find(fx.admin, hukum.id()).orElseThrow());
    }

    @Test
    void threeGoodOneBadImportsNothingAndTheFixedFileImportsFour() {
        Path examples = OrgFixture.SAMPLE_DATA.resolve("examples");
        List<ImportProblem> problems = rejected(examples.resolve("agencies-3-good-1-bad.csv"));
        assertEquals(1, problems.size());
        assertEquals(5, problems.get(0).row());
        assertEquals("Jenis", problems.get(0).column());
        ImportPreview<AgencyRow> fixed = importer.preview(fx.admin, examples.resolve("agencies-4-good.csv"),
                Optional.empty());
        assertEquals(4, importer.apply(fx.admin, fixed).total());
        assertEquals(4, agencies.list(fx.admin).size());
    }

    @Test
    void semicolonsBomAndOtherHeadersWithAMapping() throws IOException {
        Path file = csv("\uFEFFKode PD;Nama;Tipe Unit;Induk\n\"1.02\";\"Dinas Kesehatan; Kota\";Dinas;\n"
                + "1.02.02;RSUD Kota Contoh;RSUD;1.02\n");
        ImportPreview<AgencyRow> preview = importer.preview(fx.admin, file,
                Optional.of(ColumnMapping.parse(AgencyImport.definition(), Map.of("kind", "Tipe Unit"))));
        assertEquals(List.of(), preview.problems());
        importer.apply(fx.admin, preview);
        Agency dinkes = agencies.findByCode(fx.admin, "1.02").orElseThrow();
        assertEquals("Dinas Kesehatan; Kota", dinkes.name());
        assertEquals(AgencyKind.HOSPITAL, agencies.findByCode(fx.admin, "1.02.02").orElseThrow().kind());
    }
}
