package id.tata.shell;

import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciSummary;
import id.tata.raci.domain.RaciTemplate;
import id.tata.raci.service.RaciService;
import id.tata.raci.ui.RaciRow;
import id.tata.raci.ui.WarningRow;
import id.tata.workspace.Session;
import id.tata.workspace.user.UserService;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Matriks RACI as a user goes through it, headless: the empty page, the Pekalongan matrix from its template, "A/C"
 * typed into a cell and stored, "X" refused, Ctrl+Z taking the cell back, and a long party name wrapping in its
 * column header with its warning.
 */
@ExtendWith(ApplicationExtension.class)
class RaciFlowTest {
    private static final String LONG_PARTY = "Perangkat Daerah yang menyelenggarakan urusan pemerintahan bidang"
            + " komunikasi dan informatika";

    @TempDir
    static Path dir;

    private Shell shell;
    private final RaciService service = new RaciService();

    @Start
    void start(Stage stage) throws Exception {
        shell = SampleShell.start(stage, dir);
    }

    @AfterEach
    void close() {
        SampleShell.close(shell);
    }

    @Test
    void typeACIntoACellAndUndo(FxRobot robot) {
        robot.clickOn("#loginUsername").write("admin");
        robot.clickOn("#loginPassword").write("admin123").type(KeyCode.ENTER);
        assertEquals("Matriks RACI", text(robot, "#navRaci"));
        robot.clickOn("#navRaci");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RaciRow> grid = robot.lookup("#raciGrid").queryTableView();
        ComboBox<RaciSummary> list = robot.lookup("#raciList").queryComboBox();
        assertTrue(list.getItems().isEmpty(), "the sample has no matrix yet");
        assertTrue(((Labeled) grid.getPlaceholder()).getText().startsWith("Belum ada matriks."));
        Snapshots.save(robot, main(robot), "r1-raci-empty");

        robot.clickOn("#raciFromTemplate");
        Window dialog = robot.window("Matriks dari Templat");
        ListView<RaciTemplate> templates = robot.lookup("#raciTemplateList").queryListView();
        RaciTemplate pekalongan = templates.getItems().stream().filter(t -> t.code().equals("pekalongan-2021"))
                .findFirst().orElseThrow();
        robot.interact(() -> templates.getSelectionModel().select(pekalongan));
        Snapshots.save(robot, dialog, "r2-raci-template-dialog");
        robot.clickOn(defaultButton(robot, dialog));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, list.getItems().size());
        long id = list.getItems().get(0).id();
        assertEquals(6, grid.getItems().size());
        assertEquals(2 + 6, grid.getColumns().size(), "No, Tugas and the six parties");
        assertEquals("C", stored(id).cell(1, 3).text(), "task 2, GCIO Daerah, as the seed has it");

        focus(robot, grid, 1, 3);
        robot.write("A");
        assertEquals("raciCellEditor", grid.getScene().getFocusOwner().getId(), "typing a letter starts the edit");
        robot.write("/C");
        Snapshots.save(robot, main(robot), "r3a-raci-typing");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A/C", stored(id).cell(1, 3).text(), "typed and stored");
        assertEquals("A/C", grid.getItems().get(1).cells().get(3).text());
        assertEquals(id, list.getValue().id(), "the chooser still names the open matrix after the save");
        Snapshots.save(robot, main(robot), "r3-raci-typed");

        focus(robot, grid, 2, 0);
        robot.write("X").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#raciError").startsWith("Isi \"X\" ditolak"), text(robot, "#raciError"));
        assertEquals("A", stored(id).cell(2, 0).text(), "nothing saved");
        Snapshots.save(robot, main(robot), "r4-raci-refused");

        assertEquals(grid, grid.getScene().getFocusOwner(), "after Enter the keys go to the grid again");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("C", stored(id).cell(1, 3).text(), "undo took the cell back");
        assertEquals("C", grid.getItems().get(1).cells().get(3).text());

        String first = stored(id).tasks().get(0).text();
        focus(robot, grid, 0, 2);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, stored(id).tasks().get(1).text(), "Alt+Down moved the task");
        assertEquals(1, grid.getFocusModel().getFocusedCell().getRow(), "the focus went with it");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", stored(id).cell(1, 2).text(), "Delete cleared the cell");
        for (int step = 0; step < 2; step++) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(first, stored(id).tasks().get(0).text(), "two steps undone");
        assertEquals("C/R", stored(id).cell(0, 2).text());

        focus(robot, grid, 0, 5);
        robot.clickOn("#raciPartyAdd");
        Window partyDialog = robot.window(w -> w instanceof Stage s && "Tambah pihak (kolom)".equals(s.getTitle()));
        robot.clickOn("#raciTextInput").write(LONG_PARTY);
        Snapshots.save(robot, partyDialog, "r5a-raci-party-dialog");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LONG_PARTY, stored(id).parties().get(6).name());
        assertTrue(grid.getColumns().get(8).getWidth() <= 200, "the long name wraps instead of widening");
        ListView<WarningRow> warnings = robot.lookup("#raciWarnings").queryListView();
        WarningRow unused = warnings.getItems().stream().filter(w -> LONG_PARTY.equals(w.warning().party()))
                .findFirst().orElseThrow();
        assertEquals(LONG_PARTY + ": tidak mendapat huruf pada tugas mana pun.", unused.text());
        robot.interact(() -> warnings.getSelectionModel().select(unused));
        assertEquals(8, grid.getColumns().indexOf(grid.getFocusModel().getFocusedCell().getTableColumn()),
                "the warning selects its party");
        Snapshots.save(robot, main(robot), "r5-raci-long-party");
    }

    @Test
    void theSecretariatSeesTheMatrixReadOnly(FxRobot robot) {
        robot.clickOn("#loginUsername").write("sekretariat");
        robot.clickOn("#loginPassword").write("sekretariat123").type(KeyCode.ENTER);
        Session admin = new UserService().login(shell.current().workspace(), "admin", "admin123".toCharArray());
        long id = service.createFromTemplate(admin, "pekalongan-2021").id();
        robot.clickOn("#navRaci");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RaciRow> grid = robot.lookup("#raciGrid").queryTableView();
        assertEquals(6, grid.getItems().size(), "the matrix is shown");
        assertFalse(grid.isEditable());
        assertTrue(robot.lookup("#raciNew").queryButton().isDisabled());
        assertFalse(robot.lookup("#raciTaskBelow").query().getParent().isVisible(), "no editing tools");
        assertTrue(robot.lookup("#raciExport").queryButton().isVisible(), "export stays possible");
        focus(robot, grid, 0, 0);
        robot.write("R").type(KeyCode.ENTER).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A", stored(id).cell(0, 0).text(), "nothing changed");
        Snapshots.save(robot, main(robot), "r6-raci-read-only");
    }

    private RaciMatrix stored(long id) {
        return service.get(shell.current().session(), id);
    }

    private static void focus(FxRobot robot, TableView<RaciRow> grid, int task, int party) {
        robot.interact(() -> {
            grid.getSelectionModel().clearAndSelect(task, grid.getColumns().get(party + 2));
            grid.getFocusModel().focus(task, grid.getColumns().get(party + 2));
            grid.requestFocus();
        });
    }

    private static Node defaultButton(FxRobot robot, Window dialog) {
        List<Node> buttons = List.copyOf(robot.from(dialog.getScene().getRoot()).lookup(".button").queryAll());
        return buttons.stream().filter(b -> b instanceof Button button && button.isDefaultButton()).findFirst()
                .orElseThrow();
    }

    private static Window main(FxRobot robot) {
        return robot.lookup("#menuBar").query().getScene().getWindow();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
