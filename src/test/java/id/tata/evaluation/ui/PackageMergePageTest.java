package id.tata.evaluation.ui;

import id.tata.app.SampleWorkspace;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.ui.RecordingDialogs;
import id.tata.common.undo.CommandStack;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.exchange.domain.Choice;
import id.tata.evaluation.exchange.service.PackageService;
import id.tata.evaluation.service.AnswerService;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.InstrumentService;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.shell.Shell;
import id.tata.shell.Snapshots;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coordinator's side of offline work, on the page: an assessor's answers come back with one field changed on
 * both sides; the dialog shows it side by side, OK waits for the decision, the choice is applied, and the shell's
 * undo takes the whole merge back.
 */
@ExtendWith(ApplicationExtension.class)
class PackageMergePageTest {
    private static final long PEMDI_2026 = 2;
    private static final int INDICATOR = 7;

    @TempDir
    static Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AssessmentService assessments = new AssessmentService(new InstrumentService());
    private final AnswerService answers = new AnswerService(assessments);
    private final CommandStack commands = new CommandStack();
    private Session supervisor;
    private ModuleView view;
    private Path answersPackage;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("kota-" + System.nanoTime() + ".tata");
        Files.move(SampleWorkspace.freshCopy(), file, StandardCopyOption.REPLACE_EXISTING);
        supervisor = new UserService().login(new WorkspaceStore().open(file, false), "supervisor",
                "supervisor123".toCharArray());
        answersPackage = assessorWorksOnAnotherLaptop();
        // meanwhile the coordinator rewrites the same explanation: a conflict
        Answer now = answers.answer(supervisor, PEMDI_2026, INDICATOR);
        answers.save(supervisor, PEMDI_2026, INDICATOR, new AnswerEdit(now.selfLevel(), "Dari koordinator.",
                now.targetLevel(), now.publicService()));
        ModuleContext context = new ModuleContext(supervisor, new SynchronousTaskExecutor(), commands,
                I18n.indonesian(), dialogs);
        view = new EvaluationModule(assessments, new PickedFiles()).createView(context);
        Scene scene = new Scene((Parent) view.node(), 1200, 760);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    /** The package for "operator" (indicator 7 of PEMDI 2026), opened, answered and sent back. */
    private Path assessorWorksOnAnotherLaptop() {
        PackageService packages = PackageService.create();
        Path pkg = dir.resolve("paket-" + System.nanoTime() + ".tatapaket");
        packages.exportForAssessor(supervisor, PEMDI_2026, "operator", List.of(INDICATOR), pkg);
        Path laptop = dir.resolve("asesor-" + System.nanoTime() + ".tata");
        long id = packages.openNew(pkg, laptop, "operator", "operator123".toCharArray()).assessmentId();
        Path back = dir.resolve("jawaban-" + System.nanoTime() + ".tatapaket");
        try (Workspace ws = new WorkspaceStore().open(laptop, false)) {
            Session operator = new UserService().login(ws, "operator", "operator123".toCharArray());
            AnswerService there = new AnswerService(new AssessmentService(new InstrumentService()));
            there.save(operator, id, INDICATOR, new AnswerEdit(4, "Dari asesor.", 4, ""));
            packages.exportAnswers(operator, id, back);
        }
        return back;
    }

    @AfterEach
    void close() {
        supervisor.workspace().close();
    }

    @Test
    void aConflictIsDecidedInTheDialogAndTheMergeIsUndoneByTheShell(FxRobot robot) {
        ComboBox<Assessment> chooser = robot.lookup("#evaluationAssessment").queryComboBox();
        robot.interact(() -> chooser.setValue(chooser.getItems().stream().filter(a -> a.id() == PEMDI_2026)
                .findFirst().orElseThrow()));
        dialogs.open = answersPackage;
        robot.clickOn("#evaluationPackages");
        robot.clickOn("Impor jawaban asesor…");
        WaitForAsyncUtils.waitForFxEvents();

        Node apply = robot.lookup("#mergeApply").query();
        assertTrue(apply.isDisabled(), "OK waits until the conflict is decided");
        Window dialog = apply.getScene().getWindow();
        @SuppressWarnings("unchecked")
        ComboBox<Choice> decision = (ComboBox<Choice>) robot.from(robot.lookup("#mergeTable").queryTableView())
                .lookup(".combo-box").query();
        robot.interact(() -> decision.setValue(Choice.THEIRS));
        assertFalse(apply.isDisabled());
        Snapshots.save(robot, dialog, "evaluation-package-merge");
        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();

        Answer merged = answers.answer(supervisor, PEMDI_2026, INDICATOR);
        assertEquals("Dari asesor.", merged.explanation(), "the conflict went the assessor's way, as chosen");
        assertEquals(4, merged.selfLevel(), "changed only by the assessor: taken");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(dialogs.infos.get(0).contains("1 indikator diperbarui"), dialogs.infos.toString());

        robot.interact(commands::undo);
        Answer undone = answers.answer(supervisor, PEMDI_2026, INDICATOR);
        assertEquals("Dari koordinator.", undone.explanation());
        assertEquals(3, undone.selfLevel(), "the level the sample had");
    }
}
