package id.tata.evaluation.exchange.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.EvidenceKind;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.exchange.domain.AnswerState;
import id.tata.evaluation.exchange.domain.EvidenceItem;
import id.tata.evaluation.persistence.AnswerRepository;
import id.tata.evaluation.persistence.EvidenceRepository;
import id.tata.workspace.Tx;

import java.util.Optional;
import java.util.function.Function;

/**
 * Writes one answer to a wanted state inside the caller's transaction, through the evaluation's repositories (so every
 * row is audited and stamped): the operator's fields, the verified fields, then the evidence added and removed. Only
 * what differs is written. The caller has checked the rules (assessment not final, permissions, assignee).
 */
final class AnswerWriter {
    private final AnswerRepository answers = new AnswerRepository();
    private final EvidenceRepository evidence = new EvidenceRepository();

    /**
     * @param content the bytes of a file not yet in the workspace (from the package), by SHA-256
     * @return whether the operator's part (fields or evidence) changed
     */
    boolean write(Tx tx, long assessmentId, Answer current, AnswerState target,
                  Function<String, Optional<byte[]>> content) {
        AnswerState now = AnswerStates.of(current);
        int no = current.indicatorNo();
        boolean operatorChanged = AnswerStates.editDiffers(now, target);
        if (operatorChanged) {
            answers.write(tx, assessmentId, no, AnswerStates.edit(target));
        }
        if (AnswerStates.verifiedDiffers(now, target)) {
            answers.writeVerified(tx, assessmentId, no, target.verifiedLevel(), target.verifierNote());
        }
        for (EvidenceItem item : target.evidence().values()) {
            if (!now.evidence().containsKey(item.sha256())) {
                store(tx, item, content);
                evidence.attach(tx, assessmentId, no, item.sha256(), item.name(), false);
                operatorChanged = true;
            }
        }
        for (EvidenceRef ref : current.evidence()) {
            if (!target.evidence().containsKey(ref.sha256())) {
                evidence.detach(tx, ref.id());
                operatorChanged = true;
            }
        }
        return operatorChanged;
    }

    /** Moves the answer to {@code status} with a recorded transition (no-op when it is there already). */
    void status(Tx tx, long assessmentId, int indicator, AnswerStatus status, String note) {
        Answer now = answers.answer(tx.dsl(), assessmentId, indicator).orElse(Answer.blank(indicator));
        if (now.status() != status) {
            answers.transition(tx, assessmentId, indicator, status, note);
        }
    }

    /** The content is already in the workspace (stored once per SHA-256), or comes from the package. */
    private void store(Tx tx, EvidenceItem item, Function<String, Optional<byte[]>> content) {
        if (evidence.content(tx.dsl(), item.sha256()).isPresent()) {
            return;
        }
        byte[] bytes = content.apply(item.sha256()).orElseThrow(() -> new TataException(ErrorKind.INTERNAL,
                "evaluation.package.error.evidenceContent", item.name(), item.sha256()));
        String mediaType = EvidenceKind.of(bytes).map(EvidenceKind::mediaType)
                .orElse(item.mediaType().isBlank() ? "application/octet-stream" : item.mediaType());
        evidence.storeContent(tx, item.sha256(), mediaType, bytes);
    }
}
