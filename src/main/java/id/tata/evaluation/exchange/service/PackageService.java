package id.tata.evaluation.exchange.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.EvidenceKind;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.exchange.domain.AnswerState;
import id.tata.evaluation.exchange.domain.Choice;
import id.tata.evaluation.exchange.domain.EvidenceItem;
import id.tata.evaluation.exchange.domain.FieldChange;
import id.tata.evaluation.exchange.domain.MergeDecisions;
import id.tata.evaluation.exchange.domain.MergePreview;
import id.tata.evaluation.exchange.domain.PackageManifest;
import id.tata.evaluation.exchange.domain.StoredAnswer;
import id.tata.evaluation.exchange.io.PackageContent;
import id.tata.evaluation.exchange.io.PackageJson;
import id.tata.evaluation.exchange.io.PackageZip;
import id.tata.evaluation.exchange.persistence.ExchangeRepository;
import id.tata.evaluation.exchange.persistence.StoredMerge;
import id.tata.evaluation.exchange.persistence.StoredOrigin;
import id.tata.evaluation.persistence.AnswerRepository;
import id.tata.evaluation.persistence.AssessmentRepository;
import id.tata.evaluation.service.AnswerService;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.EvidenceService;
import id.tata.evaluation.service.ImportedInstrument;
import id.tata.evaluation.service.InstrumentService;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.UserService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    public PackageService(InstrumentService instruments, AssessmentService assessments, AnswerService answers,
                          EvidenceService evidence) {
        this.instruments = instruments;
        this.assessments = assessments;
        this.answers = answers;
        this.evidence = evidence;
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
        Assessment a = existing(session, assessmentId);
        requireOpen(a);
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
        requireKind(packageFile, content, PackageManifest.Kind.ASSESSOR);
        return open(session, packageFile, content);
    }

    /**
     * The assessor's way in: checks the package, creates a new workspace with {@code username} as its admin and opens
     * the package into it. When anything fails the new workspace file is removed again, so no half workspace remains.
     */
    public OpenedPackage openNew(Path packageFile, Path workspaceFile, String username, char[] password) {
        PackageContent content = PackageZip.read(packageFile);
        requireKind(packageFile, content, PackageManifest.Kind.ASSESSOR);
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
        checkEvidence(session, content);
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
        Assessment local = existing(session, origin.assessmentId());
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

    // ---- coordinator: preview, import, undo ----

    /** What importing the package would change, and the conflicts to decide; nothing is written. */
    public MergePreview preview(Session session, Path packageFile) {
        session.require(Permission.EVALUATION_ENTER);
        PackageContent content = PackageZip.read(packageFile);
        Assessment a = target(session, packageFile, content);
        checkEvidence(session, content);
        Map<Integer, Answer> stored = session.read(Permission.WORKSPACE_READ, dsl -> answerRows.answers(dsl, a.id()));
        return preview(a, content, stored);
    }

    /**
     * Merges a returned package. Every conflict needs a decision (else REFUSED, nothing written); a decision for a
     * field that is not a conflict is a BAD_INPUT (probably a typo). One transaction, one undoable step.
     */
    public MergeResult importAnswers(Session session, Path packageFile, MergeDecisions decisions) {
        session.require(Permission.EVALUATION_ENTER);
        PackageContent content = PackageZip.read(packageFile);
        Assessment a = target(session, packageFile, content);
        requireOpen(a);
        checkEvidence(session, content);
        return session.write(Permission.EVALUATION_ENTER, tx -> {
            // Compared inside the transaction, so that what is merged is what is there now.
            Map<Integer, Answer> stored = answerRows.answers(tx.dsl(), a.id());
            MergePreview preview = preview(a, content, stored);
            requireDecided(preview, decisions);
            Map<Integer, AnswerState> merged = preview.merged(decisions);
            if (merged.isEmpty()) {
                return new MergeResult(null, List.of(), 0, 0, List.of());
            }
            String note = "Paket " + content.manifest().packageId() + " dari " + content.manifest().assessor();
            List<StoredAnswer> before = new ArrayList<>();
            List<Integer> backToReview = new ArrayList<>();
            for (AnswerState target : merged.values()) {
                Answer current = stored.getOrDefault(target.indicator(), Answer.blank(target.indicator()));
                requireAssignee(session, current);
                before.add(new StoredAnswer(AnswerStates.of(current), current.status().name()));
                boolean operatorChanged = writer.write(tx, a.id(), current, target, content::evidence);
                if (operatorChanged && current.status() == AnswerStatus.APPROVED) {
                    writer.status(tx, a.id(), target.indicator(), AnswerStatus.SUBMITTED, note);
                    backToReview.add(target.indicator());
                }
            }
            List<StoredAnswer> after = storedNow(tx, a.id(), merged.keySet());
            Map<String, String> chosen = new LinkedHashMap<>();
            preview.conflicts().forEach(c -> chosen.put(c.key(), decisions.choiceFor(c).orElseThrow().name()));
            long id = repository.insertMerge(tx, a.id(), content.manifest().packageId(),
                    content.manifest().assessor(), PackageJson.stored(before), PackageJson.stored(after),
                    PackageJson.decisions(chosen));
            int fields = (int) preview.changes().stream().filter(c -> !c.conflict()
                    || decisions.choiceFor(c).orElseThrow() == Choice.THEIRS).count();
            return new MergeResult(id, List.copyOf(merged.keySet()), fields, chosen.size(), backToReview);
        });
    }

    /**
     * Undoes a merge in one transaction: every answer it changed gets back the values (and status) it had before.
     * Refused when one of them changed since the merge (the later work would be lost), when it was undone already,
     * or when the assessment is final. Returning an answer to APPROVED needs EVALUATION_APPROVE.
     */
    public List<Integer> undoMerge(Session session, long mergeId) {
        session.require(Permission.EVALUATION_ENTER);
        StoredMerge merge = session.read(Permission.WORKSPACE_READ, dsl -> repository.merge(dsl, mergeId))
                .orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND, "evaluation.package.error.noMerge",
                        String.valueOf(mergeId)));
        if (merge.undone()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.package.error.undone", String.valueOf(mergeId),
                    merge.undoneAt(), merge.undoneBy());
        }
        requireOpen(existing(session, merge.assessmentId()));
        Map<Integer, StoredAnswer> before = PackageJson.stored(merge.beforeJson());
        Map<Integer, StoredAnswer> after = PackageJson.stored(merge.afterJson());
        if (before.values().stream().anyMatch(b -> b.status().equals(AnswerStatus.APPROVED.name())
                && !after.get(b.state().indicator()).status().equals(b.status()))) {
            session.require(Permission.EVALUATION_APPROVE);
        }
        long assessmentId = merge.assessmentId();
        return session.write(Permission.EVALUATION_ENTER, tx -> {
            Map<Integer, Answer> stored = answerRows.answers(tx.dsl(), assessmentId);
            for (StoredAnswer expected : after.values()) {
                int no = expected.state().indicator();
                Answer now = stored.getOrDefault(no, Answer.blank(no));
                if (!AnswerStates.of(now).sameContent(expected.state())
                        || !now.status().name().equals(expected.status())) {
                    throw new TataException(ErrorKind.REFUSED, "evaluation.package.error.changedSince",
                            String.valueOf(mergeId), no);
                }
            }
            String note = "Penggabungan paket " + merge.packageId() + " dibatalkan";
            for (StoredAnswer old : before.values()) {
                int no = old.state().indicator();
                writer.write(tx, assessmentId, stored.getOrDefault(no, Answer.blank(no)), old.state(),
                        sha -> Optional.empty());
                writer.status(tx, assessmentId, no, AnswerStatus.valueOf(old.status()), note);
            }
            repository.markUndone(tx, mergeId);
            return List.copyOf(before.keySet());
        });
    }

    /** The merges of an assessment, oldest first. */
    public List<MergeInfo> merges(Session session, long assessmentId) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.merges(dsl, assessmentId)).stream()
                .map(m -> new MergeInfo(m.id(), m.assessmentId(), m.packageId(), m.assessor(), m.mergedAt(),
                        m.mergedBy(), List.copyOf(PackageJson.stored(m.afterJson()).keySet()), m.undoneAt(),
                        m.undoneBy())).toList();
    }

    // ---- helpers ----

    /**
     * The evidence of a package passes the same checks as a file attached by hand in this workspace: a known type by
     * content, within the size limit. A package must not be a way around them.
     */
    private void checkEvidence(Session session, PackageContent content) {
        long max = evidence.maxBytes(session);
        for (AnswerState s : content.answers().values()) {
            for (EvidenceItem item : s.evidence().values()) {
                byte[] bytes = content.evidence(item.sha256()).orElseThrow();
                if (bytes.length > max) {
                    throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.evidenceTooLarge", item.name(),
                            (bytes.length + 1024 * 1024 - 1) / (1024 * 1024), max / (1024 * 1024));
                }
                if (EvidenceKind.of(bytes).isEmpty()) {
                    throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.evidenceType", item.name());
                }
            }
        }
    }

    private static void removeQuietly(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            try {
                java.nio.file.Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (java.io.IOException ignored) {
                // best effort: the error that made us clean up is the one reported
            }
        }
    }

    private MergePreview preview(Assessment a, PackageContent content, Map<Integer, Answer> stored) {
        PackageManifest m = content.manifest();
        return MergePreview.compute(m.packageId(), m.assessor(), a.id(), a.name(), content.base(),
                AnswerStates.of(stored, m.indicators()), content.answers());
    }

    private static void requireDecided(MergePreview preview, MergeDecisions decisions) {
        List<String> unknown = preview.unknownChoices(decisions);
        if (!unknown.isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.notConflict",
                    String.join(", ", unknown));
        }
        List<FieldChange> open = preview.undecided(decisions);
        if (!open.isEmpty()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.package.error.undecided", open.size(),
                    String.join(", ", open.stream().map(FieldChange::key).toList()));
        }
    }

    /** The workspace and assessment the returned package was made from, or a refusal saying which it belongs to. */
    private Assessment target(Session session, Path file, PackageContent content) {
        PackageManifest m = requireKind(file, content, PackageManifest.Kind.ANSWERS);
        String here = session.read(Permission.WORKSPACE_READ, repository::workspaceId);
        if (!here.equals(m.workspaceId())) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.package.error.otherWorkspace", file,
                    m.workspaceName());
        }
        Optional<Assessment> a = assessments.find(session, m.assessmentId());
        if (a.isEmpty() || !a.get().instrumentCode().equals(m.instrumentCode())
                || a.get().instrumentVersion() != m.instrumentVersion() || a.get().year() != m.year()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.package.error.wrongAssessment", file,
                    m.assessmentName(), m.instrumentCode() + " v" + m.instrumentVersion(), m.year());
        }
        return a.get();
    }

    private static PackageManifest requireKind(Path file, PackageContent content, PackageManifest.Kind kind) {
        if (content.manifest().kind() != kind) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.kind." + kind.name(), file);
        }
        return content.manifest();
    }

    private static void requireOpen(Assessment a) {
        if (a.isFinal()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.error.final", a.name(), a.revision());
        }
    }

    /** An operator merges only answers assigned to them (or to nobody), as when editing them one by one. */
    private static void requireAssignee(Session session, Answer current) {
        if (session.user().role() == Role.OPERATOR && current.assignee() != null
                && !current.assignee().equals(session.user().username())) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.error.notAssignee", current.indicatorNo(),
                    current.assignee());
        }
    }

    private List<StoredAnswer> storedNow(Tx tx, long assessmentId, Collection<Integer> indicators) {
        Map<Integer, Answer> now = answerRows.answers(tx.dsl(), assessmentId);
        return indicators.stream().map(no -> now.getOrDefault(no, Answer.blank(no)))
                .map(x -> new StoredAnswer(AnswerStates.of(x), x.status().name())).toList();
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

    private Assessment existing(Session session, long id) {
        return assessments.find(session, id).orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND,
                "evaluation.error.noAssessment", id));
    }
}
