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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `tata document …` on the sample workspace: types, issue, verify, register, template, margins. */
class DocumentCliTest {
    private static final Map<String, String> ENV = Map.of("TATA_PASSWORD", "sekretariat123");

    @TempDir
    Path dir;
    private Path workspace;
    private String out;
    private String err;

    @BeforeEach
    void sample() {
        workspace = dir.resolve("kota-contoh.tata");
        assertEquals(0, tata("sample", "build", "--out", workspace.toString()), err);
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
        all.addAll(List.of("-w", workspace.toString(), "--user", "sekretariat"));
        return tata(all.toArray(String[]::new));
    }

    @Test
    void typesAreListedWithShortNamesAndFormats() {
        assertEquals(0, tata("document", "types"), err);
        assertTrue(out.contains("keputusan-tim-koordinasi"), out);
        assertTrue(out.contains("keputusan-tim-asesor"), out);
        assertTrue(out.contains("daftar-perangkat-daerah      Daftar Perangkat Daerah (docx,pdf,xlsx)"), out);
    }

    @Test
    void issueWritesTheFilesVerifyKnowsThemAndRefusesAChangedCopy() throws Exception {
        Path folder = dir.resolve("keluaran");
        assertEquals(0, onWorkspace("document", "issue", "--type", "keputusan-tim-koordinasi", "--format", "docx,pdf",
                "--out", folder.toString(), "--number", "FROM_REGISTER", "--date", "2026-11-25"), err);
        assertTrue(out.contains("188.45/1/HK/2026"), out);
        List<Path> files = out.lines().filter(l -> l.endsWith(".docx") || l.endsWith(".pdf")).map(Path::of)
                .toList();
        assertEquals(2, files.size(), out);
        for (Path file : files) {
            assertTrue(Files.size(file) > 0, file.toString());
        }

        assertEquals(0, onWorkspace("document", "verify", files.get(1).toString()), err);
        assertTrue(out.startsWith("SAH:"), out);
        byte[] bytes = Files.readAllBytes(files.get(1));
        bytes[bytes.length - 10] ^= 1;
        Path changed = Files.write(dir.resolve("ubah.pdf"), bytes);
        assertEquals(1, onWorkspace("document", "verify", changed.toString()), out);
        assertTrue(out.startsWith("TIDAK TERDAFTAR:"), out);

        assertEquals(0, onWorkspace("document", "register", "--json"), err);
        assertTrue(out.contains("\"number\":\"188.45/1/HK/2026\""), out);
    }

    @Test
    void aCorrectionPointsToTheDocumentItReplaces() {
        Path folder = dir.resolve("keluaran");
        assertEquals(0, onWorkspace("document", "issue", "--type", "keputusan-tim-asesor", "--format", "pdf",
                "--out", folder.toString(), "--json"), err);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(out);
        assertTrue(id.find(), out);
        assertEquals(0, onWorkspace("document", "issue", "--type", "keputusan-tim-asesor", "--format", "pdf",
                "--out", folder.toString(), "--supersedes", id.group(1), "--note", "nama anggota salah"), err);
        assertEquals(0, onWorkspace("document", "register"), err);
        assertTrue(out.contains("koreksi atas id " + id.group(1)), out);
    }

    @Test
    void unknownTypeAndFormatAreNamedWithExitCode2() {
        assertEquals(2, onWorkspace("document", "issue", "--type", "keputusan-lain", "--format", "pdf", "--out",
                dir.toString()));
        assertTrue(err.contains("keputusan-lain") && err.contains("keputusan-tim-koordinasi"), err);
        assertEquals(2, onWorkspace("document", "issue", "--type", "keputusan-tim-asesor", "--format", "odt",
                "--out", dir.toString()));
        assertTrue(err.contains("odt"), err);
    }

    @Test
    void templateTextsCanBeShownChangedAndReset() throws Exception {
        assertEquals(0, onWorkspace("document", "template", "--type", "keputusan-tim-koordinasi"), err);
        assertTrue(out.startsWith("[CONSIDERATION]\nbahwa untuk mewujudkan"), out);
        String changed = out.replace("bahwa untuk mewujudkan", "bahwa demi mewujudkan");
        Path file = Files.writeString(dir.resolve("templat.txt"), changed);
        assertEquals(0, onWorkspace("document", "template", "--type", "keputusan-tim-koordinasi", "--set",
                file.toString()), err);
        assertEquals(0, onWorkspace("document", "template", "--type", "keputusan-tim-koordinasi"), err);
        assertTrue(out.contains("bahwa demi mewujudkan"), out);

        Files.writeString(file, changed.replace("bahwa demi", "demi"));
        assertEquals(2, onWorkspace("document", "template", "--type", "keputusan-tim-koordinasi", "--set",
                file.toString()));
        assertTrue(err.contains("bahwa"), err);

        assertEquals(0, onWorkspace("document", "template", "--type", "keputusan-tim-koordinasi", "--reset"), err);
        assertEquals(0, onWorkspace("document", "template", "--type", "keputusan-tim-koordinasi"), err);
        assertTrue(out.contains("bahwa untuk mewujudkan"), out);
    }

    @Test
    void marginsPerTypeAreKept() {
        assertEquals(0, onWorkspace("document", "margins", "--type", "keputusan-tim-koordinasi", "--set",
                "25,20,25,30"), err);
        assertEquals(0, onWorkspace("document", "margins", "--type", "keputusan-tim-koordinasi", "--json"), err);
        assertTrue(out.contains("\"top\":25.0"), out);
        assertEquals(2, onWorkspace("document", "margins", "--type", "keputusan-tim-koordinasi", "--set", "25,20"));
    }
}
