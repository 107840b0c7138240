package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.importing.ColumnMapping;
import id.tata.importing.ImportProblem;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.organization.domain.Person;
import id.tata.organization.service.AgencyService;
import id.tata.organization.service.PersonService;
import id.tata.organization.service.PositionService;
import id.tata.organization.ui.ImportWizardModel.Step;
import id.tata.workspace.Session;
import id.tata.workspace.TestWorkspaces;
import id.tata.workspace.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportWizardModelTest {
    @TempDir
    Path dir;

    private final AgencyService agencies = new AgencyService();
    private final CommandStack commands = new CommandStack();
    private final List<String> imported = new ArrayList<>();
    private Session admin;

    @BeforeEach
    void open() {
        admin = TestWorkspaces.newAdminSession(dir);
    }

    @AfterEach
    void close() {
        admin.workspace().close();
    }

    private ImportWizardModel wizard(ImportKind kind, Session session) {
        return new ImportWizardModel(kind, session, new SynchronousTaskExecutor(), commands, I18n.indonesian());
    }

    private Path csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aBadRowIsShownWithItsNumberAndNothingIsImported() throws IOException {
        Path file = Files.copy(Path.of("sample-data/examples/agencies-3-good-1-bad.csv"),
                dir.resolve("pd.csv"));
        ImportWizardModel model = wizard(ImportKind.AGENCIES, admin);
        model.chooseFile(file);
        assertEquals(Step.MAPPING, model.step().get());
        assertEquals("Kode", model.mappingOf("code").get());
        assertEquals("Kode Induk", model.mappingOf("parentCode").get());
        assertEquals(ColumnMapping.UNUSED, model.mappingOf("address").get(), "the file has no Alamat");
        assertEquals("pd.csv: 4 baris data, 5 kolom.", model.fileSummary().get());

        model.check();
        assertEquals(Step.PREVIEW, model.step().get());
        assertEquals("3 baris siap diimpor, 1 bermasalah.", model.summary().get());
        ImportProblem problem = model.problems().get(0);
        assertEquals(List.of(5), model.problems().stream().map(ImportProblem::row).toList());
        assertEquals("Jenis", problem.column());
        assertTrue(model.problemReason(problem).contains("Kecamtan"), model.problemReason(problem));
        assertFalse(model.canApply().get());

        model.apply(imported::add);
        assertTrue(imported.isEmpty());
        assertTrue(agencies.list(admin).isEmpty(), "all or nothing: not even the three good rows");
        assertFalse(commands.canUndo());
    }

    @Test
    void headersNobodyKnowsAreMappedByHandThenImportedAndUndone() throws IOException {
        Path file = csv("unit.csv", "No. Unit;Uraian;Golongan Unit;Atasan\nA1;Dinas A;Dinas;\nA1.1;UPT A;UPTD;A1\n");
        ImportWizardModel model = wizard(ImportKind.AGENCIES, admin);
        model.chooseFile(file);
        assertEquals(ColumnMapping.UNUSED, model.mappingOf("code").get());
        assertTrue(model.missing(model.fields().get(0)).get(), "Kode is required and not mapped");
        model.check();
        assertEquals("Pemetaan kolom belum lengkap, sehingga baris-barisnya belum dapat diperiksa. "
                + "Kembali dan pilih kolomnya.", model.summary().get());
        assertTrue(model.problems().stream().allMatch(p -> p.row() == 1));
        assertFalse(model.canApply().get());

        model.back();
        assertEquals(Step.MAPPING, model.step().get());
        model.mappingOf("code").set("No. Unit");
        model.mappingOf("name").set("Uraian");
        model.mappingOf("kind").set("Golongan Unit");
        model.mappingOf("parentCode").set("Atasan");
        model.check();
        assertEquals("2 baris siap diimpor, tidak ada yang bermasalah.", model.summary().get());
        assertTrue(model.problems().isEmpty());
        assertTrue(model.canApply().get());

        model.apply(imported::add);
        assertEquals(List.of("2 Perangkat Daerah diimpor."), imported);
        Map<String, Agency> byCode = byCode();
        assertEquals(byCode.get("A1").id(), byCode.get("A1.1").parentId());
        assertEquals(AgencyKind.SERVICE_OFFICE, byCode.get("A1").kind());
        assertEquals(Optional.of("Impor Perangkat Daerah dari unit.csv"), commands.undoName());

        commands.undo();
        assertTrue(agencies.list(admin).isEmpty(), "undo deletes what the import created, children first");
        commands.redo();
        assertEquals(byCode, byCode(), "redo brings them back with the same ids");
    }

    @Test
    void updatesAreUndoneToTheOldValuesAndAnUnusedColumnKeepsTheStoredValue() throws IOException {
        Agency old = agencies.create(admin, new Agency(null, "A1", "Nama Lama", "Lama", AgencyKind.OTHER, null,
                "Jl. Lama"));
        Path file = csv("ubah.csv", "Kode,Nama Perangkat Daerah,Singkatan,Jenis,Kode Induk\n"
                + "A1,Dinas Baru,Baru,Dinas,\nA2,Bagian Baru,,Bagian,A1\n");
        ImportWizardModel model = wizard(ImportKind.AGENCIES, admin);
        model.chooseFile(file);
        model.check();
        assertEquals("1 baris siap diimpor, 1 bermasalah.", model.summary().get(), "A1 exists");

        model.back();
        model.updateExisting().set(true);
        model.mappingOf("shortName").set(ColumnMapping.UNUSED);
        model.check();
        assertTrue(model.canApply().get(), () -> model.problems().toString());
        model.apply(imported::add);
        assertEquals(List.of("2 Perangkat Daerah diimpor. Baru 1, diperbarui 1."), imported);
        Agency updated = byCode().get("A1");
        assertEquals("Dinas Baru", updated.name());
        assertEquals("Lama", updated.shortName(), "a column left out keeps what is stored");

        commands.undo();
        assertEquals(List.of(old), agencies.list(admin));
        commands.redo();
        assertEquals(updated, byCode().get("A1"));
        assertEquals(2, agencies.list(admin).size());
    }

    @Test
    void aPeopleImportIsUndoneWithThePositionsItCreated() throws IOException {
        Agency agency = agencies.create(admin, new Agency(null, "2.16", "Dinas Komunikasi dan Informatika",
                "Diskominfo", AgencyKind.SERVICE_OFFICE, null, ""));
        Path file = csv("pegawai.csv", "NIP,Nama,Jabatan,Kode PD\n"
                + "196701131990031009,Agus Santoso,Kepala Dinas,2.16\n,Budi Rahman,Pranata Komputer,2.16\n");
        ImportWizardModel model = wizard(ImportKind.PEOPLE, admin);
        model.chooseFile(file);
        assertEquals("Kode PD", model.mappingOf("agency").get());
        model.check();
        assertTrue(model.canApply().get(), () -> model.problems().toString());
        model.apply(imported::add);
        assertEquals(List.of("2 pegawai diimpor."), imported);
        List<Person> people = new PersonService().list(admin);
        assertEquals(2, people.size());
        assertTrue(people.stream().allMatch(p -> agency.id().equals(p.agencyId())));
        assertEquals(2, new PositionService().list(admin).size());

        commands.undo();
        assertTrue(new PersonService().list(admin).isEmpty());
        assertTrue(new PositionService().list(admin).isEmpty(), "positions the import made go with it");
        commands.redo();
        assertEquals(people, new PersonService().list(admin));
    }

    @Test
    void withoutTheEditPermissionThePreviewIsShownButNeverApplied() throws IOException {
        Session operator = TestWorkspaces.sessionAs(admin, Role.OPERATOR);
        Path file = csv("pd.csv", "Kode,Nama Perangkat Daerah\nA1,Dinas A\n");
        ImportWizardModel model = wizard(ImportKind.AGENCIES, operator);
        model.chooseFile(file);
        model.check();
        assertTrue(model.problems().isEmpty());
        assertFalse(model.canEdit());
        assertFalse(model.canApply().get());
    }

    @Test
    void englishCountsReadAsEnglish() throws IOException {
        Path file = csv("pd.csv", "Kode,Nama Perangkat Daerah,Jenis\nA1,Dinas A,Dinas\nA2,Dinas B,Dinas\n");
        ImportWizardModel model = new ImportWizardModel(ImportKind.AGENCIES, admin, new SynchronousTaskExecutor(),
                commands, I18n.english());
        model.chooseFile(file);
        model.check();
        assertEquals("2 rows ready to import, none with problems.", model.summary().get());
        model.apply(imported::add);
        assertEquals(List.of("2 regional agencies imported."), imported);
        assertEquals("(not used)", model.choiceLabel(ColumnMapping.UNUSED));
    }

    @Test
    void anUnreadableFileStaysOnTheFirstStepWithTheReason() {
        ImportWizardModel model = wizard(ImportKind.AGENCIES, admin);
        model.chooseFile(dir.resolve("tidak-ada.csv"));
        assertEquals(Step.FILE, model.step().get());
        assertFalse(model.errorText().get().isEmpty());
        assertFalse(model.busy().get());
    }

    @Test
    void anExportFileNameGetsItsExtension() {
        assertEquals(Path.of("a/pd.xlsx"), OrganizationTransferActions.withExtension(Path.of("a/pd")));
        assertEquals(Path.of("a/pd.XLSX"), OrganizationTransferActions.withExtension(Path.of("a/pd.XLSX")));
    }

    private Map<String, Agency> byCode() {
        return agencies.list(admin).stream().collect(Collectors.toMap(Agency::code, Function.identity()));
    }
}
