package id.tata.shell;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Position;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
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
 * Jabatan as a user goes through it, headless: filter by Perangkat Daerah, try to save an empty and a duplicate
 * jabatan, add a long-named one, be refused deleting one that people hold, and undo the add with Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class PositionsFlowTest {
    private static final String NEW_NAME = "Kepala Seksi Keamanan Informasi dan Persandian Pemerintah Daerah";

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
    void filterAddRefuseADeleteAndUndo(FxRobot robot) {
        robot.clickOn("#loginUsername").write("admin");
        robot.clickOn("#loginPassword").write("admin123").type(KeyCode.ENTER);
        assertEquals("Jabatan", text(robot, "#navPositions"));
        robot.clickOn("#navPositions");
        TableView<Position> table = robot.lookup("#positionTable").queryTableView();
        int all = table.getItems().size();
        assertTrue(all > 10, "the sample's positions are listed: " + all);
        Snapshots.save(robot, main(robot), "j1-positions-sample");

        ComboBox<Optional<Agency>> filter = robot.lookup("#positionAgencyFilter").queryComboBox();
        assertEquals("Semua Perangkat Daerah", filter.getConverter().toString(filter.getValue()));
        Optional<Agency> kominfo = filter.getItems().stream()
                .filter(a -> a.map(x -> x.code().equals("2.16")).orElse(false)).findFirst().orElseThrow();
        robot.interact(() -> filter.setValue(kominfo));
        int inKominfo = table.getItems().size();
        assertTrue(inKominfo > 0 && inKominfo < all, "filtered to Diskominfo: " + inKominfo);
        assertTrue(table.getItems().stream().allMatch(p -> p.agencyId().equals(kominfo.get().id())));
        Snapshots.save(robot, main(robot), "j2-positions-kominfo");

        robot.clickOn("#positionAdd");
        Window dialog = robot.window("Tambah Jabatan");
        ComboBox<Agency> agency = robot.lookup("#positionAgency").queryComboBox();
        assertEquals(kominfo.get(), agency.getValue(), "a new jabatan starts in the filtered agency");
        robot.clickOn("#positionSave");
        assertEquals("Nama jabatan wajib diisi.", text(robot, "#positionNameError"));

        String existing = table.getItems().get(0).name();
        robot.clickOn("#positionName").write(existing);
        robot.clickOn("#positionSave");
        assertEquals("Jabatan " + existing + " sudah ada di Perangkat Daerah ini.", text(robot, "#positionNameError"));
        Snapshots.save(robot, dialog, "j3-position-dialog-duplicate");

        TextField name = robot.lookup("#positionName").queryAs(TextField.class);
        robot.interact(name::clear);
        robot.clickOn("#positionName").write(NEW_NAME);
        ComboBox<String> echelon = robot.lookup("#positionEchelon").queryComboBox();
        robot.interact(() -> echelon.setValue("IV.a"));
        assertTrue(text(robot, "#positionNameError").isEmpty(), "the reason goes once the name is changed");
        Snapshots.save(robot, dialog, "j4-position-dialog-filled");
        robot.clickOn("#positionSave");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(inKominfo + 1, table.getItems().size());
        Position added = table.getItems().stream().filter(p -> NEW_NAME.equals(p.name())).findFirst().orElseThrow();
        assertEquals("IV.a", added.echelon());
        assertTrue(robot.lookup(".table-cell").queryAll().stream().anyMatch(c -> c instanceof Labeled l
                && NEW_NAME.equals(l.getText())), "the new row is shown");
        Snapshots.save(robot, main(robot), "j5-positions-added");

        @SuppressWarnings("unchecked")
        TableColumn<Position, Integer> holders = (TableColumn<Position, Integer>) table.getColumns().get(3);
        Position held = table.getItems().stream().filter(p -> holders.getCellData(p) > 0).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(held));
        robot.clickOn("#positionDelete");
        Window refusal = robot.window("Hapus Jabatan");
        Snapshots.save(robot, refusal, "j6-position-delete-refused");
        assertTrue(robot.lookup(".dialog-pane .content").queryAll().stream().anyMatch(c -> c instanceof Labeled l
                && l.getText().contains("masih dipegang oleh " + holders.getCellData(held) + " pegawai")));
        robot.clickOn("Tutup");
        assertTrue(table.getItems().contains(held), "a held jabatan stays");

        robot.clickOn("#positionTable").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(inKominfo, table.getItems().size());
        assertTrue(table.getItems().stream().noneMatch(p -> NEW_NAME.equals(p.name())), "undo removed the row");
        assertEquals("Diskominfo", filter.getConverter().toString(filter.getValue()), "the filter survives reloads");

        robot.clickOn("#positionSearch").write("tidak ada jabatan ini");
        assertTrue(table.getItems().isEmpty());
        assertTrue(text(robot, "#positionEmpty").startsWith("Tidak ada jabatan"), text(robot, "#positionEmpty"));
        Snapshots.save(robot, main(robot), "j7-positions-no-match");
    }

    private static Window main(FxRobot robot) {
        return robot.lookup("#menuBar").query().getScene().getWindow();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
