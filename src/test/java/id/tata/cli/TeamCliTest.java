package id.tata.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `tata team …` on a workspace holding the sample's Perangkat Daerah and people. */
class TeamCliTest {
    private static final Map<String, String> ENV = Map.of("TATA_PASSWORD", "rahasia-123");

    @TempDir
    Path dir;
    private Path workspace;
    private String out;
    private String err;

    @BeforeEach
    void createWorkspace() {
        workspace = dir.resolve("kota.tata");
        assertEquals(0, tata("workspace", "create", workspace.toString()), err);
        assertEquals(0, onWorkspace("agency", "import", "sample-data/agencies.csv"), err);
        assertEquals(0, onWorkspace("person", "import", "sample-data/people.csv"), err);
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
    void templatesAreListedWithTheirSources() {
        assertEquals(0, tata("team", "templates"), err);
        assertTrue(out.contains("singkawang-2021-koordinasi  Tim Koordinasi SPBE (7 anggota, 2 tugas)"), out);
        assertTrue(out.contains("Dasar hukum: Peraturan Wali Kota Singkawang Nomor 101 Tahun 2021"), out);
        assertTrue(out.contains("batubara-2021-asesor"), out);
        assertEquals(0, tata("team", "templates", "--json"), err);
        assertTrue(out.strip().startsWith("[{\"code\":\"singkawang-2021-koordinasi\""), out);
    }

    @Test
    void aTeamFromATemplateIsListedAndShownAsADecreePrintsIt() {
        assertEquals(0, onWorkspace("team", "from-template", "singkawang-2021-koordinasi", "--year", "2026"), err);
        assertTrue(out.contains("Tim Koordinasi SPBE dibuat"), out);
        assertTrue(out.contains("7 anggota, 1 di antaranya dicocokkan dengan jabatan; 2 tugas"), out);

        assertEquals(0, onWorkspace("team", "list", "--json"), err);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(out);
        assertTrue(id.find(), out);
        assertTrue(out.contains("\"templateCode\":\"singkawang-2021-koordinasi\""), out);

        assertEquals(0, onWorkspace("team", "show", id.group(1)), err);
        assertTrue(out.startsWith("Tim Koordinasi SPBE — Tim Koordinasi SPBE, 2026–"), out);
        assertTrue(out.contains("3. Ketua"), out);
        assertFalse(out.contains("Sekretaris Daerah — Dr. H. Agus Santoso, S.H., M.Si."),
                "the template gives the post, not the person: " + out);
        assertTrue(out.contains("Kelompok Kerja bidang tata kelola"), out);
        assertTrue(out.contains("a. mengarahkan, memantau, dan mengevaluasi pelaksanaan SPBE Pemerintah Daerah"), out);

        assertEquals(0, onWorkspace("team", "show", id.group(1), "--json"), err);
        assertTrue(out.contains("{\"order\":3,\"role\":\"KETUA\",\"positionName\":\"Sekretaris Daerah\""), out);
        assertEquals(0, onWorkspace("team", "show", id.group(1), "--lang", "en"), err);
        assertTrue(out.contains("Chair (Ketua)"), out);
    }

    @Test
    void unknownTeamsAndTemplatesSayNotFound() {
        assertEquals(4, onWorkspace("team", "show", "999"));
        assertTrue(err.contains("Tim dengan id 999 tidak ditemukan."), err);
        assertEquals(4, onWorkspace("team", "from-template", "tidak-ada"));
        assertTrue(err.contains("Templat tim tidak-ada tidak dikenal."), err);
        assertEquals(0, onWorkspace("team", "list"), err);
        assertEquals("", out.strip(), "nothing was created");
    }
}
