package id.tata.documents.golden;

import id.tata.catalog.StandardDocuments;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.service.DocumentService;
import id.tata.documents.service.IssueRequest;
import id.tata.raci.service.RaciService;
import id.tata.sample.SampleWorkspaceBuilder;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The RACI documents open in LibreOffice as {@link LibreOfficeOpensTest} asks of every issued file: the Keputusan
 * tentang Koordinasi SPBE (portrait, then the landscape Lampiran II) as DOCX, the matrix alone as DOCX and XLSX.
 * The converted decree keeps its landscape pages. Needs {@code soffice}; skipped, visibly, where it is missing.
 */
class RaciLibreOfficeOpensTest {
    @TempDir
    Path dir;

    @Test
    void theDecreeAndTheMatrixConvert() throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        List<Path> files = issue();
        Path pdfs = Files.createDirectories(dir.resolve("pdf"));
        List<String> command = new ArrayList<>(List.of("soffice", "--headless",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--convert-to", "pdf", "--outdir",
                pdfs.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished in time");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path pdf = pdfs.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertTrue(Files.exists(pdf) && Files.size(pdf) > 1000,
                    name + " converted: " + Files.readString(dir.resolve("soffice.log")));
            if (name.startsWith("keputusan-koordinasi-spbe")) {
                var facts = id.tata.documents.render.pdf.PdfFacts.read(Files.readAllBytes(pdf));
                assertEquals(215, facts.widthMm(1), 1, "the decree starts upright");
                assertEquals(330, facts.widthMm(facts.pages()), 1, "and ends on Lampiran II's landscape pages");
            }
        }
    }

    private List<Path> issue() throws Exception {
        Path file = new SampleWorkspaceBuilder().build(dir.resolve("kota-contoh.tata"));
        List<Path> files = new ArrayList<>();
        try (Workspace workspace = new WorkspaceStore(1).open(file, false)) {
            UserService users = new UserService();
            new RaciService().createFromTemplate(users.login(workspace, "analis", "analis123".toCharArray()),
                    "pekalongan-2021");
            Session session = users.login(workspace, "sekretariat", "sekretariat123".toCharArray());
            DocumentService service = StandardDocuments.service(Clock.systemDefaultZone());
            files.addAll(service.issue(session, IssueRequest.of("keputusan-koordinasi-spbe",
                    Set.of(DocumentFormat.DOCX), dir)).files());
            files.addAll(service.issue(session, IssueRequest.of("matriks-raci",
                    Set.of(DocumentFormat.DOCX, DocumentFormat.XLSX), dir)).files());
        }
        return files;
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
