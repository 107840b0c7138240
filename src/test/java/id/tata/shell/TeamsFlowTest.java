package id.tata.shell;

import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamRole;
import id.tata.organization.domain.TeamTemplate;
import id.tata.organization.ui.MemberRow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tim as a user goes through it, headless: the sample's two teams, a new Tim Koordinasi from the Pekalongan
 * template (its Ketua matched to the sample's Sekretaris Daerah), a member moved up and the move undone, a member
 * added by description, and Ctrl+Z taking the addition and the new team back.
 */
@ExtendWith(ApplicationExtension.class)
class TeamsFlowTest {
    @TempDir
    static Path dir;

    private Shell shell;

    @Start
    void start(Stage stage) throws Exception {
        shell = SampleShell.start(stage, dir);
    }

    @AfterEach
    void close() {
        SampleShell.close(shell);
    }

    @Test
    void teamFromTemplateMoveAMemberAndUndo(FxRobot robot) {
        robot.clickOn("#loginUsername").write("admin");
        robot.clickOn("#loginPassword").write("admin123").type(KeyCode.ENTER);
        assertEquals("Tim", text(robot, "#navTeams"));
        robot.clickOn("#navTeams");
        TableView<Team> teams = robot.lookup("#teamTable").queryTableView();
        TableView<MemberRow> members = robot.lookup("#teamMemberTable").queryTableView();
        assertEquals(2, teams.getItems().size(), "the sample's Tim Koordinasi and Tim Asesor Internal");
        assertEquals("Tim Asesor Internal SPBE Kota Contoh", text(robot, "#teamName"), "the first is shown");
        assertEquals(12, members.getItems().size());
        Snapshots.save(robot, main(robot), "t1-teams-sample");

        robot.clickOn("#teamFromTemplate");
        Window dialog = robot.window("Tim dari Templat Peraturan");
        ListView<TeamTemplate> templates = robot.lookup("#teamTemplateList").queryListView();
        TeamTemplate pekalongan = templates.getItems().stream()
                .filter(t -> t.code().equals("pekalongan-2021-koordinasi")).findFirst().orElseThrow();
        robot.interact(() -> templates.getSelectionModel().select(pekalongan));
        TextField year = robot.lookup("#teamTemplateYear").queryAs(TextField.class);
        robot.interact(() -> year.setText("2026"));
        Snapshots.save(robot, dialog, "t2-team-template-dialog");
        robot.clickOn("#teamTemplateSave");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(3, teams.getItems().size());
        assertEquals("Tim Koordinasi SPBE Pemerintah Daerah", text(robot, "#teamName"), "the new team is shown");
        assertTrue(text(robot, "#teamLegalBasisLabel").startsWith("Peraturan Wali Kota Pekalongan Nomor 26 Tahun 2021"));
        assertEquals(11, members.getItems().size());
        MemberRow ketua = members.getItems().get(0);
        assertEquals(TeamRole.KETUA, ketua.view().role());
        assertEquals("Sekretaris Daerah", ketua.view().positionName(), "matched to the sample's jabatan");
        List<MemberRow> before = List.copyOf(members.getItems());
        Snapshots.save(robot, main(robot), "t3-team-from-template");

        robot.interact(() -> members.getSelectionModel().select(1));
        robot.clickOn("#teamMemberUp");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.get(1).member(), members.getItems().get(0).member(), "moved up");
        assertEquals(before.get(0).member(), members.getItems().get(1).member());
        assertEquals(0, members.getSelectionModel().getSelectedIndex(), "the moved member stays selected");
        assertEquals(1, members.getItems().get(0).view().order());
        Snapshots.save(robot, main(robot), "t4-team-member-moved");

        robot.clickOn("#teamMemberTable").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.stream().map(MemberRow::member).toList(),
                members.getItems().stream().map(MemberRow::member).toList(), "undo restored the order");
        assertEquals("Tim Koordinasi SPBE Pemerintah Daerah", text(robot, "#teamName"), "still on the same team");

        robot.clickOn("#teamMemberAdd");
        Window memberDialog = robot.window("Tambah Anggota Tim");
        ComboBox<TeamRole> role = robot.lookup("#teamMemberRole").queryComboBox();
        robot.interact(() -> role.setValue(TeamRole.SEKRETARIS));
        robot.clickOn("#teamMemberSave");
        assertEquals("Anggota tim memerlukan jabatan, pegawai atau uraian kedudukan.", text(robot, "#teamMemberError"));
        robot.clickOn("#teamMemberTitle").write("Kepala Bidang Persandian dan Statistik");
        Snapshots.save(robot, memberDialog, "t5-team-member-dialog");
        robot.clickOn("#teamMemberSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, members.getItems().size());
        assertEquals("Kepala Bidang Persandian dan Statistik", members.getItems().get(11).view().standing());

        for (int step = 0; step < 2; step++) { // the added member, then the new team
            robot.clickOn("#teamTable").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(2, teams.getItems().size(), "undo took the new team back");
    }

    private static Window main(FxRobot robot) {
        return robot.lookup("#menuBar").query().getScene().getWindow();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
