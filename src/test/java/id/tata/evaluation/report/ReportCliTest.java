package id.tata.evaluation.report;

import id.tata.cli.TataCli;
import id.tata.organization.OrgFixture;
import id.tata.workspace.user.Role;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `tata evaluation report` on a workspace answered through the services: the files written and printed. */
class ReportCliTest {
    private static final Map<String, String> ENV = Map.of("TATA_PASSWORD", new String(OrgFixture.PASSWORD));

    @TempDir
    Path dir;
    private Path workspace;
    private long assessment;
    private String out;
    private String err;

    @BeforeEach
    void answered() {
        try (OrgFixture org = new OrgFixture(dir)) {
            assessment = new ReportFixture(org.userWith(Role.OPERATOR), org.userWith(Role.SUPERVISOR), 2026)
                    .assessmentId;
            workspace = org.workspace.file();
        }
    }

    private int report(String... args) {
        List<String> all = new ArrayList<>(List.of("evaluation", "report", "--assessment", String.valueOf(assessment)));
        all.addAll(List.of(args));
        all.addAll(List.of("-w", workspace.toString(), "--user", "admin"));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = TataCli.run(ENV, new PrintWriter(o), new PrintWriter(e), all.toArray(String[]::new));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void theLaporanInBothFormatsPrintsItsFiles() {
        Path folder = dir.resolve("laporan");
        assertEquals(0, report("--kind", "laporan", "--format", "docx,pdf", "--out", folder.toString()), err);
        Path docx = folder.resolve("laporan-penilaian-mandiri-2026.docx");
        Path pdf = folder.resolve("laporan-penilaian-mandiri-2026.pdf");
        assertTrue(Files.isRegularFile(docx) && Files.isRegularFile(pdf));
        List<String> lines = out.strip().lines().toList();
        assertEquals(List.of(docx.toString(), pdf.toString()), lines.subList(1, lines.size()), out);
        assertTrue(lines.get(0).startsWith("2 "), out);
    }

    @Test
    void theEvidencePackAsJson() {
        Path folder = dir.resolve("bukti");
        assertEquals(0, report("--kind", "bukti", "--out", folder.toString(), "--include-unapproved", "--json"),
                err);
        Path zip = folder.resolve("bukti-dukung-2026.zip");
        assertTrue(Files.isRegularFile(zip));
        assertEquals("{\"assessment\":" + assessment + ",\"kind\":\"bukti\",\"files\":["
                + "\"" + zip.toString().replace("\\", "\\\\") + "\"]}", out.strip());
    }

    @Test
    void anUnknownKindOrAWrongFormatWritesNothing() {
        Path folder = dir.resolve("none");
        assertNotEquals(0, report("--kind", "rekap", "--out", folder.toString()));
        assertTrue(err.contains("rekap"), err);
        assertNotEquals(0, report("--kind", "berita-acara", "--format", "xlsx", "--out", folder.toString()));
        assertTrue(err.contains("berita-acara") && err.contains("docx, pdf"), err);
        assertFalse(Files.exists(folder.resolve("berita-acara-penilaian-mandiri-2026.xlsx")));
    }
}
