package id.tata.cli;

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

class OrganizationCliTest {
    private static final Map<String, String> ENV = Map.of("TATA_PASSWORD", "rahasia-123");
    private static final Path EXAMPLES = Path.of("sample-data", "examples");

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

    @Test
    void badFileReportsTheRowWritesNothingAndExitsTwo() {
        assertEquals(2, onWorkspace("agency", "import", EXAMPLES.resolve("agencies-3-good-1-bad.csv").toString()));
        assertTrue(err.contains("Baris 5, kolom Jenis: Jenis \"Kecamtan\" tidak dikenal."), err);
        assertTrue(err.contains("Tidak ada data yang disimpan"), err);
        assertEquals(0, onWorkspace("agency", "list", "--json"));
        assertEquals("[]", out.strip());
    }

    @Test
    void goodFileImportsAndSaysHowMany() {
        assertEquals(0, onWorkspace("agency", "import", "--dry-run", EXAMPLES.resolve("agencies-4-good.csv").toString()));
        assertTrue(out.contains("4 baris"), out);
        assertEquals(0, onWorkspace("agency", "import", EXAMPLES.resolve("agencies-4-good.csv").toString()));
        assertTrue(out.contains("4 Perangkat Daerah diimpor"), out);
        assertEquals(0, onWorkspace("agency", "list", "--search", "kominfo"));
        assertTrue(out.contains("Diskominfo") && !out.contains("Bappeda"), out);
    }

    @Test
    void sampleOrganizationImportsAndExports() {
        assertEquals(0, onWorkspace("agency", "import", "sample-data/agencies.csv"), err);
        assertEquals(0, onWorkspace("person", "import", "sample-data/people.csv"), err);
        assertTrue(out.contains("80 pegawai diimpor"), out);
        assertEquals(2, onWorkspace("person", "import", "sample-data/people.csv"));
        assertTrue(err.contains("Baris 2, kolom NIP:"), err);
        assertEquals(0, onWorkspace("person", "import", "--update-existing", "--json", "sample-data/people.csv"));
        assertTrue(out.contains("\"updated\":80"), out);
        Path xlsx = dir.resolve("pegawai.xlsx");
        assertEquals(0, onWorkspace("person", "export", xlsx.toString()));
        assertTrue(Files.isRegularFile(xlsx));
        assertEquals(0, onWorkspace("person", "list", "--search", "Pranata", "--lang", "en"));
    }

    @Test
    void mappingNamesTheSourceColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("pd.csv"), "No;Uraian;Kode\n1;Dinas Sosial;1.06\n");
        assertEquals(0, onWorkspace("agency", "import", "--map", "name=Uraian", file.toString()), err);
        assertEquals(1, onWorkspace("agency", "import", "--map"), "a usage error");
    }
}
