package id.tata.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `tata evaluation instrument import|list|export`. */
class EvaluationCliTest {
    private static final Map<String, String> ENV = Map.of("TATA_PASSWORD", "rahasia-123",
            "TATA_NEW_PASSWORD", "rahasia-123");
    private static final Path SPBE = Path.of("src/main/resources/id/tata/evaluation/instruments/spbe-2020.json");

    @TempDir
    Path dir;
    private Path workspace;
    private String out;
    private String err;

    @BeforeEach
    void createWorkspace() {
        workspace = dir.resolve("kota.tata");
        assertEquals(0, tata("workspace", "create", workspace.toString()), err);
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

    /** SPBE-2020 under another code, so it is a new instrument of this workspace. */
    private Path copyOfSpbe(String code, String weightOfIndicator1) throws Exception {
        String json = Files.readString(SPBE, StandardCharsets.UTF_8).replace("\"code\": \"SPBE-2020\"",
                "\"code\": \"" + code + "\"");
        int first = json.indexOf("\"weight\": 1.3,");
        json = json.substring(0, first) + "\"weight\": " + weightOfIndicator1 + ","
                + json.substring(first + "\"weight\": 1.3,".length());
        Path file = dir.resolve(code + ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aGoodFileIsImportedAndItsCodeAndVersionPrinted() throws Exception {
        Path file = copyOfSpbe("SPBE-2020-LOKAL", "1.3");
        assertEquals(0, onWorkspace("evaluation", "instrument", "import", file.toString()), err);
        assertTrue(out.contains("Instrumen SPBE-2020-LOKAL versi 1 diimpor"), out);
        assertTrue(out.contains("(47 indikator)"), out);

        assertEquals(0, onWorkspace("evaluation", "instrument", "import", file.toString(), "--json"), err);
        assertTrue(out.contains("\"code\":\"SPBE-2020-LOKAL\",\"version\":1,\"alreadyPresent\":true"), out);

        assertEquals(0, onWorkspace("evaluation", "instrument", "list"), err);
        assertTrue(out.contains("SPBE-2020-LOKAL"), out);
        assertTrue(out.contains("bawaan"), out);
        assertTrue(out.contains("sementara"), out);
        assertEquals(0, onWorkspace("evaluation", "instrument", "list", "--json"), err);
        assertTrue(out.contains("{\"code\":\"PEMDI-2026\",\"version\":1,"), out);
    }

    @Test
    void aBadFileExitsWithTwoListingEveryProblemAndStoresNothing() throws Exception {
        Path file = copyOfSpbe("SPBE-RUSAK", "2.3");
        String json = Files.readString(file).replace("\"scale\": \"technical\"", "\"scale\": \"teknis\"");
        Files.writeString(file, json);
        assertEquals(2, onWorkspace("evaluation", "instrument", "import", file.toString()), err);
        assertTrue(err.contains("Instrumen tidak dapat diimpor:"), err);
        assertTrue(err.contains("aspects[0].weight: bobot aspek 1 (13) tidak sama dengan jumlah bobot indikatornya "
                + "(14)."), err);
        assertTrue(err.contains("indicators[31].scale: skala \"teknis\" tidak ada"), err);
        assertTrue(err.contains("indicators[46].scale"), err);
        assertFalse(err.contains("domains: jumlah bobot domain"), "the domains themselves still add up: " + err);
        // nothing stored
        assertEquals(0, onWorkspace("evaluation", "instrument", "list", "--json"), err);
        assertFalse(out.contains("SPBE-RUSAK"), out);

        assertEquals(2, onWorkspace("evaluation", "instrument", "import", file.toString(), "--json", "--lang", "en"));
        assertTrue(out.contains("\"path\":\"indicators[31].scale\""), out);
        assertTrue(err.contains("there is no scale \"teknis\""), err);
    }

    @Test
    void exportWritesJsonAsImportedAndAReadableWorkbook() throws Exception {
        Path json = dir.resolve("spbe.json");
        assertEquals(0, onWorkspace("evaluation", "instrument", "export", "--code", "SPBE-2020", "--out",
                json.toString()), err);
        assertTrue(out.contains("Instrumen SPBE-2020 versi 1 diekspor"), out);
        assertArrayEquals(Files.readAllBytes(SPBE), Files.readAllBytes(json));

        Path xlsx = dir.resolve("pemdi.xlsx");
        assertEquals(0, onWorkspace("evaluation", "instrument", "export", "--code", "PEMDI-2026", "--version", "1",
                "--out", xlsx.toString()), err);
        assertTrue(Files.size(xlsx) > 0);

        assertEquals(2, onWorkspace("evaluation", "instrument", "export", "--code", "PEMDI-2026", "--out",
                dir.resolve("x.csv").toString()), err);
        assertEquals(4, onWorkspace("evaluation", "instrument", "export", "--code", "TIDAK-ADA", "--out",
                dir.resolve("x.json").toString()), err);
        assertTrue(err.contains("Instrumen TIDAK-ADA tidak ada."), err);
    }
}
