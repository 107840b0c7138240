package id.tata.evaluation.ui;

import id.tata.app.AppContext;
import id.tata.app.SampleWorkspace;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.service.AnswerService;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.EvidenceService;
import id.tata.evaluation.service.InstrumentService;
import id.tata.shell.Module;
import id.tata.shell.Preferences;
import id.tata.shell.Shell;
import id.tata.shell.Snapshots;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.geometry.Bounds;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The questionnaire on a fresh copy of Kota Contoh, in an SPBE-2020 assessment for 2026 carried forward from the
 * sample's final 2025 one (levels, explanations and evidence carried, marked for a re-check): an operator answers one indicator with a level chosen on the
 * criteria cards, an explanation and an evidence file (picked through a fake chooser, the native one cannot be
 * driven headless), saves, and the services find it all stored; the operator is never offered "Setujui".
 */
@ExtendWith(ApplicationExtension.class)
class QuestionnaireFlowTest {
    @TempDir
    static Path dir;

    private final FakeFiles files = new FakeFiles();
    private Shell shell;
    private Path workspace;
    /** The carried SPBE 2026 assessment; the sample's PEMDI 2026 is listed before it and shown first. */
    private long assessment;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("tata.home", dir.resolve("home").toString());
        workspace = dir.resolve("kota-" + System.nanoTime() + ".tata");
        Files.move(SampleWorkspace.freshCopy(), workspace, StandardCopyOption.REPLACE_EXISTING);
        try (Workspace ws = new WorkspaceStore().open(workspace, false)) {
            Session supervisor = new UserService().login(ws, "supervisor", "supervisor123".toCharArray());
            assessment = new AssessmentService(new InstrumentService()).carryForward(supervisor, 1, 2026).id();
        }
        List<Module> modules = new ArrayList<>();
        for (Module m : AppContext.standardModules()) {
            // the same page, with evidence picked by the test instead of the native chooser
            modules.add(m instanceof EvaluationModule
                    ? new EvaluationModule(new AssessmentService(new InstrumentService()), files) : m);
        }
        AppContext context = new AppContext(Preferences.load(), new SynchronousTaskExecutor(), new UserService(),
                () -> { throw new AssertionError("the test opens its own copy"); }, modules);
        shell = new Shell(context, stage);
        shell.start(workspace);
    }

    @AfterEach
    void close() {
        shell.closeQuietly();
        System.clearProperty("tata.home");
    }

    @Test
    void anOperatorAnswersAnIndicatorWithEvidence(FxRobot robot) throws Exception {
        login(robot, "operator", "operator123");
        TableView<?> indicators = robot.lookup("#evaluationIndicators").queryTableView();
        assertEquals(47, indicators.getItems().size(), "every indicator of SPBE-2020");
        Snapshots.save(robot, window(robot), "evaluation-2-questionnaire");

        reveal(robot, "#evaluationExplanation").clickOn("#evaluationExplanation");
        robot.press(KeyCode.CONTROL).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#evaluationIndicator").startsWith("2. "), label(robot, "#evaluationIndicator"));
        int before = stored(2).selfLevel();
        List<String> carried = names(stored(2));
        assertEquals(List.of("Perwal Arsitektur SPBE.pdf"), carried, "last year's evidence came along");
        int chosen = before == 5 ? 4 : before + 1;
        reveal(robot, "#evaluationLevel" + chosen).clickOn("#evaluationLevel" + chosen);
        assertTrue(robot.lookup("#evaluationLevel" + chosen).queryAs(ToggleButton.class).isSelected());
        // typing a digit while the cards have focus chooses that level too; the test ends on `chosen`
        int other = chosen == 1 ? 2 : 1;
        robot.type(digit(other));
        assertTrue(robot.lookup("#evaluationLevel" + other).queryAs(ToggleButton.class).isSelected());
        robot.type(digit(chosen));
        Snapshots.save(robot, window(robot), "evaluation-2b-criteria");
        robot.clickOn("#evaluationListToggle");
        reveal(robot, "#evaluationLevel1");
        Snapshots.save(robot, window(robot), "evaluation-2c-criteria-wide");
        robot.clickOn("#evaluationListToggle");
        replaceExplanation(robot, "Kebijakan ditetapkan dengan Peraturan Wali Kota.");
        Path text = dir.resolve("Catatan.pdf");
        Files.writeString(text, "hanya teks, bukan PDF", StandardCharsets.UTF_8);
        files.next = List.of(text);
        reveal(robot, "#evidenceAttach").clickOn("#evidenceAttach");
        String refused = label(robot, "#evaluationQuestionError");
        assertTrue(refused.contains("Catatan.pdf") && refused.contains("bukan PDF"), refused);
        Path pdf = dir.resolve("Perwal SPBE.pdf");
        Files.write(pdf, "%PDF-1.4\n% contoh bukti dukung\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        files.next = List.of(pdf);
        reveal(robot, "#evidenceAttach").clickOn("#evidenceAttach");
        assertEquals(carried.size() + 1, robot.lookup("#evidenceFiles").queryTableView().getItems().size());
        Snapshots.save(robot, window(robot), "evaluation-3-answered");
        reveal(robot, "#evaluationSave").clickOn("#evaluationSave");

        Answer answer = stored(2);
        assertEquals(chosen, answer.selfLevel());
        assertNotEquals(before, answer.selfLevel());
        assertEquals("Kebijakan ditetapkan dengan Peraturan Wali Kota.", answer.explanation());
        List<String> names = names(answer);
        assertEquals(carried.size() + 1, names.size(), names.toString());
        assertTrue(names.containsAll(carried), names.toString());
        int added = names.indexOf("Perwal SPBE.pdf");
        assertTrue(added >= 0, names.toString());
        assertEquals(EvidenceService.sha256(Files.readAllBytes(pdf)), answer.evidence().get(added).sha256());
        assertEquals("operator", answer.updatedBy());

        TableView<EvidenceRef> evidence = robot.lookup("#evidenceFiles").queryTableView();
        robot.interact(() -> evidence.getSelectionModel().select(evidence.getItems().stream()
                .filter(e -> e.originalName().equals("Perwal SPBE.pdf")).findFirst().orElseThrow()));
        reveal(robot, "#evidenceOpen").clickOn("#evidenceOpen");
        assertEquals(1, files.opened.size());
        assertEquals("Perwal SPBE.pdf", files.opened.get(0).getFileName().toString());
        assertEquals(Files.readString(pdf), Files.readString(files.opened.get(0)), "the stored bytes, checked");
    }

    @Test
    void movingToTheNextIndicatorSavesWhatWasTyped(FxRobot robot) throws Exception {
        login(robot, "operator", "operator123");
        replaceExplanation(robot, "Ditulis lalu pindah.");
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label(robot, "#evaluationIndicator").startsWith("2. "));
        assertEquals("Ditulis lalu pindah.", stored(1).explanation());
    }

    @Test
    void anOperatorIsNotOfferedApproval(FxRobot robot) throws Exception {
        login(robot, "operator", "operator123");
        reveal(robot, "#evaluationSubmit").clickOn("#evaluationSubmit");
        assertEquals(AnswerStatus.SUBMITTED, stored(1).status(), "the first indicator has a level, so it submits");
        Node approve = robot.lookup("#evaluationApprove").query();
        assertFalse(approve.isVisible(), "Setujui is not shown to an operator");
        assertFalse(robot.lookup("#evaluationReturn").query().isVisible());
        assertTrue(robot.lookup("#evaluationFinalize").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#evaluationExplanation").queryAs(TextArea.class).isEditable() == false,
                "a submitted answer is no longer the operator's to change");
    }

    @Test
    void aSupervisorApprovesASubmittedIndicator(FxRobot robot) throws Exception {
        login(robot, "supervisor", "supervisor123");
        reveal(robot, "#evaluationSubmit").clickOn("#evaluationSubmit");
        Button approve = robot.lookup("#evaluationApprove").queryAs(Button.class);
        assertTrue(approve.isVisible());
        assertFalse(approve.isDisabled(), "a submitted answer can be approved");
        reveal(robot, "#evaluationApprove").clickOn(approve);
        assertEquals(AnswerStatus.APPROVED, stored(1).status());
        reveal(robot, "#evaluationSave");
        Snapshots.save(robot, window(robot), "evaluation-3b-approved");
        robot.clickOn("#evaluationTabDashboard");
        assertEquals("1 dari 47 disetujui", label(robot, "#evaluationProgressText"));
        Snapshots.save(robot, window(robot), "evaluation-4-dashboard");
        robot.interact(() -> robot.lookup("#evaluationDashboard").queryAs(ScrollPane.class).setVvalue(1));
        Snapshots.save(robot, window(robot), "evaluation-5-dashboard-trend");
    }

    private void login(FxRobot robot, String user, String password) {
        robot.clickOn("#loginUsername").write(user);
        robot.clickOn("#loginPassword").write(password).type(KeyCode.ENTER);
        robot.clickOn("#navEvaluation");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Assessment> chooser = robot.lookup("#evaluationAssessment").queryComboBox();
        robot.interact(() -> chooser.setValue(chooser.getItems().stream().filter(a -> a.id() == assessment)
                .findFirst().orElseThrow()));
        assertEquals("SPBE-2020", chooser.getValue().instrumentCode());
        assertTrue(label(robot, "#evaluationIndicator").startsWith("1. "), label(robot, "#evaluationIndicator"));
    }

    /** Selects the carried explanation and types over it, as a user rewriting last year's text would. */
    private static void replaceExplanation(FxRobot robot, String text) {
        reveal(robot, "#evaluationExplanation").clickOn("#evaluationExplanation");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private static List<String> names(Answer answer) {
        return answer.evidence().stream().map(EvidenceRef::originalName).toList();
    }

    /** The answer as the services read it, through a second, read-only connection. */
    private Answer stored(int indicator) {
        try (Workspace ws = new WorkspaceStore().open(workspace, true)) {
            Session admin = new UserService().login(ws, "admin", "admin123".toCharArray());
            return new AnswerService(new AssessmentService(new InstrumentService())).answer(admin, assessment,
                    indicator);
        }
    }

    /** Scrolls the editor so that the node is in sight: the robot clicks only what a user could see. */
    private static FxRobot reveal(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            Node up = node.getParent();
            while (up != null && !(up instanceof ScrollPane)) {
                up = up.getParent();
            }
            if (up instanceof ScrollPane pane) {
                Bounds at = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                pane.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (at.getMinY() - 40) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    private static String label(FxRobot robot, String id) {
        return ((Labeled) robot.lookup(id).query()).getText();
    }

    private static Window window(FxRobot robot) {
        return robot.lookup("#menuBar").query().getScene().getWindow();
    }

    private static KeyCode digit(int n) {
        return KeyCode.valueOf("DIGIT" + n);
    }

    /** Answers the chooser with the files the test put there. */
    private static final class FakeFiles implements EvidenceFiles {
        List<Path> next = List.of();
        final List<Path> opened = new ArrayList<>();

        @Override
        public List<Path> choose(Window owner, String title) {
            return next;
        }

        @Override
        public void open(Path file) {
            opened.add(file);
        }
    }
}
