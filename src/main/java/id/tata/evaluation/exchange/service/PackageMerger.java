package id.tata.evaluation.exchange.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.exchange.domain.AnswerState;
import id.tata.evaluation.exchange.domain.Choice;
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
import id.tata.evaluation.persistence.AnswerRepository;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.EvidenceService;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.Role;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coordinator's side of a returned package: preview, import (the three-way merge written in one transaction and
 * recorded as one undoable step) and undo. See {@link PackageService} for the rules on statuses.
 */
final class PackageMerger {
    private final AssessmentService assessments;
    private final EvidenceService evidence;
    private final ExchangeRepository repository = new ExchangeRepository();
    private final AnswerRepository answerRows = new AnswerRepository();
    private final AnswerWriter writer = new AnswerWriter();

    PackageMerger(AssessmentService assessments, EvidenceService evidence) {
        this.assessments = assessments;
        this.evidence = evidence;
    }

    /** What importing the package would change, and the conflicts to decide; nothing is written. */
    public MergePreview preview(Session session, Path packageFile) {
        session.require(Permission.EVALUATION_ENTER);
        PackageContent content = PackageZip.read(packageFile);
        Assessment a = target(session, packageFile, content);
        PackageChecks.checkEvidence(evidence, session, content);
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
        PackageChecks.requireOpen(a);
        PackageChecks.checkEvidence(evidence, session, content);
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
        PackageChecks.requireOpen(PackageChecks.existing(assessments, session, merge.assessmentId()));
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
        PackageManifest m = PackageChecks.requireKind(file, content, PackageManifest.Kind.ANSWERS);
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
}
