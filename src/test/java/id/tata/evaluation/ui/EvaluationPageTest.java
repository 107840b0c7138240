package id.tata.evaluation.ui;

import id.tata.app.SampleWorkspace;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.ui.RecordingDialogs;
import id.tata.common.undo.CommandStack;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.service.AnswerService;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.InstrumentService;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.shell.Shell;
import id.tata.shell.Snapshots;
import id.tata.workspace.Session;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
 * The assessment actions and filters of Penilaian Mandiri, with dialogs answered by a fake (confirmations, the file
 * chooser of "Impor instrumen…"), on a fresh copy of Kota Contoh opened by the supervisor.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationPageTest {
    @TempDir
    static Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AssessmentService assessments = new AssessmentService(new InstrumentService());
    private Session session;
    private ModuleView view;
    private final CommandStack commands = new CommandStack();
    private final PickedFiles files = new PickedFiles();

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("kota-" + System.nanoTime() + ".tata");
        Files.move(SampleWorkspace.freshCopy(), file, StandardCopyOption.REPLACE_EXISTING);
        session = new UserService().login(new WorkspaceStore().open(file, false), "supervisor",
                "supervisor123".toCharArray());
        ModuleContext context = new ModuleContext(session, new SynchronousTaskExecutor(), commands,
                I18n.indonesian(), dialogs);
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        view = new EvaluationModule(assessments, files).createView(context);
        Scene scene = new Scene((Parent) view.node(), 1200, 760);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        session.workspace().close();
    }

    @Test
    void aBadInstrumentFileListsItsProblemsAndStoresNothing(FxRobot robot) throws Exception {
        int before = new InstrumentService().list(session).size();
        Path bad = dir.resolve("rusak.json");
        Files.writeString(bad, "{\"code\": \"X-1\", \"name\": \"Rusak\", \"scales\": {}, \"predicates\": [],"
                + " \"domains\": [], \"aspects\": [], \"indicators\": [{\"no\": 1, \"aspect\": 9, \"weight\": 100,"
                + " \"scale\": \"proses\", \"levels\": []}]}", StandardCharsets.UTF_8);
        dialogs.open = bad;
        robot.clickOn("#evaluationImportInstrument");
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        String message = dialogs.errors.get(0);
        assertTrue(message.contains("indicators[0]"), "names where the problem is: " + message);
        assertEquals(before, new InstrumentService().list(session).size(), "nothing stored");
    }

    /** SPBE-2020 for 2026, empty: the sample's SPBE assessment (2025) is final and cannot be changed. */
    private Assessment editableSpbe(FxRobot robot) {
        Assessment created = assessments.create(session, "SPBE-2020", 2026);
        choose(robot, created.id());
        return created;
    }

    /** Chooses the assessment in the page, after a refresh in case it was created behind the page's back. */
    private void choose(FxRobot robot, long id) {
        ComboBox<Assessment> chooser = robot.lookup("#evaluationAssessment").queryComboBox();
        robot.interact(view::refresh);
        robot.interact(() -> chooser.setValue(chooser.getItems().stream().filter(a -> a.id().equals(id))
                .findFirst().orElseThrow()));
    }

    @Test
    void theNewestAssessmentIsShownFirstAndTheFinalOneOnlyForReading(FxRobot robot) {
        ComboBox<Assessment> chooser = robot.lookup("#evaluationAssessment").queryComboBox();
        assertEquals("PEMDI-2026", chooser.getValue().instrumentCode(), "2026 before 2025");
        assertEquals(20, robot.lookup("#evaluationIndicators").queryTableView().getItems().size());
        assertFalse(robot.lookup("#evaluationFinalNote").query().isVisible(), "PEMDI 2026 is in progress");

        choose(robot, 1);
        assertTrue(chooser.getConverter().toString(chooser.getValue()).contains("final, revisi 1"),
                chooser.getConverter().toString(chooser.getValue()));
        assertEquals(47, robot.lookup("#evaluationIndicators").queryTableView().getItems().size());
        assertTrue(robot.lookup("#evaluationFinalNote").query().isVisible(), "the page says why nothing changes");
        assertTrue(robot.lookup("#evaluationFinalNote").queryLabeled().getText().contains("final (revisi 1)"),
                robot.lookup("#evaluationFinalNote").queryLabeled().getText());
        assertFalse(robot.lookup("#evaluationExplanation").queryAs(TextArea.class).isEditable());
        assertTrue(robot.lookup("#evaluationLevel3").query().isDisabled(), "no level can be chosen");
        robot.interact(() -> robot.lookup("#evaluationExplanation").queryAs(TextArea.class).setText("Diubah"));
        for (String id : List.of("#evaluationSave", "#evaluationSubmit", "#evaluationApprove", "#evaluationReturn",
                "#evaluationAssign", "#evidenceAttach", "#evaluationFinalize")) {
            assertTrue(robot.lookup(id).queryButton().isDisabled(), id + " is disabled on a final assessment");
        }
        assertFalse(robot.lookup("#evaluationReopen").queryButton().isDisabled(), "a new revision may be opened");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void finaliseFreezesTheAnswersAndANewRevisionOpensThemAgain(FxRobot robot) {
        Assessment created = editableSpbe(robot);
        assertTrue(robot.lookup("#evaluationExplanation").queryAs(TextArea.class).isEditable());
        assertFalse(robot.lookup("#evaluationFinalNote").query().isVisible());
        robot.clickOn("#evaluationFinalize");
        Assessment frozen = assessments.find(session, created.id()).orElseThrow();
        assertTrue(frozen.isFinal());
        assertTrue(robot.lookup("#evaluationFinalNote").query().isVisible());
        assertFalse(robot.lookup("#evaluationExplanation").queryAs(TextArea.class).isEditable());
        assertTrue(robot.lookup("#evaluationFinalize").queryAs(Button.class).isDisabled());
        ComboBox<Assessment> chooser = robot.lookup("#evaluationAssessment").queryComboBox();
        assertTrue(chooser.getConverter().toString(chooser.getValue()).contains("final, revisi 1"),
                chooser.getConverter().toString(chooser.getValue()));

        robot.clickOn("#evaluationReopen");
        Assessment open = assessments.find(session, created.id()).orElseThrow();
        assertFalse(open.isFinal());
        assertEquals(2, open.revision());
        assertTrue(robot.lookup("#evaluationExplanation").queryAs(TextArea.class).isEditable());
        assertFalse(robot.lookup("#evaluationFinalNote").query().isVisible());
        assertEquals(2, dialogs.confirmations, "both steps asked first");
    }

    @Test
    void aCarriedAssessmentCanBeFilteredToWhatNeedsARecheck(FxRobot robot) {
        Assessment next = assessments.carryForward(session, 1, 2026);
        AnswerService answers = new AnswerService(assessments);
        answers.confirm(session, next.id(), 3);
        ComboBox<Assessment> chooser = robot.lookup("#evaluationAssessment").queryComboBox();
        robot.interact(view::refresh); // created behind the page's back, as another window would
        robot.interact(() -> chooser.setValue(chooser.getItems().stream().filter(a -> a.id().equals(next.id()))
                .findFirst().orElseThrow()));
        TableView<?> table = robot.lookup("#evaluationIndicators").queryTableView();
        assertEquals(47, table.getItems().size());

        robot.clickOn("#evaluationFilterRecheck");
        assertEquals(46, table.getItems().size(), "all but the indicator confirmed above");
        robot.clickOn("#evaluationFilterRecheck");
        ComboBox<AnswerStatus> status = robot.lookup("#evaluationFilterStatus").queryComboBox();
        robot.interact(() -> status.setValue(AnswerStatus.APPROVED));
        assertEquals(0, table.getItems().size());
        Snapshots.save(robot, chooser.getScene().getWindow(), "evaluation-6-filtered-empty");
        robot.interact(() -> status.setValue(null));
        assertEquals(47, table.getItems().size());
    }

    @Test
    void theProvisionalInstrumentIsMarkedAndItsMissingCriteriaSaidSo(FxRobot robot) {
        Assessment pemdi = assessments.list(session).stream().filter(a -> a.instrumentCode().equals("PEMDI-2026"))
                .findFirst().orElseThrow(); // the sample's assessment in progress
        ComboBox<Assessment> chooser = robot.lookup("#evaluationAssessment").queryComboBox();
        choose(robot, pemdi.id());
        assertTrue(chooser.getConverter().toString(chooser.getValue()).contains("PEMDI-2026 (sementara)"),
                chooser.getConverter().toString(chooser.getValue()));
        assertEquals(20, robot.lookup("#evaluationIndicators").queryTableView().getItems().size());
        String card = robot.lookup("#evaluationLevel3").queryAs(ToggleButton.class).getText();
        assertTrue(card.contains("(kriteria belum tersedia)"), card);
        Snapshots.save(robot, chooser.getScene().getWindow(), "evaluation-7-provisional");
    }

    @Test
    void onlyTheLayananPublikIndicatorsAskForTheServiceName(FxRobot robot) {
        editableSpbe(robot);
        TableView<?> table = robot.lookup("#evaluationIndicators").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(44));
        assertTrue(label(robot).startsWith("45. Tingkat Kematangan Layanan Publik Sektor 1"), label(robot));
        assertTrue(robot.lookup("#evaluationPublicService").query().isVisible());
        assertTrue(robot.lookup("#evaluationPublicService").queryAs(TextField.class).isEditable());
        robot.interact(() -> table.getSelectionModel().select(41));
        assertTrue(label(robot).startsWith("42. "), label(robot));
        assertFalse(robot.lookup("#evaluationPublicService").query().isVisible(),
                "Layanan Pengaduan Pelayanan Publik is not a public service sector");
    }

    @Test
    void savingAndAttachingAreUndoneFromTheShellsUndo(FxRobot robot) throws Exception {
        AnswerService answers = new AnswerService(assessments);
        long id = editableSpbe(robot).id();
        String before = answers.answer(session, id, 1).explanation();
        TextArea explanation = robot.lookup("#evaluationExplanation").queryAs(TextArea.class);
        robot.interact(() -> explanation.setText("Sementara"));
        robot.interact(() -> robot.lookup("#evaluationSave").queryButton().fire());
        assertEquals("Sementara", answers.answer(session, id, 1).explanation());
        Path png = dir.resolve("bukti.png");
        Files.write(png, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        files.next = List.of(png);
        robot.interact(() -> robot.lookup("#evidenceAttach").queryButton().fire());
        assertEquals(1, answers.answer(session, id, 1).evidence().size());
        assertEquals("Lampirkan bukti dukung indikator 1", commands.undoName().orElseThrow());

        robot.interact(() -> {
            commands.undo();
            view.refresh();
        });
        assertEquals(0, answers.answer(session, id, 1).evidence().size());
        assertEquals(0, robot.lookup("#evidenceFiles").queryTableView().getItems().size());
        assertEquals("Simpan indikator 1", commands.undoName().orElseThrow());
        robot.interact(() -> {
            commands.undo();
            view.refresh();
        });
        assertEquals(before, answers.answer(session, id, 1).explanation());
        assertEquals(before, explanation.getText(), "the page shows what is stored again");
        robot.interact(() -> {
            commands.redo();
            commands.redo();
            view.refresh();
        });
        assertEquals("Sementara", explanation.getText());
        assertEquals(List.of("bukti.png"), answers.answer(session, id, 1).evidence().stream()
                .map(e -> e.originalName()).toList(), "attached again from the stored content");
    }

    private static String label(FxRobot robot) {
        return robot.lookup("#evaluationIndicator").queryLabeled().getText();
    }
}
