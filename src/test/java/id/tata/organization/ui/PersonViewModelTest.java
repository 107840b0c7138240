package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.common.l10n.Nip;
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
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonViewModelTest {
    private static final String NIP = "196701131990031009";

    @TempDir
    Path dir;

    private final PersonService people = new PersonService();
    private final PositionService positions = new PositionService();
    private final AgencyService agencies = new AgencyService();
    private final CommandStack commands = new CommandStack();
    private Workspace workspace;
    private Session admin;
    private Agency kominfo;
    private Agency bappeda;
    private PersonViewModel model;

    @BeforeEach
    void open() {
        workspace = new WorkspaceStore(2).create(dir.resolve("kota.tata"));
        admin = new UserService().createFirstAdmin(workspace, "admin", "Admin Kota", "rahasia-123".toCharArray());
        kominfo = agencies.create(admin, new Agency(null, "2.16", "Dinas Komunikasi dan Informatika", "Diskominfo",
                AgencyKind.SERVICE_OFFICE, null, ""));
        bappeda = agencies.create(admin, new Agency(null, "5.01", "Badan Perencanaan Pembangunan Daerah", "",
                AgencyKind.BOARD, null, ""));
        model = modelFor(admin);
        model.reload();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private PersonViewModel modelFor(Session session) {
        return new PersonViewModel(people, positions, agencies, session, new SynchronousTaskExecutor(), commands,
                I18n.indonesian());
    }

    private PersonForm form(String nip, String name, Agency agency, String position) {
        PersonForm form = model.newForm();
        form.nip().set(nip);
        form.name().set(name);
        form.agency().set(agency);
        form.position().set(position);
        return form;
    }

    private Person add(String nip, String name, Agency agency, String position) {
        PersonForm form = form(nip, name, agency, position);
        boolean[] saved = {false};
        model.save(form, () -> saved[0] = true);
        assertTrue(saved[0], () -> "not saved: " + form.errors().stream().map(e -> e.get()).toList());
        return model.allPeople().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void addGrowsTheListUndoShrinksItAndRedoKeepsTheId() {
        assertEquals("Belum ada pegawai. Tambahkan atau impor dari Excel.", model.placeholderText().get());
        Person added = add("19670113 199003 1 009", "Agus Santoso", kominfo, "");
        assertEquals(NIP, added.nip(), "stored as digits only");
        assertEquals(1, model.visiblePeople().size());
        assertEquals("19670113 199003 1 009", model.nipText(added));
        assertEquals("Diskominfo", model.agencyName(added));
        assertEquals(Optional.of("Tambah Pegawai"), commands.undoName());

        commands.undo();
        model.reload();
        assertTrue(model.visiblePeople().isEmpty());

        commands.redo();
        assertEquals(List.of(added), people.list(admin));
    }

    @Test
    void invalidNipNamesTheReasonAndMissingFieldsAreMarked() {
        PersonForm form = form("1967011319900310", "", null, "");
        form.email().set("agus@kominfo");
        model.save(form, () -> { throw new AssertionError("saved an invalid form"); });
        assertEquals(Nip.check("1967011319900310").message(I18n.indonesian()), form.nipError().get());
        assertTrue(form.nipError().get().contains("18 angka"), form.nipError().get());
        assertEquals("Nama wajib diisi.", form.nameError().get());
        assertEquals("Pilih Perangkat Daerah.", form.agencyError().get());
        assertTrue(form.emailError().get().contains("agus@kominfo"), form.emailError().get());
        assertFalse(commands.canUndo());

        form.nip().set("19670113199003100");
        assertTrue(form.nipError().get().contains("19670113199003100"), "re-checked while being corrected");
        form.nip().set(NIP);
        assertEquals("", form.nipError().get());
        form.name().set("Agus Santoso");
        assertEquals("", form.nameError().get());
        form.agency().set(kominfo);
        form.email().set("agus@kotacontoh.go.id");
        model.save(form, () -> { });
        assertEquals(1, model.allPeople().size());
    }

    @Test
    void theServicesRefusalAppearsUnderItsField() {
        add(NIP, "Agus Santoso", kominfo, "");
        PersonForm twin = form(NIP, "Budi Hartono", bappeda, "");
        model.save(twin, () -> { throw new AssertionError("saved a duplicate NIP"); });
        assertEquals("NIP " + NIP + " sudah dipakai oleh Agus Santoso.", twin.nipError().get());
        assertEquals("", twin.generalError().get());
        assertFalse(twin.busy().get());
    }

    @Test
    void aTypedPositionIsCreatedWithThePersonAndTakenBackByTheSameUndo() {
        Position existing = positions.create(admin, new Position(null, "Kepala Dinas", kominfo.id(), ""));
        model.reload();
        assertEquals(List.of("Kepala Dinas"), model.positionNames(kominfo));

        Person head = add(NIP, "Agus Santoso", kominfo, "kepala dinas");
        assertEquals(existing.id(), head.positionId(), "an existing name is reused, whatever its case");
        Person staff = add("", "Rina Wulandari", kominfo, "Pranata Komputer Ahli Muda");
        assertEquals("Pranata Komputer Ahli Muda", model.positionName(staff));
        assertEquals(2, positions.listByAgency(admin, kominfo.id()).size());

        commands.undo();
        assertEquals(List.of(existing), positions.listByAgency(admin, kominfo.id()));
        commands.redo();
        assertEquals(staff, people.find(admin, staff.id()).orElseThrow());
        assertEquals(2, positions.listByAgency(admin, kominfo.id()).size());
        commands.undo();
        commands.undo();
        assertEquals(List.of(existing), positions.listByAgency(admin, kominfo.id()), "a shared position stays");
    }

    @Test
    void editIsUndoneToThePreviousValuesAndAnUnchangedSaveAddsNoStep() {
        Person before = add(NIP, "Agus Santoso", kominfo, "");
        PersonForm unchanged = model.editForm(before);
        model.save(unchanged, () -> { });
        assertEquals(1, commands.undoCount());

        PersonForm form = model.editForm(before);
        form.frontTitle().set("Dr. H.");
        form.backTitle().set("S.H., M.Si.");
        form.rank().set("Pembina Utama Madya (IV/d)");
        form.agency().set(bappeda);
        form.position().set("Kepala Badan");
        model.save(form, () -> { });
        Person after = people.find(admin, before.id()).orElseThrow();
        assertEquals("Dr. H. Agus Santoso, S.H., M.Si.", after.displayName());
        assertEquals("Kepala Badan", model.positionName(after));
        assertEquals(Optional.of("Ubah Pegawai"), commands.undoName());

        commands.undo();
        assertEquals(before, people.find(admin, before.id()).orElseThrow());
        assertTrue(positions.listByAgency(admin, bappeda.id()).isEmpty(), "the jabatan made by the edit is gone");
    }

    @Test
    void deleteIsUndoneWithTheSameId() {
        Person agus = add(NIP, "Agus Santoso", kominfo, "Kepala Dinas");
        model.delete(agus, message -> { throw new AssertionError(message); });
        assertTrue(model.allPeople().isEmpty());
        assertEquals(Optional.of("Hapus Pegawai"), commands.undoName());
        commands.undo();
        assertEquals(agus, people.find(admin, agus.id()).orElseThrow());
    }

    @Test
    void searchAndAgencyFilterNarrowTheTable() {
        add(NIP, "Agus Santoso", kominfo, "Kepala Dinas");
        add("", "Rina Wulandari", bappeda, "Perencana Ahli Muda");
        model.agencyFilter().set(bappeda);
        assertEquals(List.of("Rina Wulandari"), model.visiblePeople().stream().map(Person::name).toList());
        assertEquals(bappeda, model.newForm().agency().get(), "a new person starts in the filtered agency");
        model.agencyFilter().set(null);
        model.searchText().set("19670113 199003");
        assertEquals(List.of("Agus Santoso"), model.visiblePeople().stream().map(Person::name).toList());
        model.searchText().set("perencana");
        assertEquals(List.of("Rina Wulandari"), model.visiblePeople().stream().map(Person::name).toList());
        model.searchText().set("komunikasi");
        assertEquals(List.of("Agus Santoso"), model.visiblePeople().stream().map(Person::name).toList());
        model.searchText().set("tidak ada");
        assertTrue(model.visiblePeople().isEmpty());
        assertTrue(model.placeholderText().get().startsWith("Tidak ada pegawai"), model.placeholderText().get());
    }

    @Test
    void aSecretariatSessionCannotWrite() {
        new UserService().add(admin, "sekretariat", "Agus Priyono", Role.SECRETARIAT, "rahasia-123".toCharArray());
        Session secretariat = new UserService().login(workspace, "sekretariat", "rahasia-123".toCharArray());
        PersonViewModel readOnly = modelFor(secretariat);
        readOnly.reload();
        assertFalse(readOnly.canEdit());
        PersonForm form = readOnly.newForm();
        form.nip().set(NIP);
        form.name().set("Agus Santoso");
        form.agency().set(kominfo);
        readOnly.save(form, () -> { throw new AssertionError("the secretariat saved"); });
        assertTrue(people.list(admin).isEmpty());
        assertFalse(commands.canUndo());
    }
}
