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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scripted round trip: the coordinator exports a package, the assessor opens it in a new workspace and changes a
 * level, the coordinator changes the same level; import shows the conflict and writes nothing until --prefer or
 * --choose decides it; undo brings the old value back.
 */
class PackageCliTest {
    private static final Map<String, String> ENV = Map.of("TATA_PASSWORD", "rahasia-123");

    @TempDir
    Path dir;
    private Path coordinator;
    private Path laptop;
    private String out;
    private String err;

    @BeforeEach
    void coordinatorWithAnAssessment() throws Exception {
        coordinator = dir.resolve("kota.tata");
        laptop = dir.resolve("laptop").resolve("asesor.tata");
        assertEquals(0, tata("workspace", "create", coordinator.toString()), err);
        Path json = Files.writeString(dir.resolve("mini.json"), MiniInstrument.JSON);
        assertEquals(0, on(coordinator, "evaluation", "instrument", "import", json.toString()), err);
        assertEquals(0, on(coordinator, "evaluation", "assessment", "create", "--instrument", "MINI-1", "--year",
                "2026"), err);
        Path csv = Files.writeString(dir.resolve("levels.csv"), "indicator,self_level,verified_level\n1,2,\n2,2,\n");
        assertEquals(0, on(coordinator, "evaluation", "levels", "import", "--assessment", "1", csv.toString()), err);
    }

    @Test
    void exportOpenExportBackAndImportWithADecision() throws Exception {
        Path pkg = dir.resolve("paket.tatapaket");
        assertEquals(0, on(coordinator, "evaluation", "package", "export", "--assessment", "1", "--assessor", "admin",
                "--indicators", "1,2", "-o", pkg.toString()), err);
        assertEquals(0, tata("evaluation", "package", "open", pkg.toString(), "-w", laptop.toString(), "--user",
                "admin", "--json"), err);
        assertTrue(out.contains("\"indicators\":[1,2]"), out);

        Path two = Files.writeString(dir.resolve("two.csv"), "indicator,self_level,verified_level\n1,4,\n2,3,\n");
        assertEquals(0, on(laptop, "evaluation", "levels", "import", "--assessment", "1", two.toString()), err);
        Path back = dir.resolve("jawaban.tatapaket");
        assertEquals(0, on(laptop, "evaluation", "package", "export", "--answers", "-o", back.toString()), err);
        Path mine = Files.writeString(dir.resolve("mine.csv"), "indicator,self_level,verified_level\n1,5,\n");
        assertEquals(0, on(coordinator, "evaluation", "levels", "import", "--assessment", "1", mine.toString()), err);

        assertEquals(3, on(coordinator, "evaluation", "package", "import", back.toString()), err);
        assertTrue(out.contains("1.self_level"), out);
        assertTrue(out.contains("2.self_level"), out);
        assertEquals("5", selfLevel(1), "nothing written without a decision");
        assertEquals("2", selfLevel(2));

        assertEquals(0, on(coordinator, "evaluation", "package", "import", back.toString(), "--choose",
                "1.self_level=theirs", "--json"), err);
        assertTrue(out.contains("\"merge\":1"), out);
        assertEquals("4", selfLevel(1));
        assertEquals("3", selfLevel(2), "only the assessor changed it");

        assertEquals(0, on(coordinator, "evaluation", "package", "undo", "--merge", "1"), err);
        assertEquals("5", selfLevel(1));
        assertEquals("2", selfLevel(2));
    }

    @Test
    void openRefusesAnExistingWorkspaceAndADamagedPackageLeavesNoWorkspace() throws Exception {
        Path damaged = Files.write(dir.resolve("rusak.tatapaket"), new byte[]{'P', 'K', 3, 4, 0, 0});
        assertEquals(2, tata("evaluation", "package", "open", damaged.toString(), "-w", laptop.toString(), "--user",
                "ani"), out);
        assertTrue(err.contains("rusak.tatapaket"), err);
        assertFalse(Files.exists(laptop));
    }

    /** The self level of an indicator in the coordinator's workspace, read from a one-indicator package export. */
    private String selfLevel(int indicator) throws Exception {
        Path csvOut = dir.resolve("probe-" + System.nanoTime() + ".tatapaket");
        assertEquals(0, on(coordinator, "evaluation", "package", "export", "--assessment", "1", "--assessor", "admin",
                "--indicators", String.valueOf(indicator), "-o", csvOut.toString()), err);
        try (var zip = new java.util.zip.ZipFile(csvOut.toFile())) {
            String answers = new String(zip.getInputStream(zip.getEntry("answers.json")).readAllBytes());
            var m = java.util.regex.Pattern.compile("\"self_level\" : (\\w+)").matcher(answers);
            return m.find() ? m.group(1) : "?";
        }
    }

    private int tata(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = TataCli.run(ENV, new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int on(Path workspace, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-w", workspace.toString(), "--user", "admin"));
        return tata(all.toArray(String[]::new));
    }
}
