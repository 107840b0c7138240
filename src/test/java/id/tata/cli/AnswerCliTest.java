package id.tata.cli;

import id.tata.evaluation.service.MiniInstrument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The answer, evidence and lifecycle commands, driven as a script would drive them. */
class AnswerCliTest {
    private final CliRun cli = new CliRun();

    @TempDir
    Path dir;
    private Path workspace;
    private String out;
    private String err;

    @BeforeEach
    void workspaceWithAnAssessment() throws Exception {
        workspace = dir.resolve("kota.tata");
        assertEquals(0, tata("workspace", "create", workspace.toString()), err);
        Path json = Files.writeString(dir.resolve("mini.json"), MiniInstrument.JSON);
        assertEquals(0, run("evaluation", "instrument", "import", json.toString()), err);
        assertEquals(0, run("evaluation", "assessment", "create", "--instrument", "MINI-1", "--year", "2026"), err);
    }

    private int tata(String... args) {
        int code = cli.tata(args);
        out = cli.out;
        err = cli.err;
        return code;
    }

    private int run(String... args) {
        int code = cli.on(workspace, "admin", args);
        out = cli.out;
        err = cli.err;
        return code;
    }

    @Test
    void setSubmitApproveAndTheHistory() {
        assertEquals(0, run("evaluation", "answer", "set", "--assessment", "1", "--indicator", "2", "--level", "3",
                "--explanation", "Sudah ada Perwal", "--json"), err);
        assertTrue(out.contains("\"self_level\":3") && out.contains("\"explanation\":\"Sudah ada Perwal\""), out);
        assertEquals(0, run("evaluation", "answer", "set", "--assessment", "1", "--indicator", "2", "--target", "4",
                "--json"), err);
        assertTrue(out.contains("\"self_level\":3") && out.contains("\"target_level\":4"), "other fields kept: " + out);
        assertEquals(0, run("evaluation", "answer", "submit", "--assessment", "1", "--indicator", "2"), err);
        assertEquals(0, run("evaluation", "answer", "approve", "--assessment", "1", "--indicator", "2", "--json"), err);
        assertTrue(out.contains("\"status\":\"APPROVED\""), out);
        assertEquals(0, run("evaluation", "answer", "history", "--assessment", "1", "--indicator", "2"), err);
        assertEquals(2, out.strip().lines().count(), out);
        assertTrue(out.contains("Diajukan → Disetujui"), out);
        assertEquals(3, run("evaluation", "answer", "set", "--assessment", "1", "--indicator", "2", "--level", "5"));
        assertTrue(err.contains("Disetujui") || err.contains("APPROVED"), err);
    }

    @Test
    void evidenceIsAttachedListedAndChecked() throws Exception {
        Path pdf = Files.write(dir.resolve("SK.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path exe = Files.write(dir.resolve("palsu.pdf"), "MZ program".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, run("evaluation", "evidence", "attach", "--assessment", "1", "--indicator", "1",
                pdf.toString()), err);
        assertTrue(out.contains("SK.pdf"), out);
        assertEquals(2, run("evaluation", "evidence", "attach", "--assessment", "1", "--indicator", "1",
                exe.toString()));
        assertTrue(err.contains("palsu.pdf"), err);
        assertEquals(0, run("evaluation", "evidence", "list", "--assessment", "1", "--json"), err);
        assertTrue(out.contains("\"name\":\"SK.pdf\"") && !out.contains("palsu"), out);
        assertEquals(0, run("evaluation", "evidence", "check", "--assessment", "1"), err);
    }

