package id.tata.documents.golden;

import id.tata.catalog.StandardDocuments;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.service.DocumentService;
import id.tata.documents.service.IssueRequest;
import id.tata.documents.service.IssueResult;
import id.tata.sample.SampleWorkspaceBuilder;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
 * Every DOCX and XLSX Tata issues opens in LibreOffice — what most recipients use — and converts to PDF without
 * complaint. Needs {@code soffice} (.ci/run installs it); skipped, visibly, where it is missing.
 */
class LibreOfficeOpensTest {
    @TempDir
    Path dir;

    @Test
    void everyWordAndExcelFileConverts() throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        List<Path> files = issueAll();
        Path profile = dir.resolve("lo-profile");
        Path pdfs = Files.createDirectories(dir.resolve("pdf"));
        List<String> command = new ArrayList<>(List.of("soffice", "--headless",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir", pdfs.toString()));
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
        }
    }

    private List<Path> issueAll() throws IOException {
        Path file = new SampleWorkspaceBuilder().build(dir.resolve("kota-contoh.tata"));
        List<Path> files = new ArrayList<>();
        try (Workspace workspace = new WorkspaceStore(1).open(file, false)) {
            Session session = new UserService().login(workspace, "sekretariat", "sekretariat123".toCharArray());
            DocumentService service = StandardDocuments.service(Clock.systemDefaultZone());
            for (String type : List.of("keputusan-tim-koordinasi", "keputusan-tim-asesor")) {
                files.addAll(office(service.issue(session, IssueRequest.of(type, Set.of(DocumentFormat.DOCX), dir))));
            }
            files.addAll(office(service.issue(session, IssueRequest.of("daftar-perangkat-daerah",
                    Set.of(DocumentFormat.DOCX, DocumentFormat.XLSX), dir))));
        }
        return files;
    }

    private static List<Path> office(IssueResult result) {
        return result.files();
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
