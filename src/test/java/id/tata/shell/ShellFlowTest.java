package id.tata.shell;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The way a user goes through the window, headless: log in, add a Perangkat Daerah, undo it, switch to English.
 * Tasks run synchronously so every step has finished when the robot looks.
 */
@ExtendWith(ApplicationExtension.class)
class ShellFlowTest {
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
    void logInAddAgencyUndoAndSwitchToEnglish(FxRobot robot) throws Exception {
        Snapshots.save(robot, robot.lookup("#loginUsername").query().getScene().getWindow(), "1-login");
        robot.clickOn("#loginUsername").write("admin");
        robot.clickOn("#loginPassword").write("salah-sekali");
        robot.type(KeyCode.ENTER);
        assertEquals("Nama pengguna atau kata sandi salah.", text(robot, "#loginError"));
        robot.clickOn("#loginPassword").write("admin123").type(KeyCode.ENTER);

        assertEquals("kota.tata", text(robot, "#statusWorkspace"));
        assertTrue(text(robot, "#statusUser").contains("admin"), text(robot, "#statusUser"));
        assertFalse(robot.lookup("#statusReadOnly").query().isVisible());
        Snapshots.save(robot, main(robot), "2-home");

        robot.clickOn("#navAgencies");
        TableView<Agency> table = robot.lookup("#agencyTable").queryTableView();
        int sampleCount = table.getItems().size();
        assertTrue(sampleCount >= 35, "the sample's Perangkat Daerah are listed: " + sampleCount);
        Snapshots.save(robot, main(robot), "3-agencies-sample");

        robot.clickOn("#agencyAdd");
        robot.clickOn("#agencySave");
        assertEquals("Kode wajib diisi.", text(robot, "#agencyCodeError"));
        Snapshots.save(robot, robot.window("Tambah Perangkat Daerah"), "4-agency-dialog-errors");
        robot.clickOn("#agencyCode").write("9.01");
        robot.clickOn("#agencyName").write("Dinas Komunikasi, Informatika, Statistik dan Persandian");
        robot.clickOn("#agencyShortName").write("Diskominfo");
        ComboBox<AgencyKind> kind = robot.lookup("#agencyKind").queryComboBox();
        robot.interact(() -> kind.setValue(AgencyKind.SERVICE_OFFICE));
        robot.clickOn("#agencySave");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(sampleCount + 1, table.getItems().size());
        assertEquals("Diskominfo", table.getItems().stream().filter(a -> a.code().equals("9.01")).findFirst()
                .orElseThrow().shortName());
        Snapshots.save(robot, main(robot), "5-agencies-one");
        assertEquals("Urungkan: Tambah Perangkat Daerah", editMenu(robot).getItems().get(0).getText());

        robot.clickOn("#agencyTable").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sampleCount, table.getItems().size());
        assertTrue(table.getItems().stream().noneMatch(a -> a.code().equals("9.01")), "undo removed it");
        assertEquals("Urungkan", editMenu(robot).getItems().get(0).getText());
        assertEquals("Ulangi: Tambah Perangkat Daerah", editMenu(robot).getItems().get(1).getText());

        robot.clickOn("Alat").clickOn("Preferensi…");
        ChoiceBox<String> language = robot.lookup("#prefLanguage").queryAs(ChoiceBox.class);
        robot.interact(() -> language.setValue("en"));
        robot.clickOn("#prefSave");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Regional agencies", text(robot, "#navAgencies"));
        assertEquals("File", robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getText());
        Snapshots.save(robot, main(robot), "6-english");
        assertTrue(Files.readString(dir.resolve("home/preferences.properties")).contains("language=en"));
    }

    private static javafx.stage.Window main(FxRobot robot) {
        return robot.lookup("#menuBar").query().getScene().getWindow();
    }

    private static javafx.scene.control.Menu editMenu(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(1);
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }
}
