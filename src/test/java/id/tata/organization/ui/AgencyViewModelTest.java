package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.organization.service.AgencyService;
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

class AgencyViewModelTest {
    @TempDir
    Path dir;

    private final AgencyService service = new AgencyService();
    private final CommandStack commands = new CommandStack();
    private Workspace workspace;
    private Session admin;
    private AgencyViewModel model;

    @BeforeEach
    void open() {
        workspace = new WorkspaceStore(2).create(dir.resolve("kota.tata"));
        admin = new UserService().createFirstAdmin(workspace, "admin", "Admin Kota", "rahasia-123".toCharArray());
        model = modelFor(admin);
        model.reload();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private AgencyViewModel modelFor(Session session) {
        return new AgencyViewModel(service, session, new SynchronousTaskExecutor(), commands, I18n.indonesian());
    }

    private Agency add(String code, String name, Agency parent) {
        AgencyForm form = model.newForm();
        form.code().set(code);
        form.name().set(name);
        form.kind().set(AgencyKind.SERVICE_OFFICE);
        form.parent().set(parent);
        boolean[] saved = {false};
        model.save(form, () -> saved[0] = true);
        assertTrue(saved[0], () -> "not saved: " + form.codeError().get() + form.nameError().get()
                + form.generalError().get());
        return model.allAgencies().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void emptyWorkspaceSaysSoAndAddIsUndoneAndRedoneWithTheSameId() {
        assertEquals("Belum ada Perangkat Daerah. Tambahkan atau impor dari Excel.", model.placeholderText().get());
        Agency added = add("1.01", "Dinas Komunikasi dan Informatika", null);
        assertEquals(1, model.visibleAgencies().size());
        assertEquals(Optional.of("Tambah Perangkat Daerah"), commands.undoName());

        commands.undo();
        assertTrue(service.list(admin).isEmpty());
        model.reload();
        assertTrue(model.visibleAgencies().isEmpty());

        commands.redo();
        assertEquals(List.of(added), service.list(admin));
    }

    @Test
    void invalidFormShowsErrorsPerFieldAndSavesNothing() {
        AgencyForm form = model.newForm();
        model.save(form, () -> { throw new AssertionError("saved an empty form"); });
        assertEquals("Kode wajib diisi.", form.codeError().get());
        assertEquals("Nama wajib diisi.", form.nameError().get());
        assertEquals("Pilih jenis Perangkat Daerah.", form.kindError().get());
        assertFalse(commands.canUndo());

        add("1.01", "Dinas Komunikasi dan Informatika", null);
        AgencyForm duplicate = model.newForm();
        duplicate.code().set(" 1.01 ");
        duplicate.name().set("Dinas Lain");
        duplicate.kind().set(AgencyKind.SERVICE_OFFICE);
        model.save(duplicate, () -> { throw new AssertionError("saved a duplicate code"); });
        assertEquals("Kode 1.01 sudah dipakai Perangkat Daerah lain.", duplicate.codeError().get());
        assertEquals("", duplicate.nameError().get());
    }

    @Test
    void editIsUndoneToThePreviousValues() {
        Agency before = add("1.01", "Dinas Kominfo", null);
        AgencyForm form = model.editForm(before);
        form.name().set("Dinas Komunikasi, Informatika, Statistik dan Persandian");
        model.save(form, () -> { });
        assertEquals("Dinas Komunikasi, Informatika, Statistik dan Persandian",
                service.find(admin, before.id()).orElseThrow().name());
        assertEquals(Optional.of("Ubah Perangkat Daerah"), commands.undoName());

        commands.undo();
        assertEquals(before, service.find(admin, before.id()).orElseThrow());
    }

    @Test
    void deleteIsUndoneWithTheSameIdAndChildrenBlockDeletion() {
        Agency parent = add("4.01", "Sekretariat Daerah", null);
        Agency child = add("4.01.01", "Bagian Organisasi", parent);
        assertEquals("Sekretariat Daerah", model.parentName(child));

        String[] error = {""};
        model.delete(parent, message -> error[0] = message);
        assertFalse(error[0].isEmpty(), "a parent with children must not be deleted");

        model.delete(child, message -> { throw new AssertionError(message); });
        assertEquals(List.of(parent), model.allAgencies());
        commands.undo();
        assertEquals(child, service.find(admin, child.id()).orElseThrow());
    }

    @Test
    void parentChoicesLeaveOutTheAgencyAndEverythingBelowIt() {
        Agency top = add("4.01", "Sekretariat Daerah", null);
        Agency middle = add("4.01.01", "Asisten Pemerintahan", top);
        add("4.01.01.01", "Bagian Tata Pemerintahan", middle);
        Agency other = add("2.16", "Dinas Kominfo", null);
        assertEquals(List.of(other, top), model.parentChoices(model.editForm(middle)));
        assertEquals(4, model.parentChoices(model.newForm()).size());
    }

    @Test
    void searchFiltersByCodeNameOrShortName() {
        add("1.01", "Dinas Pendidikan", null);
        add("2.16", "Dinas Komunikasi dan Informatika", null);
        model.searchText().set("KOMUNIKASI");
        assertEquals(1, model.visibleAgencies().size());
        model.searchText().set("tidak ada");
        assertEquals("Tidak ada Perangkat Daerah yang cocok dengan “tidak ada”.", model.placeholderText().get());
        model.searchText().set("");
        assertEquals(2, model.visibleAgencies().size());
    }

    @Test
    void rolesWithoutOrganizationEditCannotChangeAnything() {
        new UserService().add(admin, "operator", "Operator Data", Role.OPERATOR, "rahasia-123".toCharArray());
        Session operator = new UserService().login(workspace, "operator", "rahasia-123".toCharArray());
        AgencyViewModel readOnly = modelFor(operator);
        assertFalse(readOnly.canEdit());
        AgencyForm form = readOnly.newForm();
        form.code().set("1.01");
        form.name().set("Dinas Pendidikan");
        form.kind().set(AgencyKind.SERVICE_OFFICE);
        readOnly.save(form, () -> { throw new AssertionError("an operator saved"); });
        assertTrue(service.list(admin).isEmpty());
    }
}
