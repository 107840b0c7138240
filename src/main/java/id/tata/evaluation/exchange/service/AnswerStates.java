package id.tata.evaluation.exchange.service;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.exchange.domain.AnswerField;
import id.tata.evaluation.exchange.domain.AnswerState;
import id.tata.evaluation.exchange.domain.EvidenceItem;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Between the evaluation's answers and the package's plain answer states. */
final class AnswerStates {
    private AnswerStates() {
    }

    static AnswerState of(Answer a) {
        return AnswerState.of(a.indicatorNo(), a.selfLevel(), a.explanation(), a.targetLevel(), a.publicService(),
                a.verifiedLevel(), a.verifierNote(), a.evidence().stream().map(AnswerStates::item).toList());
    }

    static EvidenceItem item(EvidenceRef e) {
        return new EvidenceItem(e.sha256(), e.originalName(), e.size(), e.mediaType());
    }

    /** The states of the given indicators (a blank one where nothing was written yet). */
    static Map<Integer, AnswerState> of(Map<Integer, Answer> stored, Collection<Integer> indicators) {
        Map<Integer, AnswerState> result = new TreeMap<>();
        for (int no : indicators) {
            result.put(no, of(stored.getOrDefault(no, Answer.blank(no))));
        }
        return result;
    }

    static AnswerEdit edit(AnswerState s) {
        return new AnswerEdit(s.selfLevel(), s.explanation(), s.targetLevel(), s.publicService());
    }

    /** Self level, explanation, target or public service differ (what {@link AnswerEdit} writes). */
    static boolean editDiffers(AnswerState a, AnswerState b) {
        return differs(a, b, AnswerField.SELF_LEVEL) || differs(a, b, AnswerField.EXPLANATION)
                || differs(a, b, AnswerField.TARGET_LEVEL) || differs(a, b, AnswerField.PUBLIC_SERVICE);
    }

    static boolean verifiedDiffers(AnswerState a, AnswerState b) {
        return differs(a, b, AnswerField.VERIFIED_LEVEL) || differs(a, b, AnswerField.VERIFIER_NOTE);
    }

    static boolean differs(AnswerState a, AnswerState b, AnswerField field) {
        return !Objects.equals(a.value(field), b.value(field));
    }
}
