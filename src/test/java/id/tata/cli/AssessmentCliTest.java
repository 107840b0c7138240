package id.tata.cli;

import id.tata.evaluation.service.MiniInstrument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scripted path of the evaluation: import an instrument, create an assessment, import levels, print the score —
 * with figures computed by hand on the mini instrument (domains 60/40; aspect 1 = indicators 1 (35.5) and 2 (24.5),
 * aspect 2 = indicator 3 (40)).
 */
class AssessmentCliTest {
    private static final Map<String, String> ENV = Map.of("TATA_PASSWORD", "rahasia-123");

    @TempDir
    Path dir;
    private Path workspace;
    private String out;
    private String err;

    @BeforeEach
    void workspaceWithTheMiniInstrument() throws Exception {
        workspace = dir.resolve("kota.tata");
        assertEquals(0, tata("workspace", "create", workspace.toString()), err);
        Path json = Files.writeString(dir.resolve("mini.json"), MiniInstrument.JSON);
        assertEquals(0, onWorkspace("evaluation", "instrument", "import", json.toString()), err);
        assertEquals(0, onWorkspace("evaluation", "assessment", "create", "--instrument", "MINI-1", "--year", "2026"),
                err);
        assertEquals("1", out.strip());
    }

    private int tata(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = TataCli.run(ENV, new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int onWorkspace(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-w", workspace.toString(), "--user", "admin"));
        return tata(all.toArray(String[]::new));
    }

    @Test
    void levelsImportAndTheScoreAsSpecified() throws Exception {
        Path csv = Files.writeString(dir.resolve("levels.csv"),
                "indicator,self_level,verified_level\n1,4,3\n2,2,3\n3,,5\n");
        assertEquals(0, onWorkspace("evaluation", "levels", "import", "--assessment", "1", csv.toString()), err);
        assertEquals(0, onWorkspace("evaluation", "score", "--assessment", "1", "--json"), err);
        // self: aspect 1 = (4×35.5 + 2×24.5)/60 = 191/60 = 3.18(33…); aspect 2 missing → 0;
        //       index = (191/60 × 60 + 0 × 40)/100 = 1.91 → Kurang, indicator 3 missing
        // verified: aspect 1 = (3×35.5 + 3×24.5)/60 = 3; aspect 2 = 5; index = (3×60 + 5×40)/100 = 3.80 → Baik
        assertEquals("{\"instrument\":\"MINI-1\","
                + "\"self\":{\"index\":1.91,\"predicate\":\"Kurang\",\"domains\":[{\"no\":1,\"index\":3.18},"
                + "{\"no\":2,\"index\":0.00}],\"aspects\":[{\"no\":1,\"index\":3.18},{\"no\":2,\"index\":0.00}],"
                + "\"missing\":[3]},"
                + "\"verified\":{\"index\":3.80,\"predicate\":\"Baik\",\"domains\":[{\"no\":1,\"index\":3.00},"
                + "{\"no\":2,\"index\":5.00}],\"aspects\":[{\"no\":1,\"index\":3.00},{\"no\":2,\"index\":5.00}],"
                + "\"missing\":[]}}", out.strip());
    }

    @Test
    void aBadLevelsFileNamesEveryRowAndStoresNothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("levels.csv"),
                "indicator,self_level,verified_level\n1,4,3\n9,2,\n2,6,x\n");
        assertEquals(2, onWorkspace("evaluation", "levels", "import", "--assessment", "1", csv.toString()));
        assertTrue(err.contains("Baris 3, kolom indicator"), err);
        assertTrue(err.contains("Baris 4, kolom self_level"), err);
        assertTrue(err.contains("Baris 4, kolom verified_level"), err);
        assertEquals(0, onWorkspace("evaluation", "score", "--assessment", "1", "--json"), err);
        assertTrue(out.contains("\"missing\":[1,2,3]"), "row 2 was good but nothing is written: " + out);
    }

    @Test
    void oneAssessmentPerInstrumentAndYear() {
        assertEquals(3, onWorkspace("evaluation", "assessment", "create", "--instrument", "MINI-1", "--year", "2026"));
        assertTrue(err.contains("sudah ada"), err);
        assertEquals(4, onWorkspace("evaluation", "assessment", "create", "--instrument", "TIDAK-ADA", "--year",
                "2026"));
    }
}
