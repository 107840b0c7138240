package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.organization.service.AgencyService;
import id.tata.organization.service.PersonService;
import id.tata.organization.service.PositionService;
import id.tata.workspace.Session;
import id.tata.workspace.TestWorkspaces;
import id.tata.workspace.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionViewModelTest {
    @TempDir
    Path dir;

    private final PositionService positions = new PositionService();
    private final PersonService people = new PersonService();
    private final AgencyService agencies = new AgencyService();
    private final CommandStack commands = new CommandStack();
    private Session admin;
    private Agency kominfo;
    private Agency bappeda;
    private PositionViewModel model;

    @BeforeEach
    void open() {
        admin = TestWorkspaces.newAdminSession(dir);
        kominfo = agencies.create(admin, new Agency(null, "2.16", "Dinas Komunikasi dan Informatika", "Diskominfo",
                AgencyKind.SERVICE_OFFICE, null, ""));
        bappeda = agencies.create(admin, new Agency(null, "5.01", "Badan Perencanaan Pembangunan Daerah", "",
                AgencyKind.BOARD, null, ""));
        model = modelFor(admin);
        model.reload();
    }

    @AfterEach
    void close() {
        admin.workspace().close();
    }

    private PositionViewModel modelFor(Session session) {
        return new PositionViewModel(positions, people, agencies, session, new SynchronousTaskExecutor(), commands,
                I18n.indonesian());
    }

    private PositionForm form(String name, Agency agency, String echelon) {
        PositionForm form = model.newForm();
        form.name().set(name);
        form.agency().set(agency);
        form.echelon().set(echelon);
        return form;
    }

    private Position add(String name, Agency agency, String echelon) {
        PositionForm form = form(name, agency, echelon);
        boolean[] saved = {false};
        model.save(form, () -> saved[0] = true);
        assertTrue(saved[0], () -> "not saved: " + form.errors().stream().map(e -> e.get()).toList());
        return model.allPositions().stream().filter(p -> p.name().equals(name.strip())).findFirst().orElseThrow();
    }

    private Person hire(String name, Position position) {
        return people.create(admin, new Person(null, null, "", name, "", "", position.id(), position.agencyId(),
                "", ""));
    }

    @Test
    void addGrowsTheListUndoShrinksItAndRedoKeepsTheId() {
        assertTrue(model.placeholderText().get().startsWith("Belum ada jabatan"), model.placeholderText().get());
        Position added = add("  Kepala Bidang Aplikasi Informatika ", kominfo, "III.a");
        assertEquals("Kepala Bidang Aplikasi Informatika", added.name(), "stored without the stray spaces");
        assertEquals("III.a", added.echelon());
        assertEquals("Diskominfo", model.agencyName(added));
        assertEquals(1, model.visiblePositions().size());
        assertEquals(Optional.of("Tambah Jabatan"), commands.undoName());

        commands.undo();
        model.reload();
        assertTrue(model.visiblePositions().isEmpty());

        commands.redo();
        model.reload();
        assertEquals(List.of(added), positions.list(admin), "redo brings back the same id");
        assertEquals(List.of(added), model.allPositions());
    }

    @Test
    void missingFieldsAreMarkedAndADuplicateGetsTheServicesMessageUnderTheName() {
        PositionForm empty = form(" ", null, "");
        model.save(empty, () -> { throw new AssertionError("saved an empty form"); });
        assertEquals("Nama jabatan wajib diisi.", empty.nameError().get());
        assertEquals("Pilih Perangkat Daerah.", empty.agencyError().get());
        empty.name().set("Sekretaris");
        assertEquals("", empty.nameError().get(), "re-checked while being corrected");
        assertFalse(commands.canUndo());

        add("Sekretaris", kominfo, "III.a");
        PositionForm twin = form("sekretaris", kominfo, "");
        model.save(twin, () -> { throw new AssertionError("saved a duplicate"); });
        assertEquals("Jabatan sekretaris sudah ada di Perangkat Daerah ini.", twin.nameError().get());
        assertEquals("", twin.generalError().get());
        assertFalse(twin.busy().get());
        assertEquals(1, commands.undoCount());

        twin.agency().set(bappeda);
        assertEquals("", twin.nameError().get(), "another agency may resolve the duplicate");
        model.save(twin, () -> { });
        assertEquals(2, positions.list(admin).size(), "the same name in another agency is fine");
    }

    @Test
    void editIsUndoneToThePreviousValuesAndAnUnchangedSaveAddsNoStep() {
        Position before = add("Kepala Seksi Persandian", kominfo, "IV.a");
        model.save(model.editForm(before), () -> { });
        assertEquals(1, commands.undoCount());

        PositionForm form = model.editForm(before);
        assertEquals(kominfo, form.agency().get());
        form.name().set("Kepala Bidang Persandian dan Statistik");
        form.echelon().set("III.b");
        form.agency().set(bappeda);
        model.save(form, () -> { });
        Position after = positions.find(admin, before.id()).orElseThrow();
        assertEquals(new Position(before.id(), "Kepala Bidang Persandian dan Statistik", bappeda.id(), "III.b"),
                after);
        assertEquals(Optional.of("Ubah Jabatan"), commands.undoName());

        commands.undo();
        assertEquals(before, positions.find(admin, before.id()).orElseThrow());
        commands.redo();
        assertEquals(after, positions.find(admin, before.id()).orElseThrow());
    }

    @Test
    void deleteIsRefusedWhilePeopleHoldItAndOtherwiseUndoneWithTheSameId() {
        Position held = add("Pranata Komputer Ahli Muda", kominfo, "Fungsional");
        Position free = add("Analis Kebijakan", kominfo, "Fungsional");
        hire("Rina Wulandari", held);
        hire("Agus Santoso", held);
        model.reload();

        List<String> errors = new ArrayList<>();
        model.delete(held, errors::add);
        assertEquals(List.of("Jabatan Pranata Komputer Ahli Muda tidak dapat dihapus karena masih dipegang oleh "
                + "2 pegawai."), errors);
        assertTrue(positions.find(admin, held.id()).isPresent());
        assertEquals(Optional.of("Tambah Jabatan"), commands.undoName(), "a refusal leaves no undo step");

        model.delete(free, message -> { throw new AssertionError(message); });
        assertEquals(List.of(held), model.allPositions());
        assertEquals(Optional.of("Hapus Jabatan"), commands.undoName());
        commands.undo();
        assertEquals(free, positions.find(admin, free.id()).orElseThrow());
    }

    @Test
    void holdersAreCountedAndNamedAndSearchable() {
        Position held = add("Pranata Komputer Ahli Muda", kominfo, "Fungsional");
        Position free = add("Perencana Ahli Muda", bappeda, "Fungsional");
        hire("Rina Wulandari", held);
        people.create(admin, new Person(null, null, "Ir.", "Agus Santoso", "M.T.", "", held.id(), kominfo.id(),
                "", ""));
        model.reload();
        assertEquals(2, model.holderCount(held));
        assertEquals(List.of("Ir. Agus Santoso, M.T.", "Rina Wulandari"), model.holderNames(held));
        assertEquals(0, model.holderCount(free));

        model.searchText().set("wulandari");
        assertEquals(List.of(held), List.copyOf(model.visiblePositions()));
        model.searchText().set("");
        model.agencyFilter().set(bappeda);
        assertEquals(List.of(free), List.copyOf(model.visiblePositions()));
        assertEquals(bappeda, model.newForm().agency().get(), "a new jabatan starts in the filtered agency");
        model.searchText().set("komputer");
        assertTrue(model.visiblePositions().isEmpty());
        assertTrue(model.placeholderText().get().startsWith("Tidak ada jabatan"), model.placeholderText().get());
    }

    @Test
    void aSecretariatSessionCannotWrite() {
        Session secretariat = TestWorkspaces.sessionAs(admin, Role.SECRETARIAT);
        PositionViewModel readOnly = modelFor(secretariat);
        readOnly.reload();
        assertFalse(readOnly.canEdit());
        PositionForm form = readOnly.newForm();
        form.name().set("Kepala Dinas");
        form.agency().set(kominfo);
        readOnly.save(form, () -> { throw new AssertionError("the secretariat saved"); });
        assertTrue(positions.list(admin).isEmpty());
        assertFalse(commands.canUndo());
    }
}
