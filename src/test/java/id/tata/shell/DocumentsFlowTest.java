package id.tata.shell;

import id.tata.documents.register.IssuedDocument;
import id.tata.documents.service.DocumentChoice;
import id.tata.documents.service.DocumentType;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dokumen Resmi on the sample workspace: "Buat dokumen" for the Daftar Perangkat Daerah, then the register row. */
@ExtendWith(ApplicationExtension.class)
class DocumentsFlowTest {
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
    void issueTheAgencyListAndSeeItInTheRegister(FxRobot robot) throws Exception {
        robot.clickOn("#loginUsername").write("sekretariat");
        robot.clickOn("#loginPassword").write("sekretariat123").type(KeyCode.ENTER);
        robot.clickOn("#navDocuments");
        TableView<IssuedDocument> register = robot.lookup("#documentRegister").queryTableView();
        assertEquals(0, register.getItems().size());
        Snapshots.save(robot, main(robot), "documents-1-empty");

        robot.clickOn("#documentCreate");
        ComboBox<DocumentType> type = robot.lookup("#documentType").queryComboBox();
        robot.interact(() -> type.setValue(type.getItems().stream()
                .filter(t -> t.shortName().equals("keputusan-tim-koordinasi")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<DocumentChoice.Value> team = robot.lookup("#documentChoice-team").queryComboBox();
        assertEquals("Tim Koordinasi SPBE Kota Contoh (2026–2030)", team.getValue().label());
        assertTrue(robot.lookup("#documentOutline").queryAs(TextArea.class).getText()
                .contains("TIM KOORDINASI SPBE KOTA CONTOH TAHUN 2026"));
        Snapshots.save(robot, robot.window("Buat dokumen"), "documents-2a-decree-dialog");
        robot.interact(() -> type.setValue(type.getItems().stream()
                .filter(t -> t.shortName().equals("daftar-perangkat-daerah")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#documentFormatXLSX").queryAs(CheckBox.class).isSelected());
        String outline = robot.lookup("#documentOutline").queryAs(TextArea.class).getText();
        assertTrue(outline.contains("DAFTAR PERANGKAT DAERAH"), outline);
        assertTrue(robot.lookup("#documentNumberRegister").queryAs(Node.class).isDisabled(),
                "a list has no number");
        Path out = Files.createDirectories(dir.resolve("keluaran"));
        TextField folder = robot.lookup("#documentFolder").queryAs(TextField.class);
        robot.interact(() -> folder.setText(out.toString()));
        Snapshots.save(robot, robot.window("Buat dokumen"), "documents-2-dialog");
        robot.clickOn("#documentIssue");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, register.getItems().size(), () -> robot.lookup("#documentError").tryQuery()
                .map(n -> ((Labeled) n).getText()).orElse("dialog closed"));
        IssuedDocument issued = register.getItems().get(0);
        assertEquals("daftar-perangkat-daerah", issued.documentType());
        for (var file : issued.files()) {
            assertTrue(Files.size(out.resolve(file.fileName())) > 0, file.fileName());
        }
        assertTrue(text(robot, "#documentStatus").contains(issued.registerCode()), text(robot, "#documentStatus"));
        Snapshots.save(robot, main(robot), "documents-3-register");

        robot.clickOn("#documentTemplates");
        WaitForAsyncUtils.waitForFxEvents();
        String considerations = robot.lookup("#templateCONSIDERATION").queryAs(TextArea.class).getText();
        assertTrue(considerations.startsWith("bahwa untuk mewujudkan"), considerations);
        assertEquals("30", robot.lookup("#templateMarginLeft").queryAs(TextField.class).getText());
        TextField top = robot.lookup("#templateMarginTop").queryAs(TextField.class);
        robot.interact(() -> top.setText("dua"));
        javafx.scene.control.Button save = robot.lookup("#templateSave").queryButton();
        robot.interact(save::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Margin atas harus berupa angka milimeter, bukan \"dua\".", text(robot, "#templateError"));
        Snapshots.save(robot, robot.window("Templat naskah keputusan"), "documents-4-templates");
        robot.clickOn("#templateCancel");
    }

    private static Window main(FxRobot robot) {
        return robot.lookup("#menuBar").query().getScene().getWindow();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
