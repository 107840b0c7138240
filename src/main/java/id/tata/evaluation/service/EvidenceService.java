package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.EvidenceKind;
import id.tata.evaluation.domain.EvidenceProblem;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.persistence.EvidenceRepository;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Evidence (bukti dukung): files checked by content and size, stored inside the workspace once per SHA-256 with the
 * name, who and when of each attachment; read back only after the hash is checked again, so a missing or altered file
 * is reported, never silently served.
 */
public final class EvidenceService {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    private static final String MAX_BYTES_KEY = "evidence.max_bytes";

    private final EvidenceRepository repository = new EvidenceRepository();
    private final AnswerService answers;

    public EvidenceService(AnswerService answers) {
        this.answers = answers;
    }

    /** Attaches a file from disk (drag and drop, file chooser, CLI). */
    public EvidenceRef attach(Session session, long assessmentId, int indicator, Path file) {
        long max = maxBytes(session);
        try {
            if (Files.size(file) > max) {
                throw tooLarge(file.getFileName().toString(), Files.size(file), max);
            }
            return attach(session, assessmentId, indicator, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.evidenceRead", file, e.getMessage());
        }
    }

    /** Attaches content under the given name; the same bytes attached elsewhere are stored only once. */
    public EvidenceRef attach(Session session, long assessmentId, int indicator, String name, byte[] content) {
        long max = maxBytes(session);
        if (content.length > max) {
            throw tooLarge(name, content.length, max);
        }
        EvidenceKind kind = EvidenceKind.of(content).orElseThrow(() -> new TataException(ErrorKind.BAD_INPUT,
                "evaluation.error.evidenceType", name));
        String sha = sha256(content);
        answers.requireWritable(session, assessmentId, indicator);
        return session.write(Permission.EVALUATION_ENTER, tx -> {
            repository.storeContent(tx, sha, kind.mediaType(), content);
            return repository.attach(tx, assessmentId, indicator, sha, name.strip(), false);
        });
    }

    /** Removes one attachment from its indicator. */
    public void detach(Session session, long assessmentId, EvidenceRef evidence) {
        answers.requireWritable(session, assessmentId, evidence.indicatorNo());
        session.write(Permission.EVALUATION_ENTER, tx -> repository.detach(tx, evidence.id()));
    }

    /** The bytes of an evidence file, after checking they still have their SHA-256. */
    public byte[] content(Session session, EvidenceRef evidence) {
        byte[] bytes = session.read(Permission.WORKSPACE_READ, dsl -> repository.content(dsl, evidence.sha256()))
                .orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND, "evaluation.error.evidenceMissing",
                        evidence.originalName(), evidence.indicatorNo()));
        if (!sha256(bytes).equals(evidence.sha256())) {
            throw new TataException(ErrorKind.INTERNAL, "evaluation.error.evidenceAltered", evidence.originalName(),
                    evidence.indicatorNo());
        }
        return bytes;
    }

    /** Writes the file into a folder under its original name (for opening it in its own application). */
    public Path export(Session session, EvidenceRef evidence, Path folder) {
        byte[] bytes = content(session, evidence);
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(safeName(evidence.originalName()));
            Files.write(target, bytes);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every attachment of the assessment whose content is missing or altered. */
    public List<EvidenceProblem> check(Session session, long assessmentId) {
        return session.read(Permission.WORKSPACE_READ, dsl -> {
            List<EvidenceProblem> problems = new ArrayList<>();
            repository.byIndicator(dsl, assessmentId).values().stream().flatMap(List::stream).forEach(e -> {
                Optional<byte[]> bytes = repository.content(dsl, e.sha256());
                if (bytes.isEmpty()) {
                    problems.add(new EvidenceProblem(e.indicatorNo(), e.originalName(), e.sha256(),
                            EvidenceProblem.Kind.MISSING));
                } else if (!sha256(bytes.get()).equals(e.sha256())) {
                    problems.add(new EvidenceProblem(e.indicatorNo(), e.originalName(), e.sha256(),
                            EvidenceProblem.Kind.ALTERED));
                }
            });
            return problems;
        });
    }

    public long maxBytes(Session session) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.setting(dsl, MAX_BYTES_KEY))
                .map(Long::parseLong).orElse(DEFAULT_MAX_BYTES);
    }

    public void setMaxBytes(Session session, long bytes) {
        if (bytes < 1024) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.evidenceLimit", bytes);
        }
        session.write(Permission.SETTINGS_EDIT, tx -> {
            repository.setSetting(tx, MAX_BYTES_KEY, Long.toString(bytes));
            return null;
        });
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file name safe on Windows and Linux: no folders, no reserved characters. */
    public static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? "berkas" : cleaned;
    }

    private static TataException tooLarge(String name, long size, long max) {
        return new TataException(ErrorKind.BAD_INPUT, "evaluation.error.evidenceTooLarge", name,
                (size + 1024 * 1024 - 1) / (1024 * 1024), max / (1024 * 1024));
    }
}
