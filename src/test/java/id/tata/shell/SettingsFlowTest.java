package id.tata.shell;

import id.tata.shell.settings.PatternRow;
import id.tata.workspace.settings.Signatory;
import id.tata.workspace.user.User;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Profil &amp; Dokumen on the sample workspace, headless: change the province, save, undo; then a look at the other
 * tabs and at Pengguna so the screenshots cover them. Tasks run synchronously.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsFlowTest {
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
    void changeTheProvinceSaveAndUndo(FxRobot robot) {
        robot.clickOn("#loginUsername").write("admin");
        robot.clickOn("#loginPassword").write("admin123").type(KeyCode.ENTER);
        robot.clickOn("#navSettings");

        assertEquals("Wali Kota Contoh · Pemerintah Kota Contoh", text(robot, "#profilePreview"));
        Snapshots.save(robot, main(robot), "settings-1-profile");

        TextField province = robot.lookup("#profileProvince").queryAs(TextField.class);
        robot.doubleClickOn(province).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Jawa Timur");
        robot.clickOn("#profileSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Profil Kota Contoh disimpan.", text(robot, "#settingsStatus"));
        assertEquals("Jawa Timur", province.getText());
        Snapshots.save(robot, main(robot), "settings-2-saved");

        robot.clickOn("#profilePostalCode").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("501");
        robot.clickOn("#profileSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kode pos \"501\" harus 5 angka.", text(robot, "#profilePostalCodeError"));
        Snapshots.save(robot, main(robot), "settings-3-error");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Jawa Tengah", robot.lookup("#profileProvince").queryAs(TextField.class).getText());
        assertEquals("50132", robot.lookup("#profilePostalCode").queryAs(TextField.class).getText());
        assertEquals("", text(robot, "#settingsStatus"));

        TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertNotNull(robot.lookup("#imageEmblemPreview").queryAs(ImageView.class).getImage(),
                "the sample's emblem is shown");
        Snapshots.save(robot, main(robot), "settings-3b-letterhead");

        robot.interact(() -> tabs.getSelectionModel().select(2));
        TableView<Signatory> signatories = robot.lookup("#signatoryTable").queryTableView();
        assertEquals(3, signatories.getItems().size());
        Snapshots.save(robot, main(robot), "settings-4-signatories");
        robot.clickOn("#signatoryAdd");
        robot.clickOn("#signatorySave");
        assertEquals("Nama penandatangan wajib diisi.", text(robot, "#signatoryNameError"));
        Snapshots.save(robot, robot.window("Tambah Penandatangan"), "settings-5-signatory-dialog");
        robot.clickOn("#signatoryCancel");

        robot.interact(() -> tabs.getSelectionModel().select(3));
        TableView<PatternRow> patterns = robot.lookup("#patternTable").queryTableView();
        assertEquals(4, patterns.getItems().size());
        Snapshots.save(robot, main(robot), "settings-6-numbers");
        robot.interact(() -> patterns.getSelectionModel().select(0));
        robot.clickOn("#patternEdit");
        robot.clickOn("#patternText").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("188.45/{nnn}/HK/{romawi}/{yyyy}");
        assertTrue(text(robot, "#patternPreview").startsWith("188.45/"), text(robot, "#patternPreview"));
        Snapshots.save(robot, robot.window("Ubah Pola Nomor Naskah"), "settings-7-pattern-dialog");
        robot.clickOn("#patternCancel");

        robot.clickOn("#navUsers");
        TableView<User> users = robot.lookup("#userTable").queryTableView();
        assertEquals(5, users.getItems().size());
        Snapshots.save(robot, main(robot), "settings-8-users");
        robot.clickOn("#userAdd");
        robot.clickOn("#userUsername").write("dewi");
        robot.clickOn("#userFullName").write("Dewi Lestari");
        robot.clickOn("#userPassword").write("rahasia-123");
        robot.clickOn("#userConfirmation").write("rahasia-321");
        robot.clickOn("#userSave");
        assertEquals("Kedua kata sandi tidak sama.", text(robot, "#userConfirmationError"));
        Snapshots.save(robot, robot.window("Tambah Pengguna"), "settings-9-user-dialog");
        robot.clickOn("#userCancel");
    }

    private static Window main(FxRobot robot) {
        return robot.lookup("#menuBar").query().getScene().getWindow();
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }
}
