package id.tata.evaluation.exchange.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.exchange.domain.AnswerState;
import id.tata.evaluation.exchange.domain.MergeDecisions;
import id.tata.evaluation.exchange.domain.MergePreview;
import id.tata.evaluation.exchange.domain.PackageManifest;
import id.tata.evaluation.exchange.io.PackageContent;
import id.tata.evaluation.exchange.io.PackageJson;
import id.tata.evaluation.exchange.io.PackageZip;
import id.tata.evaluation.exchange.persistence.ExchangeRepository;
import id.tata.evaluation.exchange.persistence.StoredOrigin;
import id.tata.evaluation.persistence.AnswerRepository;
import id.tata.evaluation.persistence.AssessmentRepository;
import id.tata.evaluation.service.AnswerService;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.EvidenceService;
import id.tata.evaluation.service.ImportedInstrument;
import id.tata.evaluation.service.InstrumentService;
import id.tata.workspace.Backups;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.UserService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Offline work across laptops. The coordinator exports an assessor's package (the indicators assigned to that person
 * with the instrument, the answers and the evidence); the assessor opens it in a workspace of their own, works in
 * normal Tata and exports the answers back; the coordinator previews and imports them.
 * <p>
 * Import verifies the whole package before reading it (see {@link PackageZip#read}), checks that it belongs to this
 * workspace and assessment, and merges per indicator and field against the package's base ({@link MergePreview}):
 * nothing is overwritten without a decision. The merge is one transaction, audited row by row, recorded as one
 * undoable step ({@link #undoMerge}).
 * <p>
 * Statuses: the review happens at the coordinator, so a package never carries a status. A merged answer keeps its
 * status, except an APPROVED answer whose operator content (levels, texts, evidence) changes: it goes back to
 * SUBMITTED with a recorded transition, because an approval must not cover content the supervisor has not seen.
 * A final assessment refuses the import, as it refuses every change.
 */
public final class PackageService {
    private final InstrumentService instruments;
    private final AssessmentService assessments;
    private final AnswerService answers;
    private final EvidenceService evidence;
    private final ExchangeRepository repository = new ExchangeRepository();
    private final AnswerRepository answerRows = new AnswerRepository();
    private final AnswerWriter writer = new AnswerWriter();
    private final PackageMerger merger;

    public PackageService(InstrumentService instruments, AssessmentService assessments, AnswerService answers,
                          EvidenceService evidence) {
        this.instruments = instruments;
        this.assessments = assessments;
        this.answers = answers;
        this.evidence = evidence;
        this.merger = new PackageMerger(assessments, evidence);
    }

    /** All services built on one instrument service (the CLI, tests). */
    public static PackageService create() {
        InstrumentService instruments = new InstrumentService();
        AssessmentService assessments = new AssessmentService(instruments);
        AnswerService answers = new AnswerService(assessments);
        return new PackageService(instruments, assessments, answers, new EvidenceService(answers));
    }

    // ---- coordinator: export for an assessor ----

    /**
     * Writes the package of one assessor: the given indicators, or (when {@code indicators} is empty) those assigned
     * to the assessor. Needs EVALUATION_APPROVE; a final assessment is refused (its answers could not come back).
     */
    public ExportedPackage exportForAssessor(Session session, long assessmentId, String assessor,
                                             Collection<Integer> indicators, Path out) {
        session.require(Permission.EVALUATION_APPROVE);
        if (assessor == null || assessor.isBlank()) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.noAssessor");
        }
        Assessment a = PackageChecks.existing(assessments, session, assessmentId);
        PackageChecks.requireOpen(a);
        Instrument instrument = assessments.instrument(session, a);
        List<Answer> all = answers.answers(session, assessmentId);
        TreeSet<Integer> chosen = new TreeSet<>();
        if (indicators == null || indicators.isEmpty()) {
            all.stream().filter(x -> assessor.strip().equals(x.assignee())).forEach(x -> chosen.add(x.indicatorNo()));
        } else {
            for (int no : indicators) {
                instrument.indicator(no).orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND,
                        "evaluation.error.noIndicator", no, instrument.code()));
                chosen.add(no);
            }
        }
        if (chosen.isEmpty()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.package.error.nothingAssigned", assessor, a.name());
        }
        List<Answer> selected = all.stream().filter(x -> chosen.contains(x.indicatorNo())).toList();
        byte[] states = PackageJson.answers(selected.stream().map(AnswerStates::of).toList());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(PackageZip.INSTRUMENT, instrumentJson(session, a));
        entries.put(PackageZip.BASE, states);
        entries.put(PackageZip.ANSWERS, states);
        putEvidence(session, selected, entries);
        String workspaceId = session.read(Permission.WORKSPACE_READ, repository::workspaceId);
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT_VERSION, PackageManifest.Kind.ASSESSOR,
                UUID.randomUUID().toString(), workspaceId, session.workspace().file().getFileName().toString(),
                a.id(), a.name(), a.year(), a.instrumentCode(), a.instrumentVersion(), assessor.strip(),
                Instant.now().toString(), session.user().username(), List.copyOf(chosen), List.of());
        PackageZip.write(out, manifest, entries);
        return new ExportedPackage(out, manifest.packageId(), manifest.assessor(), List.copyOf(chosen),
                entries.size() - 3);
    }

    // ---- assessor: open, export back ----

    /**
     * Opens an assessor package into the (fresh) workspace of the session: imports the instrument, creates the
     * assessment with the package's answers and evidence, assigned to the session's user, and records the package so
     * that the answers can go back with the same base. One transaction; needs EVALUATION_APPROVE (the workspace's
     * admin). Refused when the workspace already has the assessment of that instrument and year.
     */
    public OpenedPackage open(Session session, Path packageFile) {
        session.require(Permission.EVALUATION_APPROVE);
        PackageContent content = PackageZip.read(packageFile);
        PackageChecks.requireKind(packageFile, content, PackageManifest.Kind.ASSESSOR);
        return open(session, packageFile, content);
    }

    /**
     * The assessor's way in: checks the package, creates a new workspace with {@code username} as its admin and opens
     * the package into it. When anything fails the new workspace file is removed again, so no half workspace remains.
     */
    public OpenedPackage openNew(Path packageFile, Path workspaceFile, String username, char[] password) {
        PackageContent content = PackageZip.read(packageFile);
        PackageChecks.requireKind(packageFile, content, PackageManifest.Kind.ASSESSOR);
        boolean done = false;
        Workspace ws = new WorkspaceStore().create(workspaceFile);
        try {
            Session session = new UserService().createFirstAdmin(ws, username, username, password);
            OpenedPackage opened = open(session, packageFile, content);
            done = true;
            return opened;
        } finally {
            ws.close();
            if (!done) {
                removeQuietly(ws.file());
            }
        }
    }

    private OpenedPackage open(Session session, Path packageFile, PackageContent content) {
        PackageManifest m = content.manifest();
        PackageChecks.checkEvidence(evidence, session, content);
        return session.write(Permission.EVALUATION_APPROVE, tx -> {
            ImportedInstrument imported = instruments.importJson(session, content.instrumentJson());
            if (!imported.code().equals(m.instrumentCode())) {
                throw new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.instrument", packageFile,
                        imported.code(), m.instrumentCode());
            }
            Instrument instrument = instruments.find(session, imported.code(), imported.version()).orElseThrow();
            for (int no : m.indicators()) {
                instrument.indicator(no).orElseThrow(() -> new TataException(ErrorKind.BAD_INPUT,
                        "evaluation.error.noIndicator", no, instrument.code()));
            }
            AssessmentRepository rows = new AssessmentRepository();
            if (rows.byInstrumentAndYear(tx.dsl(), m.instrumentCode(), m.year()).isPresent()) {
                throw new TataException(ErrorKind.REFUSED, "evaluation.error.assessmentExists", m.instrumentCode(),
                        m.year());
            }
            Assessment a = rows.insert(tx, new Assessment(null, m.instrumentCode(), imported.version(), m.year(),
                    m.assessmentName()));
            for (AnswerState s : content.answers().values()) {
                Answer blank = Answer.blank(s.indicator());
                writer.write(tx, a.id(), blank, s, content::evidence);
                answerRows.assign(tx, a.id(), s.indicator(), session.user().username(), null);
            }
            repository.insertOrigin(tx, a.id(), m.packageId(), new String(PackageJson.manifest(m),
                    StandardCharsets.UTF_8), new String(content.baseJson(), StandardCharsets.UTF_8));
            return new OpenedPackage(session.workspace().file(), a.id(), a.name(), m.packageId(), m.indicators());
        });
    }

    /**
     * Writes the answers package of an assessment opened from a package ({@code assessmentId} may be null when the
     * workspace holds only one): the same package id and base, the current answers and their evidence.
     */
    public ExportedPackage exportAnswers(Session session, Long assessmentId, Path out) {
        session.require(Permission.EVALUATION_ENTER);
        StoredOrigin origin = origin(session, assessmentId);
        PackageManifest original = PackageJson.manifest(origin.manifestJson().getBytes(StandardCharsets.UTF_8));
        Assessment local = PackageChecks.existing(assessments, session, origin.assessmentId());
        List<Answer> current = answers.answers(session, local.id()).stream()
                .filter(x -> original.indicators().contains(x.indicatorNo())).toList();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(PackageZip.INSTRUMENT, instrumentJson(session, local));
        entries.put(PackageZip.BASE, origin.baseJson().getBytes(StandardCharsets.UTF_8));
        entries.put(PackageZip.ANSWERS, PackageJson.answers(current.stream().map(AnswerStates::of).toList()));
        putEvidence(session, current, entries);
        PackageZip.write(out, original.asAnswers(Instant.now().toString(), session.user().username()), entries);
        return new ExportedPackage(out, original.packageId(), original.assessor(), original.indicators(),
                entries.size() - 3);
    }

    // ---- coordinator: preview, import, undo (PackageMerger) ----

    /** What importing the package would change, and the conflicts to decide; nothing is written. */
    public MergePreview preview(Session session, Path packageFile) {
        return merger.preview(session, packageFile);
    }

    /**
     * Merges a returned package. Every conflict needs a decision (else REFUSED, nothing written); a decision for a
     * field that is not a conflict is a BAD_INPUT (probably a typo). One transaction, one undoable step.
     */
    public MergeResult importAnswers(Session session, Path packageFile, MergeDecisions decisions) {
        return merger.importAnswers(session, packageFile, decisions);
    }

    /**
     * Undoes a merge in one transaction: every answer it changed gets back the values (and status) it had before.
     * Refused when one of them changed since the merge, when it was undone already, or when the assessment is final.
     */
    public List<Integer> undoMerge(Session session, long mergeId) {
        return merger.undoMerge(session, mergeId);
    }

    /** The merges of an assessment, oldest first. */
    public List<MergeInfo> merges(Session session, long assessmentId) {
        return merger.merges(session, assessmentId);
    }

    // ---- helpers ----

    /** Removes a workspace this service just created, with its side files and backups (the folder only if empty). */
    private static void removeQuietly(Path file) {
        List<Path> doomed = new java.util.ArrayList<>();
        try {
            doomed.addAll(Backups.list(file));
        } catch (RuntimeException ignored) {
            // no backups to list
        }
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            doomed.add(file.resolveSibling(file.getFileName() + suffix));
        }
        doomed.add(Backups.folderOf(file));
        for (Path p : doomed) {
            try {
                java.nio.file.Files.deleteIfExists(p);
            } catch (java.io.IOException ignored) {
                // best effort (a backups folder shared with other workspaces stays): the error that made us clean
                // up is the one reported
            }
        }
    }

    private void putEvidence(Session session, List<Answer> selected, Map<String, byte[]> entries) {
        for (Answer x : selected) {
            for (EvidenceRef ref : x.evidence()) {
                String path = PackageZip.EVIDENCE_DIR + ref.sha256();
                if (!entries.containsKey(path)) {
                    entries.put(path, evidence.content(session, ref));
                }
            }
        }
    }

    private byte[] instrumentJson(Session session, Assessment a) {
        return instruments.sourceJson(session, a.instrumentCode(), a.instrumentVersion())
                .orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND, "evaluation.error.noInstrument",
                        a.instrumentCode() + " v" + a.instrumentVersion()));
    }

    private StoredOrigin origin(Session session, Long assessmentId) {
        List<StoredOrigin> all = session.read(Permission.WORKSPACE_READ, repository::origins);
        if (assessmentId != null) {
            return all.stream().filter(o -> o.assessmentId() == assessmentId).findFirst().orElseThrow(() ->
                    new TataException(ErrorKind.NOT_FOUND, "evaluation.package.error.notFromPackage",
                            String.valueOf(assessmentId)));
        }
        if (all.size() != 1) {
            throw new TataException(all.isEmpty() ? ErrorKind.NOT_FOUND : ErrorKind.BAD_INPUT,
                    all.isEmpty() ? "evaluation.package.error.noOrigin" : "evaluation.package.error.whichAssessment",
                    String.join(", ", all.stream().map(o -> String.valueOf(o.assessmentId())).toList()));
        }
        return all.get(0);
    }

}
