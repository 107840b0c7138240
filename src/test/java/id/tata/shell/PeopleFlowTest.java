package id.tata.shell;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Person;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pegawai as a user goes through it, headless: filter by Perangkat Daerah, add someone with a mistyped NIP, read
 * why, fix it, save, and undo. Tasks run synchronously so every step has finished when the robot looks.
 */
@ExtendWith(ApplicationExtension.class)
class PeopleFlowTest {
    private static final String NEW_NIP = "198503122010011004";

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
    void filterAddWithAMistypedNipFixItSaveAndUndo(FxRobot robot) {
        robot.clickOn("#loginUsername").write("admin");
        robot.clickOn("#loginPassword").write("admin123").type(KeyCode.ENTER);
        assertEquals("Pegawai", text(robot, "#navPeople"));
        robot.clickOn("#navPeople");
        TableView<Person> table = robot.lookup("#personTable").queryTableView();
        int everyone = table.getItems().size();
        assertTrue(everyone >= 80, "the sample's people are listed: " + everyone);
        Snapshots.save(robot, main(robot), "p1-people-sample");

        ComboBox<Optional<Agency>> filter = robot.lookup("#personAgencyFilter").queryComboBox();
        assertEquals("Semua Perangkat Daerah", filter.getConverter().toString(filter.getValue()));
        Optional<Agency> kominfo = filter.getItems().stream()
                .filter(a -> a.map(x -> x.code().equals("2.16")).orElse(false)).findFirst().orElseThrow();
        robot.interact(() -> filter.setValue(kominfo));
        int inKominfo = table.getItems().size();
        assertTrue(inKominfo > 0 && inKominfo < everyone, "filtered to Diskominfo: " + inKominfo);
        assertTrue(table.getItems().stream().allMatch(p -> p.agencyId().equals(kominfo.get().id())));
        Snapshots.save(robot, main(robot), "p2-people-kominfo");

        robot.clickOn("#personAdd");
        Window dialog = robot.window("Tambah Pegawai");
        robot.clickOn("#personNip").write("19850312 201001 1 00");
        robot.clickOn("#personName").write("Rizky Ramadhan Saputra");
        robot.clickOn("#personBackTitle").write("S.Kom., M.T.I.");
        robot.clickOn("#personSave");
        assertEquals("NIP 19850312 201001 1 00 harus terdiri atas 18 angka.", text(robot, "#personNipError"));
        Snapshots.save(robot, dialog, "p3-person-dialog-nip-error");

        TextField nip = robot.lookup("#personNip").queryAs(TextField.class);
        robot.interact(nip::clear);
        robot.clickOn("#personNip").write("19850312 201001 1 004");
        assertTrue(text(robot, "#personNipError").isEmpty(), "the reason goes once the NIP is right");
        ComboBox<String> rank = robot.lookup("#personRank").queryComboBox();
        robot.interact(() -> rank.setValue("Penata Muda Tingkat I (III/b)"));
        robot.clickOn("#personPosition").write("Pranata Komputer Ahli Pertama");
        robot.clickOn("#personEmail").write("rizky.saputra@kotacontoh.go.id");
        Snapshots.save(robot, dialog, "p4-person-dialog-filled");
        robot.clickOn("#personSave");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(inKominfo + 1, table.getItems().size());
        Person added = table.getItems().stream().filter(p -> NEW_NIP.equals(p.nip())).findFirst().orElseThrow();
        assertEquals("Rizky Ramadhan Saputra, S.Kom., M.T.I.", added.displayName());
        assertEquals("Penata Muda Tingkat I (III/b)", added.rank());
        assertTrue(robot.lookup(".table-cell").queryAll().stream().anyMatch(c -> c instanceof Labeled l
                && "19850312 201001 1 004".equals(l.getText())), "the NIP is shown grouped");
        Snapshots.save(robot, main(robot), "p5-people-added");

        robot.clickOn("#personTable").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(inKominfo, table.getItems().size());
        assertTrue(table.getItems().stream().noneMatch(p -> NEW_NIP.equals(p.nip())), "undo removed the row");
        assertEquals("Diskominfo", filter.getConverter().toString(filter.getValue()), "the filter survives reloads");

        robot.clickOn("#personSearch").write("tidak ada orang ini");
        assertTrue(table.getItems().isEmpty());
        assertTrue(text(robot, "#personEmpty").startsWith("Tidak ada pegawai"), text(robot, "#personEmpty"));
        Snapshots.save(robot, main(robot), "p6-people-no-match");
    }

    private static Window main(FxRobot robot) {
        return robot.lookup("#menuBar").query().getScene().getWindow();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
