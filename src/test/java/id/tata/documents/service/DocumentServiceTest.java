package id.tata.documents.service;

import id.tata.common.error.TataException;
import id.tata.documents.model.Document;
import id.tata.documents.model.Outline;
import id.tata.documents.register.IssuedDocument;
import id.tata.documents.register.RegisterGap;
import id.tata.documents.register.RegisterService;
import id.tata.documents.register.VerifyResult;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.render.DocumentRenderer;
import id.tata.workspace.Session;
import id.tata.workspace.TestWorkspaces;
import id.tata.workspace.settings.GovernmentKind;
import id.tata.workspace.settings.GovernmentProfile;
import id.tata.workspace.settings.PaperProfile;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issuing and the register, with a stand-in renderer that writes the outline (the real ones have their own tests). */
class DocumentServiceTest {
    @TempDir
    Path dir;
    Session admin;
    Path out;
    final AtomicBoolean failPdf = new AtomicBoolean();
    DocumentService service;

    @BeforeEach
    void setUp() throws IOException {
        admin = TestWorkspaces.newAdminSession(dir);
        new SettingsService().saveProfile(admin, new GovernmentProfile(GovernmentKind.KOTA, "Contoh", "Jawa Tengah",
                "H. Ahmad Sudrajat, S.E.", "", "", "Jl. Pemuda 1", "", "", "", "", "", PaperProfile.F4));
        out = Files.createDirectories(dir.resolve("out"));
        service = new DocumentService(new DocumentCatalog(List.of(new TestDecreeType())),
                List.of(new OutlineRenderer(DocumentFormat.DOCX), new OutlineRenderer(DocumentFormat.PDF)),
                Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneId.of("Asia/Jakarta")));
    }

    IssueRequest request(NumberChoice choice, LocalDate date) {
        return IssueRequest.of("uji", Set.of(DocumentFormat.DOCX, DocumentFormat.PDF), out)
                .withNumber(choice, null, date);
    }

    @Test
    void numbersComeFromThePatternAndRestartEachYear() {
        IssueResult first = service.issue(admin, request(NumberChoice.FROM_REGISTER, LocalDate.of(2026, 3, 1)));
        IssueResult second = service.issue(admin, request(NumberChoice.FROM_REGISTER, LocalDate.of(2026, 4, 1)));
        IssueResult nextYear = service.issue(admin, request(NumberChoice.FROM_REGISTER, LocalDate.of(2027, 1, 2)));
        assertEquals("188.45/1/HK/2026", first.issued().number());
        assertEquals("188.45/2/HK/2026", second.issued().number());
        assertEquals("188.45/1/HK/2027", nextYear.issued().number());
        assertEquals(2, second.issued().numberSequence());
        assertTrue(new RegisterService().gaps(admin, "DECREE").isEmpty());
    }

    @Test
    void theRegisterKeepsTypeNumberTitleSignatoryIssuerAndEveryFileHash() throws IOException {
        IssueResult result = service.issue(admin, request(NumberChoice.FROM_REGISTER, LocalDate.of(2026, 5, 2)));
        IssuedDocument row = result.issued();
        assertEquals("TATA-2026-00001", row.registerCode());
        assertEquals("uji", row.documentType());
        assertEquals("Keputusan uji", row.title());
        assertEquals(LocalDate.of(2026, 5, 2), row.date());
        assertEquals("H. Ahmad Sudrajat, S.E.", row.signatory());
        assertEquals(admin.user().username(), row.issuedBy());
        assertEquals(2, row.files().size());
        for (Path file : result.files()) {
            String hash = RegisterService.sha256(Files.readAllBytes(file));
            assertTrue(row.files().stream().anyMatch(f -> f.sha256().equals(hash)), file.toString());
        }
        // the stamp on the last page carries the register code and the content hash
        String written = Files.readString(result.files().get(0));
        assertTrue(written.contains("QR " + IssuedDocument.qrPayload(row.registerCode(), row.contentSha256())),
                written);
    }

    @Test
    void verifyKnowsTheOriginalAndRefusesAOneByteChange() throws IOException {
        IssueResult result = service.issue(admin, request(NumberChoice.BLANK, null));
        Path original = result.files().get(1);
        VerifyResult ok = new RegisterService().verify(admin, original);
        assertTrue(ok.registered());
        assertEquals(result.issued().registerCode(), ok.document().orElseThrow().registerCode());
        assertEquals(DocumentFormat.PDF, ok.format().orElseThrow());

        byte[] bytes = Files.readAllBytes(original);
        bytes[bytes.length / 2] ^= 1;
        Path changed = Files.write(dir.resolve("changed.pdf"), bytes);
        assertFalse(new RegisterService().verify(admin, changed).registered());
    }

    @Test
    void aBlankNumberTakesNoNumberAndLeavesTheDateOpen() {
        IssueResult result = service.issue(admin, request(NumberChoice.BLANK, null));
        assertNull(result.issued().number());
        assertNull(result.issued().date());
        assertEquals("188.45/1/HK/2026", new SettingsService().previewNumber(admin, "DECREE",
                LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aFailedRenderingLeavesNoNumberNoRowAndNoFile() throws IOException {
        failPdf.set(true);
        assertThrows(TataException.class,
                () -> service.issue(admin, request(NumberChoice.FROM_REGISTER, LocalDate.of(2026, 5, 2))));
        assertTrue(new RegisterService().list(admin).isEmpty());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
        assertEquals("188.45/1/HK/2026", new SettingsService().previewNumber(admin, "DECREE",
                LocalDate.of(2026, 5, 2)));
    }

    @Test
    void aCorrectionIsANewVersionPointingToTheOldOne() {
        IssueResult first = service.issue(admin, request(NumberChoice.MANUAL, LocalDate.of(2026, 5, 2))
                .withNumber(NumberChoice.MANUAL, "188.45/99/HK/2026", LocalDate.of(2026, 5, 2)));
        IssueRequest correction = new IssueRequest("uji", Set.of(DocumentFormat.PDF), null, null,
                NumberChoice.MANUAL, "188.45/99/HK/2026", LocalDate.of(2026, 5, 3), out, first.issued().id(),
                "salah ketik nama anggota", Map.of());
        IssueResult second = service.issue(admin, correction);
        assertEquals(first.issued().id(), second.issued().supersedesId());
        assertEquals("salah ketik nama anggota", second.issued().note());
        VerifyResult old = new RegisterService().verify(admin, first.files().get(1));
        assertEquals(second.issued().registerCode(), old.supersededBy().orElseThrow().registerCode());
    }

    @Test
    void numbersTakenOutsideTheRegisterShowAsExplainedGaps() {
        new SettingsService().takeNumber(admin, "DECREE", LocalDate.of(2026, 2, 1));
        service.issue(admin, request(NumberChoice.FROM_REGISTER, LocalDate.of(2026, 3, 1)));
        assertEquals(List.of(new RegisterGap("DECREE", 2026, 1)), new RegisterService().gaps(admin, "DECREE"));
    }

    @Test
    void onlyRolesThatIssueDocumentsMayIssue() {
        Session operator = TestWorkspaces.sessionAs(admin, Role.OPERATOR);
        assertThrows(TataException.class, () -> service.issue(operator, request(NumberChoice.BLANK, null)));
    }

    @Test
    void theRegisterRefusesDeletion() {
        service.issue(admin, request(NumberChoice.BLANK, null));
        assertThrows(RuntimeException.class, () -> admin.write(id.tata.workspace.user.Permission.WORKSPACE_ADMIN,
                tx -> tx.dsl().execute("DELETE FROM issued_document")));
        assertEquals(1, new RegisterService().list(admin).size());
    }

    @Test
    void unknownTypesAndFormatsAreNamed() {
        TataException unknown = assertThrows(TataException.class,
                () -> service.issue(admin, IssueRequest.of("tidak-ada", Set.of(DocumentFormat.PDF), out)));
        assertTrue(unknown.getMessage().contains("tidak-ada") || unknown.key().equals("document.error.unknownType"));
        TataException format = assertThrows(TataException.class,
                () -> service.issue(admin, IssueRequest.of("uji", Set.of(DocumentFormat.XLSX), out)));
        assertEquals("document.error.formatNotOffered", format.key());
    }

    /** A decree type with fixed content. */
    static final class TestDecreeType implements DocumentType {
        @Override public String shortName() { return "uji"; }
        @Override public String titleKey() { return "document.part.DIKTUM"; }
        @Override public Set<DocumentFormat> formats() { return Set.of(DocumentFormat.DOCX, DocumentFormat.PDF); }
        @Override public Set<DocumentFormat> defaultFormats() { return formats(); }
        @Override public Optional<String> numberType() { return Optional.of("DECREE"); }
        @Override public String title(Session session, ComposeContext context) { return "Keputusan uji"; }

        @Override
        public Document compose(Session session, ComposeContext context) {
            return id.tata.documents.official.DecreeComposer.compose(context.frame().decree("Tim Uji",
                    List.of("bahwa uji"), List.of("Peraturan uji"),
                    List.of(id.tata.documents.official.Decree.Diktum.of("Berlaku.")), List.of(), List.of()));
        }
    }

    /** Writes the outline as the "file"; fails for PDF when asked to. */
    final class OutlineRenderer implements DocumentRenderer {
        private final DocumentFormat format;

        OutlineRenderer(DocumentFormat format) {
            this.format = format;
        }

        @Override
        public DocumentFormat format() {
            return format;
        }

        @Override
        public void render(Document document, OutputStream stream) throws IOException {
            if (format == DocumentFormat.PDF && failPdf.get()) {
                throw new IOException("disk full");
            }
            stream.write((format + "\n" + Outline.of(document)).getBytes(StandardCharsets.UTF_8));
        }
    }
}