    @Test
    void finaliseLocksAndReopenStartsTheNextRevisionAndCarryMakesNextYear() {
        assertEquals(0, run("evaluation", "answer", "set", "--assessment", "1", "--indicator", "1", "--level", "2"));
        assertEquals(0, run("evaluation", "assessment", "finalize", "--assessment", "1"), err);
        assertEquals(3, run("evaluation", "answer", "set", "--assessment", "1", "--indicator", "1", "--level", "3"));
        assertEquals(0, run("evaluation", "assessment", "reopen", "--assessment", "1", "--json"), err);
        assertTrue(out.contains("\"revision\":2"), out);
        assertEquals(0, run("evaluation", "assessment", "carry", "--from", "1", "--year", "2027"), err);
        assertEquals("2", out.strip());
        assertEquals(0, run("evaluation", "answer", "show", "--assessment", "2", "--indicator", "1", "--json"), err);
        assertTrue(out.contains("\"self_level\":2") && out.contains("\"recheck\":true"), out);
    }

    private void levels(String assessment, int... levels) {
        for (int i = 0; i < levels.length; i++) {
            assertEquals(0, run("evaluation", "answer", "set", "--assessment", assessment, "--indicator",
                    String.valueOf(i + 1), "--level", String.valueOf(levels[i])), err);
        }
    }

    @Test
    void theTargetPlanTakesTheHeaviestIndicatorFirst() {
        levels("1", 3, 3, 3);
        // index 3.00; indicator 3 weighs 40 (of 100): two steps on it give 3.80 ≥ 3.5 ("Baik"); any other step gives less
        assertEquals(0, run("evaluation", "target", "--assessment", "1", "--predicate", "Baik", "--json"), err);
        assertEquals("{\"outcome\":\"REACHABLE\",\"target\":3.5,\"start\":3.00,\"index\":3.80,\"steps\":["
                + "{\"indicator\":3,\"from\":3,\"to\":4,\"gain\":0.4},{\"indicator\":3,\"from\":4,\"to\":5,"
                + "\"gain\":0.4}]}", out.strip().replaceAll("0\\.40*([,}])", "0.4$1"));
        assertEquals(2, run("evaluation", "target", "--assessment", "1", "--predicate", "Luar Biasa"));
        assertTrue(err.contains("Baik, Kurang"), err);
    }

    @Test
    void compareYearOverYear() {
        levels("1", 3, 3, 3);
        assertEquals(0, run("evaluation", "assessment", "carry", "--from", "1", "--year", "2027"), err);
        assertEquals(0, run("evaluation", "answer", "set", "--assessment", "2", "--indicator", "1", "--level", "4"));
        // B = (4×35.5 + 3×24.5 + 3×40)/100 = 3.355 → 3.36; domain 1 = (4×35.5 + 3×24.5)/60 = 3.591… → 3.59
        assertEquals(0, run("evaluation", "compare", "--from", "1", "--to", "2", "--json"), err);
        assertTrue(out.contains("\"index_a\":3.00,\"index_b\":3.36,\"delta\":0.36"), out);
        assertTrue(out.contains("\"index_a\":3.00,\"index_b\":3.59,\"delta\":0.59"), out);
        assertTrue(out.contains("{\"a\":1,\"b\":1,\"level_a\":3,\"level_b\":4,\"delta\":1}"), out);
    }

    @Test
    void whatIfShowsTheIndexMoveAndStoresNothing() {
        levels("1", 3, 3, 3);
        // indicator 3 weighs 40: 3 → 5 adds 2 × 0.40 = 0.80, index 3.00 → 3.80 ("Baik" from 3.5)
        assertEquals(0, run("evaluation", "whatif", "--assessment", "1", "--set", "3=5", "--json"), err);
        assertTrue(out.contains("\"before\":{\"index\":3.00,\"predicate\":\"Kurang\""), out);
        assertTrue(out.contains("\"after\":{\"index\":3.80,\"predicate\":\"Baik\""), out);
        assertTrue(out.contains("\"delta\":0.80"), out);
        assertEquals(0, run("evaluation", "answer", "show", "--assessment", "1", "--indicator", "3", "--json"));
        assertTrue(out.contains("\"self_level\":3"), "nothing stored: " + out);
        assertEquals(4, run("evaluation", "whatif", "--assessment", "1", "--set", "9=5"));
    }
}
