package id.tata.shell;

import id.tata.evaluation.domain.Assessment;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Penilaian Mandiri on the sample: the screen shows the index of the 2025 assessment as the ministry computes it —
 * checked against Σ(level × indicator weight) / 100 worked out here from the sample's levels file, which for weights
 * given in percent of the whole index is the same number as the domain → aspect → indicator formula.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationFlowTest {
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
    void theSampleAssessmentShowsItsIndexesDomainsAndAspects(FxRobot robot) throws Exception {
        robot.clickOn("#loginUsername").write("supervisor");
        robot.clickOn("#loginPassword").write("supervisor123").type(KeyCode.ENTER);
        robot.clickOn("#navEvaluation");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Assessment> chooser = robot.lookup("#evaluationAssessment").queryComboBox();
        assertEquals("Penilaian Mandiri PEMDI 2026", chooser.getValue().name(), "the newest assessment comes first");
        robot.interact(() -> chooser.getSelectionModel().select(chooser.getItems().stream()
                .filter(a -> a.year() == 2025).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Nilai mandiri: indeks " + expected(1) + " — Baik (semua indikator terisi)",
                ((Labeled) robot.lookup("#evaluationSelf").query()).getText());
        assertEquals("Nilai verifikasi: indeks " + expected(2) + " — Baik (semua indikator terisi)",
                ((Labeled) robot.lookup("#evaluationVerified").query()).getText());
        TableView<?> table = robot.lookup("#evaluationScores").queryTableView();
        assertEquals(4 + 8, table.getItems().size(), "4 domains and 8 aspects of SPBE-2020");
        Snapshots.save(robot, robot.lookup("#menuBar").query().getScene().getWindow(), "evaluation-1-scores");
    }

    /** Σ(level × weight) / 100 over the sample's levels, column 1 = self, 2 = verified, shown half-up. */
    private static String expected(int column) throws Exception {
        List<String> levels = Files.readAllLines(Path.of("sample-data/evaluation-2025-levels.csv"));
        com.fasterxml.jackson.databind.JsonNode indicators = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("src/main/resources/id/tata/evaluation/instruments/spbe-2020.json").toFile())
                .get("indicators");
        java.util.Map<Integer, BigDecimal> weights = new java.util.HashMap<>();
        indicators.forEach(i -> weights.put(i.get("no").asInt(), new BigDecimal(i.get("weight").asText())));
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < levels.size(); i++) {
            String[] cells = levels.get(i).split(",");
            sum = sum.add(weights.get(Integer.parseInt(cells[0])).multiply(new BigDecimal(cells[column])));
        }
        return sum.divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
