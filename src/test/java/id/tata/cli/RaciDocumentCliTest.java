package id.tata.cli;

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

/**
 * The issue's "done when" from the command line, on the sample workspace: import a matrix from csv, validate it, and
 * issue the Keputusan tentang Koordinasi SPBE with the team and the matrix as --option, in DOCX and PDF.
 */
class RaciDocumentCliTest {
    @TempDir
    Path dir;
    private Path workspace;
    private String out;
    private String err;

    private int tata(String user, String password, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (user != null) {
            all.addAll(List.of("-w", workspace.toString(), "--user", user));
        }
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = TataCli.run(Map.of("TATA_PASSWORD", password), new PrintWriter(o), new PrintWriter(e),
                all.toArray(String[]::new));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void importValidateAndIssueTheDecreeWithBothAnnexes() throws Exception {
        workspace = dir.resolve("kota-contoh.tata");
        assertEquals(0, tata(null, "", "sample", "build", "--out", workspace.toString()), err);
        Path csv = Files.writeString(dir.resolve("raci.csv"), "Tugas,Wali Kota,Koordinator SPBE,Tim Koordinasi SPBE,"
                + "GCIO Daerah,Pemangku Kepentingan,Perangkat Daerah\n"
                + "Perencanaan dan Penganggaran SPBE,A,A/C,C/R,C,,R\n"
                + "Kerja sama SPBE antardaerah,A,A/C,C,C,,R\n");
        assertEquals(0, tata("analis", "analis123", "raci", "import", csv.toString()), err);
        String matrix = out.strip();
        assertEquals(0, tata("analis", "analis123", "raci", "validate", "--matrix", matrix, "--json"), err);
        assertTrue(out.contains("\"UNUSED_PARTY\",\"task\":null,\"party\":\"Pemangku Kepentingan\""), out);
        assertEquals(0, tata("analis", "analis123", "team", "list", "--json"), err);
        Matcher team = Pattern.compile("\"id\":(\\d+)[^}]*\"templateCode\":\"singkawang-2021-koordinasi\"")
                .matcher(out);
        assertTrue(team.find(), out);

        Path folder = dir.resolve("keluaran");
        assertEquals(0, tata("sekretariat", "sekretariat123", "document", "issue", "--type",
                "keputusan-koordinasi-spbe", "--option", "team=" + team.group(1), "--option", "matrix=" + matrix,
                "--format", "docx,pdf", "--out", folder.toString(), "--number", "FROM_REGISTER", "--date",
                "2026-11-25"), err);
        List<Path> files = out.lines().filter(l -> l.endsWith(".docx") || l.endsWith(".pdf")).map(Path::of).toList();
        assertEquals(2, files.size(), out);
        String pdf = id.tata.documents.render.pdf.PdfFacts.read(Files.readAllBytes(files.get(1))).allText();
        assertTrue(pdf.contains("LAMPIRAN I") && pdf.contains("LAMPIRAN II") && pdf.contains("Keterangan:"), pdf);
        assertTrue(pdf.contains("Kerja sama SPBE antardaerah"), "the imported matrix is Lampiran II");

        assertEquals(2, tata("sekretariat", "sekretariat123", "document", "issue", "--type",
                "keputusan-koordinasi-spbe", "--option", "matrix=abc", "--format", "pdf", "--out",
                folder.toString()));
        assertTrue(err.contains("abc"), err);
    }
}
