package id.tata.documents.golden;

import id.tata.catalog.StandardDocuments;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.render.pdf.PdfFacts;
import id.tata.documents.service.DocumentService;
import id.tata.documents.service.IssueRequest;
import id.tata.documents.service.IssueResult;
import id.tata.documents.service.NumberChoice;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciTemplate;
import id.tata.raci.service.RaciService;
import id.tata.raci.service.RaciTemplates;
import id.tata.sample.SampleWorkspaceBuilder;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every standard matrix as Lampiran II, in PDF: landscape or upright as its width asks, the column headings on every
 * page the table runs over, the last task printed, the legend and the signature after it. (Long matrices — the 47
 * SPBE indicators — cross pages; wide ones — twelve parties — must still fit.)
 */
class RaciAnnexPagesTest {
    @TempDir
    static Path dir;
    static Workspace workspace;
    static Session analyst;
    static Session session;
    static DocumentService service;

    @BeforeAll
    static void sample() {
        Path file = new SampleWorkspaceBuilder().build(dir.resolve("kota-contoh.tata"));
        workspace = new WorkspaceStore(1).open(file, false);
        UserService users = new UserService();
        analyst = users.login(workspace, "analis", "analis123".toCharArray());
        session = users.login(workspace, "sekretariat", "sekretariat123".toCharArray());
        service = StandardDocuments.service(Clock.systemDefaultZone());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    static List<String> templates() {
        return RaciTemplates.standard().all().stream().map(RaciTemplate::code).toList();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void theMatrixRunsOverItsPagesWithItsHeadings(String code) throws Exception {
        RaciMatrix matrix = new RaciService().createFromTemplate(analyst, code);
        Path out = Files.createDirectories(dir.resolve(code));
        IssueResult issued = service.issue(session, new IssueRequest("keputusan-koordinasi-spbe",
                Set.of(DocumentFormat.PDF), null, null, NumberChoice.BLANK, null, LocalDate.of(2026, 11, 25), out,
                null, "", Map.of("matrix", String.valueOf(matrix.id()))));
        Path pdf = issued.files().get(0);
        Path keep = Files.createDirectories(Path.of("target/raci-documents"));
        Files.copy(pdf, keep.resolve("lampiran-" + code + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PdfFacts facts = PdfFacts.read(Files.readAllBytes(pdf));
        int first = 0;
        for (int page = 1; page <= facts.pages() && first == 0; page++) {
            if (facts.words(page, true).contains("LAMPIRAN II\n")) {
                first = page;
            }
        }
        assertTrue(first > 0, "Lampiran II is there");
        boolean landscape = id.tata.raci.report.RaciAnnex.landscape(matrix);
        int legendPage = pageWith(facts, first, "Keterangan:");
        assertTrue(legendPage >= first, code + ": a legend");
        assertEquals(legendPage, pageWith(facts, legendPage, "AHMAD SUDRAJAT"),
                code + ": legend and signature on one page");
        for (int page = legendPage + 1; page <= facts.pages(); page++) {
            assertTrue(facts.words(page, true).startsWith("Register Tata"), code + ": after the signature only the "
                    + "register stamp, page " + page + ":\n" + facts.words(page, true));
        }
        StringBuilder table = new StringBuilder();
        for (int page = first; page <= legendPage; page++) {
            String words = facts.words(page, true);
            assertEquals(landscape ? 330 : 215, facts.widthMm(page), 0.5, code + ", page " + page);
            if (page < legendPage || words.contains("Unsur SPBE")) {
                assertTrue(words.contains("No") && words.contains("Tugas") && words.contains("Unsur SPBE"),
                        code + ": the headings on page " + page + ":\n" + words);
                table.append(words).append('\n');
            }
        }
        String lastTask = matrix.tasks().get(matrix.tasks().size() - 1).text();
        String lastWord = lastTask.substring(lastTask.lastIndexOf(' ') + 1);
        assertTrue(table.toString().contains(lastWord), code + ": the last task printed: " + lastWord);
        assertTrue(facts.words(legendPage, true).contains("I (Informed) :"), code + ": the whole legend");
    }

    private static int pageWith(PdfFacts facts, int from, String words) {
        for (int page = from; page <= facts.pages(); page++) {
            if (facts.words(page, true).contains(words)) {
                return page;
            }
        }
        return -1;
    }
}
