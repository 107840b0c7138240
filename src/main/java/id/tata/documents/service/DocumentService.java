package id.tata.documents.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.documents.model.Document;
import id.tata.documents.model.Outline;
import id.tata.documents.official.RegisterStamp;
import id.tata.documents.register.IssuedDocument;
import id.tata.documents.register.IssuedFile;
import id.tata.documents.register.RegisterService;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.render.DocumentRenderer;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.user.Permission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Issues documents: takes the number, composes the IR, stamps it, renders every requested format, writes the files and
 * records them in the register — in one transaction, so a failure leaves neither a used number nor a register row
 * nor a file behind.
 */
public final class DocumentService {
    private final DocumentCatalog catalog;
    private final Map<DocumentFormat, DocumentRenderer> renderers = new EnumMap<>(DocumentFormat.class);
    private final SettingsService settings = new SettingsService();
    private final RegisterService register = new RegisterService();
    private final ComposeContexts contexts = new ComposeContexts();
    private final Clock clock;

    public DocumentService(DocumentCatalog catalog, List<DocumentRenderer> renderers, Clock clock) {
        this.catalog = catalog;
        renderers.forEach(r -> this.renderers.put(r.format(), r));
        this.clock = clock;
    }

    public DocumentCatalog catalog() {
        return catalog;
    }

    /** The IR as it would be issued now with a blank number — for the dialog's outline preview. */
    public Document preview(Session session, IssueRequest request) {
        DocumentType type = catalog.require(request.type());
        session.require(Permission.WORKSPACE_READ);
        return type.compose(session, contexts.build(session, type, request, numberShown(request), request.date()));
    }

    public IssueResult issue(Session session, IssueRequest request) {
        session.require(Permission.DOCUMENT_ISSUE);
        DocumentType type = catalog.require(request.type());
        check(session, type, request);
        return session.write(Permission.DOCUMENT_ISSUE, tx -> issueInside(session, tx, type, request));
    }

    private IssueResult issueInside(Session session, Tx tx, DocumentType type, IssueRequest request) {
        LocalDate today = LocalDate.now(clock);
        // a blank date is for the Bagian Hukum to fill in on a decree; a list is dated the day it is made
        boolean dated = request.numberChoice() == NumberChoice.FROM_REGISTER || type.numberType().isEmpty();
        LocalDate date = request.date() != null ? request.date() : dated ? today : null;
        Numbering numbering = number(session, type, request, date);
        ComposeContext context = contexts.build(session, type, request, numbering.number(), date);
        Document composed = type.compose(session, context);
        String contentHash = RegisterService.sha256(Outline.of(composed).getBytes(StandardCharsets.UTF_8));
        Instant now = clock.instant();
        String code = register.nextCode(tx, now.atZone(ZoneId.systemDefault()).getYear());
        Document stamped = RegisterStamp.apply(composed, code, IssuedDocument.qrPayload(code, contentHash));
        List<Path> written = new ArrayList<>();
        try {
            List<IssuedFile> files = writeFiles(stamped, type, code, request, written);
            IssuedDocument row = register.record(tx, new IssuedDocument(null, code, type.shortName(),
                    type.numberType().orElse(null), numbering.number(), numbering.year(), numbering.sequence(),
                    type.title(session, context), date, context.frame().signer().name(),
                    session.user().username(), now, contentHash, request.supersedes(), request.note(), files));
            return new IssueResult(row, written);
        } catch (RuntimeException e) {
            written.forEach(DocumentService::deleteQuietly);
            throw e;
        }
    }

    private record Numbering(String number, Integer year, Integer sequence) {
    }

    private Numbering number(Session session, DocumentType type, IssueRequest request, LocalDate date) {
        if (type.numberType().isEmpty()) {
            return new Numbering(null, null, null);
        }
        String numberType = type.numberType().get();
        return switch (request.numberChoice()) {
            case BLANK -> new Numbering(null, null, null);
            case MANUAL -> new Numbering(request.manualNumber().strip(), null, null);
            case FROM_REGISTER -> {
                int sequence = settings.nextSequence(session, numberType, date.getYear());
                String number = settings.takeNumber(session, numberType, date);
                yield new Numbering(number, date.getYear(), sequence);
            }
        };
    }

    private static String numberShown(IssueRequest request) {
        return request.numberChoice() == NumberChoice.MANUAL ? request.manualNumber() : null;
    }

    private List<IssuedFile> writeFiles(Document document, DocumentType type, String code, IssueRequest request,
                                        List<Path> written) {
        List<IssuedFile> files = new ArrayList<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            if (!request.formats().contains(format)) {
                continue;
            }
            byte[] bytes = render(document, format);
            String name = type.shortName() + "-" + code + "." + format.extension();
            Path target = request.outputDir().resolve(name);
            write(target, bytes);
            written.add(target);
            files.add(new IssuedFile(format, name, RegisterService.sha256(bytes), bytes.length));
        }
        return files;
    }

    private byte[] render(Document document, DocumentFormat format) {
        DocumentRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new TataException(ErrorKind.BAD_INPUT, "document.error.noRenderer", format.extension());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            renderer.render(document, out);
        } catch (IOException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "document.error.render", format.extension(), e.getMessage());
        }
        return out.toByteArray();
    }

    /** Written next to the target first, then moved into place, so a crash never leaves half a file. */
    private static void write(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".tata-", ".part");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "document.error.write", target, e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the failure that brought us here is the one to report
        }
    }

    private void check(Session session, DocumentType type, IssueRequest request) {
        if (request.formats().isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "document.error.noFormat");
        }
        for (DocumentFormat format : request.formats()) {
            if (!type.formats().contains(format)) {
                throw new TataException(ErrorKind.BAD_INPUT, "document.error.formatNotOffered", type.shortName(),
                        format.extension());
            }
        }
        if (request.numberChoice() == NumberChoice.MANUAL
                && (request.manualNumber() == null || request.manualNumber().isBlank())) {
            throw new TataException(ErrorKind.BAD_INPUT, "document.error.manualNumberMissing");
        }
        if (request.supersedes() != null && register.find(session, request.supersedes()).isEmpty()) {
            throw new TataException(ErrorKind.NOT_FOUND, "document.error.supersedesMissing", request.supersedes());
        }
    }
}
