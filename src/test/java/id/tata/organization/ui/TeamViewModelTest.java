package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.organization.domain.Position;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamKind;
import id.tata.organization.domain.TeamRole;
import id.tata.organization.domain.TeamTask;
import id.tata.organization.service.AgencyService;
import id.tata.organization.service.PersonService;
import id.tata.organization.service.PositionService;
import id.tata.organization.service.TeamService;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamViewModelTest {
    @TempDir
    Path dir;

    private final TeamService teams = new TeamService();
    private final CommandStack commands = new CommandStack();
    private final List<String> errors = new ArrayList<>();
    private Session admin;
    private Position sekda;
    private TeamViewModel model;

    @BeforeEach
    void open() {
        admin = TestWorkspaces.newAdminSession(dir);
        Agency setda = new AgencyService().create(admin, new Agency(null, "4.01", "Sekretariat Daerah", "Setda",
                AgencyKind.SECRETARIAT, null, ""));
        sekda = new PositionService().create(admin, new Position(null, "Sekretaris Daerah", setda.id(), "II.a"));
        model = modelFor(admin);
        model.reload();
    }

    @AfterEach
    void close() {
        admin.workspace().close();
        assertEquals(List.of(), errors);
    }

    private TeamViewModel modelFor(Session session) {
        return new TeamViewModel(teams, new PositionService(), new PersonService(), new AgencyService(), session,
                new SynchronousTaskExecutor(), commands, I18n.indonesian());
    }

    private List<TeamRole> roles() {
        return model.contents().members().stream().map(r -> r.view().role()).toList();
    }

    private void undo() {
        assertTrue(commands.undo());
        model.reload(); // what the shell does after Ctrl+Z
    }

    private void redo() {
        assertTrue(commands.redo());
        model.reload();
    }

    @Test
    void aTeamFromATemplateIsShownWithItsMembersAndTasks() {
        assertTrue(model.teams().isEmpty());
        model.createFromTemplate("madiun-2021-koordinasi", 2026, () -> { }, errors::add);
        assertEquals(1, model.teams().size());
        Team team = model.selected().get();
        assertEquals("Tim Koordinasi SPBE Pemerintah Daerah", team.name());
        assertEquals("sejak 2026", model.period(team));
        assertEquals(List.of(TeamRole.KETUA, TeamRole.WAKIL_KETUA, TeamRole.SEKRETARIS, TeamRole.SEKRETARIS,
                TeamRole.ANGGOTA), roles());
        assertEquals(sekda.id(), model.contents().members().get(0).member().positionId(), "matched to the workspace's Sekda");
        assertEquals(2, model.contents().tasks().size());
        assertEquals("Tim dari Templat", commands.undoName().orElseThrow());
        undo();
        assertTrue(model.teams().isEmpty());
        assertTrue(model.contents().members().isEmpty(), "nothing left to show");
        redo();
        assertEquals(team, model.selected().get(), "redo restores the same team, id and all");
    }

    @Test
    void movingAMemberIsOneUndoableStepThatKeepsTheIds() {
        model.createFromTemplate("madiun-2021-koordinasi", 2026, () -> { }, errors::add);
        List<Long> ids = model.contents().memberIds();
        assertTrue(model.contents().moveMember(1, -1, errors::add));
        assertEquals(List.of(ids.get(1), ids.get(0), ids.get(2), ids.get(3), ids.get(4)), model.contents().memberIds());
        assertEquals("Pindahkan Anggota Tim", commands.undoName().orElseThrow());
        assertFalse(model.contents().moveMember(0, -1, errors::add), "the first cannot go higher");
        undo();
        assertEquals(ids, model.contents().memberIds());
        redo();
        assertEquals(TeamRole.WAKIL_KETUA, roles().get(0));
    }

    @Test
    void addingEditingAndRemovingMembersAndTasksUndoes() {
        model.createFromTemplate("batubara-2021-koordinasi", 2026, () -> { }, errors::add);
        TeamMemberForm form = model.contents().newMemberForm();
        form.role().set(TeamRole.ANGGOTA);
        model.contents().saveMember(form, () -> { });
        assertEquals("Anggota tim memerlukan jabatan, pegawai atau uraian kedudukan.", form.error().get());
        form.title().set("Kepala Dinas Kesehatan");
        boolean[] saved = {false};
        model.contents().saveMember(form, () -> saved[0] = true);
        assertTrue(saved[0]);
        assertEquals(4, model.contents().members().size());
        Long added = model.contents().memberIds().get(3);
        undo();
        assertEquals(3, model.contents().members().size());
        redo();
        assertEquals(added, model.contents().memberIds().get(3), "redo brings the member back under its id");

        TeamMemberForm edit = model.contents().editMemberForm(0);
        edit.position().set(null);
        edit.title().set("Sekretaris Daerah Kabupaten");
        model.contents().saveMember(edit, () -> { });
        assertEquals("Sekretaris Daerah Kabupaten", model.contents().members().get(0).view().standing());

        TeamTaskForm task = model.contents().newTaskForm();
        task.text().set("mengoordinasikan penyusunan\nArsitektur SPBE; dan");
        model.contents().saveTask(task, () -> { });
        assertEquals("mengoordinasikan penyusunan Arsitektur SPBE", model.contents().tasks().get(8).text(),
                "joined into one line, without the list's closing words");
        assertTrue(model.contents().moveTask(8, -1, errors::add));
        assertEquals("mengoordinasikan penyusunan Arsitektur SPBE", model.contents().tasks().get(7).text());
        model.contents().removeTask(7, errors::add);
        assertEquals(8, model.contents().tasks().size());
        undo();
        undo();
        assertEquals(List.of("mengoordinasikan penyusunan Arsitektur SPBE"),
                model.contents().tasks().stream().map(TeamTask::text).filter(t -> t.contains("Arsitektur")).toList());
        assertEquals(8, model.contents().tasks().stream().map(TeamTask::text).toList()
                .indexOf("mengoordinasikan penyusunan Arsitektur SPBE"));
    }

    @Test
    void aNewTeamIsAddedEditedAndDeletedWithUndo() {
        TeamForm form = model.newTeamForm();
        form.name().set("Tim Satu Data");
        form.kind().set(TeamKind.OTHER);
        form.startYear().set("2026");
        form.endYear().set("2025");
        model.saveTeam(form, () -> { });
        assertEquals("Masa tugas tidak dapat berakhir (2025) sebelum dimulai (2026).", form.periodError().get());
        form.endYear().set("2027");
        model.saveTeam(form, () -> { });
        Team created = model.selected().get();
        assertEquals("2026–2027", model.period(created));

        TeamForm edit = model.editTeamForm(created);
        edit.legalBasis().set("Peraturan Wali Kota Contoh Nomor 1 Tahun 2026, Pasal 3");
        model.saveTeam(edit, () -> { });
        assertEquals("Peraturan Wali Kota Contoh Nomor 1 Tahun 2026, Pasal 3", model.selected().get().legalBasis());

        model.deleteTeam(model.selected().get(), errors::add);
        assertTrue(model.teams().isEmpty());
        undo();
        assertEquals(created.id(), model.selected().get().id());
        assertTrue(model.selected().get().legalBasis().startsWith("Peraturan Wali Kota Contoh"));
    }

    @Test
    void readersSeeTeamsButCannotChangeThem() {
        model.createFromTemplate("singkawang-2021-asesor", 2026, () -> { }, errors::add);
        TeamViewModel reader = modelFor(TestWorkspaces.sessionAs(admin, Role.OPERATOR));
        reader.reload();
        assertFalse(reader.canEdit());
        assertEquals(12, reader.contents().members().size());
        assertFalse(reader.contents().moveMember(2, 1, errors::add));
        assertEquals(1, commands.undoCount(), "only the admin's step");
    }
}
