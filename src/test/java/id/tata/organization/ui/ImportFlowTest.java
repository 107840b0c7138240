package id.tata.organization.ui;

import id.tata.app.SampleWorkspace;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.ui.DialogService;
import id.tata.common.undo.CommandStack;
import id.tata.importing.ImportProblem;
import id.tata.organization.domain.Agency;
import id.tata.organization.service.AgencyService;
import id.tata.shell.ModuleContext;
import id.tata.shell.Shell;
import id.tata.shell.Snapshots;
import id.tata.workspace.Session;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import wizard and the export button on the Perangkat Daerah view, headless, on a fresh copy of the sample
 * workspace. The native file chooser cannot be driven, so a fake DialogService answers it with a path; everything
 * else is clicked by fx:id. Tasks run synchronously so each step has finished when the robot looks.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {
    private static final String HEADER = "No. Unit;Uraian;Jenis;Atasan\n";
    private static final String GOOD = "9.01;Dinas Komunikasi, Informatika, Statistik dan Persandian;Dinas;\n"
            + "9.01.01;UPTD Pusat Data dan Jaringan Komunikasi Daerah;UPTD;9.01\n"
            + "9.02;Badan Riset dan Inovasi Daerah;Badan;\n";

    @TempDir
    static Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("tata.home", dir.resolve("home").toString());
        Path file = dir.resolve("kota.tata");
        Files.move(SampleWorkspace.freshCopy(), file, StandardCopyOption.REPLACE_EXISTING);
        session = new UserService().login(new WorkspaceStore().open(file, false), "admin",
                "admin123".toCharArray());
        ModuleContext context = new ModuleContext(session, new SynchronousTaskExecutor(), new CommandStack(),
                I18n.indonesian(), dialogs);
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene((javafx.scene.Parent) new AgencyModule(new AgencyService()).createView(context)
                .node(), 1180, 640);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.workspace().close();
        System.clearProperty("tata.home");
    }

    @Test
    void importWithProblemsIsBlockedThenTheFixedFileIsImportedAndExported(FxRobot robot) throws IOException {
        TableView<Agency> agencies = robot.lookup("#agencyTable").queryTableView();
        int sampleCount = agencies.getItems().size();
        Path csv = dir.resolve("unit-kerja.csv");
        Files.writeString(csv, HEADER + GOOD + "2.16;Dinas Komunikasi dan Informatika;Dinas;\n"
                + "9.03;Kecamatan Contoh Selatan;Kecamtan;9.99\n", StandardCharsets.UTF_8);
        dialogs.open = csv;

        robot.clickOn("#agencyImport");
        Snapshots.save(robot, robot.window("Impor Perangkat Daerah"), "import-1-file");
        robot.clickOn("#importChooseFile");
        assertEquals(csv.toString(), text(robot, "#importFile"));
        ComboBox<String> code = robot.lookup("#importMap-code").queryComboBox();
        assertEquals("", code.getValue(), "No. Unit is not a known header");
        assertEquals("Jenis", robot.lookup("#importMap-kind").queryComboBox().getValue());
        Snapshots.save(robot, robot.window("Impor Perangkat Daerah"), "import-2-mapping-automatic");
        choose(robot, "#importMap-code", "No. Unit");
        choose(robot, "#importMap-name", "Uraian");
        choose(robot, "#importMap-parentCode", "Atasan");
        Snapshots.save(robot, robot.window("Impor Perangkat Daerah"), "import-3-mapping-chosen");

        robot.clickOn("#importCheck");
        assertEquals("3 baris siap diimpor, 2 bermasalah.", text(robot, "#importSummary"));
        TableView<ImportProblem> problems = robot.lookup("#importProblems").queryTableView();
        assertEquals(List.of(5, 6), problems.getItems().stream().map(ImportProblem::row).toList());
        assertTrue(robot.lookup("#importApply").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#importBlocked").query().isVisible());
        Snapshots.save(robot, robot.window("Impor Perangkat Daerah"), "import-4-preview-problems");

        Files.writeString(csv, HEADER + GOOD + "9.03;Kecamatan Contoh Selatan;Kecamatan;\n", StandardCharsets.UTF_8);
        robot.clickOn("#importRecheck");
        assertEquals("4 baris siap diimpor, tidak ada yang bermasalah.", text(robot, "#importSummary"));
        assertFalse(robot.lookup("#importApply").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#importBlocked").query().isVisible());
        Snapshots.save(robot, robot.window("Impor Perangkat Daerah"), "import-5-preview-ok");

        robot.clickOn("#importApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("4 Perangkat Daerah diimpor."), dialogs.infos);
        assertEquals(sampleCount + 4, agencies.getItems().size(), "the list was refreshed");
        Snapshots.save(robot, robot.lookup("#agencyTable").query().getScene().getWindow(), "import-6-agencies");

        dialogs.save = dir.resolve("perangkat-daerah");
        robot.clickOn("#agencyExport");
        Path xlsx = dir.resolve("perangkat-daerah.xlsx");
        assertTrue(Files.size(xlsx) > 0);
        assertEquals("%d baris diekspor ke %s.".formatted(sampleCount + 4, xlsx), dialogs.infos.get(1));
    }

    private static void choose(FxRobot robot, String query, String header) {
        ComboBox<String> box = robot.lookup(query).queryComboBox();
        robot.interact(() -> box.setValue(header));
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    /** Answers the file choosers with the paths the test sets and records what the user would have been told. */
    private static final class FakeDialogs implements DialogService {
        Path open;
        Path save;
        final List<String> infos = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void showError(TataException error) {
            errors.add(error.key());
        }

        @Override
        public void showError(String message) {
            errors.add(message);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, List<String> extensions) {
            return Optional.ofNullable(open);
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, List<String> extensions) {
            return Optional.ofNullable(save);
        }
    }
}
