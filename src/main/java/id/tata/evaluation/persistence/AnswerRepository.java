package id.tata.evaluation.persistence;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.domain.Transition;
import id.tata.workspace.Tx;
import id.tata.workspace.schema.tables.records.AnswerTransitionRecord;
import id.tata.workspace.schema.tables.records.AssessmentAnswerRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static id.tata.workspace.schema.Tables.ANSWER_TRANSITION;
import static id.tata.workspace.schema.Tables.ASSESSMENT_ANSWER;

/** The answers of an assessment (one row per indicator, created on first write) and their review history. */
public final class AnswerRepository {
    private final EvidenceRepository evidence = new EvidenceRepository();

    /**
     * The stored answers by indicator number, each with its evidence. Indicators never written are absent, unless a
     * file was attached to them (then a blank answer carries the files).
     */
    public Map<Integer, Answer> answers(DSLContext dsl, long assessmentId) {
        Map<Integer, List<EvidenceRef>> files = evidence.byIndicator(dsl, assessmentId);
        Map<Integer, Answer> result = dsl.selectFrom(ASSESSMENT_ANSWER)
                .where(ASSESSMENT_ANSWER.ASSESSMENT_ID.eq(assessmentId))
                .orderBy(ASSESSMENT_ANSWER.INDICATOR_NO).fetch().stream()
                .collect(Collectors.toMap(AssessmentAnswerRecord::getIndicatorNo,
                        r -> toDomain(r, files.getOrDefault(r.getIndicatorNo(), List.of())),
                        (a, b) -> a, java.util.TreeMap::new));
        files.forEach((no, list) -> result.computeIfAbsent(no, k -> withFiles(Answer.blank(k), list)));
        return result;
    }

    public Optional<Answer> answer(DSLContext dsl, long assessmentId, int indicator) {
        List<EvidenceRef> files = evidence.byIndicator(dsl, assessmentId).getOrDefault(indicator, List.of());
        Optional<Answer> stored = row(dsl, assessmentId, indicator).map(r -> toDomain(r, files));
        return stored.isPresent() || files.isEmpty() ? stored : Optional.of(withFiles(Answer.blank(indicator), files));
    }

    private static Answer withFiles(Answer a, List<EvidenceRef> files) {
        return new Answer(a.indicatorNo(), a.selfLevel(), a.explanation(), a.targetLevel(), a.verifiedLevel(),
                a.verifierNote(), a.publicService(), a.status(), a.reviewNote(), a.recheck(), a.assignee(),
                a.agencyId(), a.updatedAt(), a.updatedBy(), files);
    }

    /** Writes what the operator entered; the answer is then checked again (no recheck mark). */
    public void write(Tx tx, long assessmentId, int indicator, AnswerEdit edit) {
        AssessmentAnswerRecord r = rowForWrite(tx, assessmentId, indicator);
        r.setSelfLevel(edit.selfLevel());
        r.setExplanation(edit.explanation());
        r.setTargetLevel(edit.targetLevel());
        r.setPublicService(edit.publicService());
        r.setRecheck(0);
        store(tx, r);
    }

    /** Writes the official result for the indicator: verified level and the external assessors' note. */
    public void writeVerified(Tx tx, long assessmentId, int indicator, Integer level, String note) {
        AssessmentAnswerRecord r = rowForWrite(tx, assessmentId, indicator);
        r.setVerifiedLevel(level);
        r.setVerifierNote(note == null ? "" : note.strip());
        store(tx, r);
    }

    /** A carried-forward answer: everything the operator wrote last year, marked to re-check, as a draft. */
    public void writeCarried(Tx tx, long assessmentId, Answer from) {
        AssessmentAnswerRecord r = rowForWrite(tx, assessmentId, from.indicatorNo());
        r.setSelfLevel(from.selfLevel());
        r.setExplanation(from.explanation());
        r.setTargetLevel(from.targetLevel());
        r.setPublicService(from.publicService());
        r.setAssignee(from.assignee());
        r.setAgencyId(from.agencyId());
        r.setRecheck(1);
        store(tx, r);
    }

    public void assign(Tx tx, long assessmentId, int indicator, String assignee, Long agencyId) {
        AssessmentAnswerRecord r = rowForWrite(tx, assessmentId, indicator);
        r.setAssignee(assignee);
        r.setAgencyId(agencyId);
        store(tx, r);
    }

    /** Moves the answer to a new status and records the transition with its note. */
    public void transition(Tx tx, long assessmentId, int indicator, AnswerStatus to, String note) {
        AssessmentAnswerRecord r = rowForWrite(tx, assessmentId, indicator);
        AnswerStatus from = AnswerStatus.valueOf(r.getStatus());
        r.setStatus(to.name());
        r.setReviewNote(to == AnswerStatus.RETURNED ? note : r.getReviewNote());
        store(tx, r);
        AnswerTransitionRecord t = tx.dsl().newRecord(ANSWER_TRANSITION);
        t.setAssessmentId(assessmentId);
        t.setIndicatorNo(indicator);
        t.setFromStatus(from.name());
        t.setToStatus(to.name());
        t.setNote(note == null ? "" : note);
        t.setActor(tx.actor());
        t.setChangedAt(Instant.now().toString());
        tx.insert(t);
    }

    public List<Transition> history(DSLContext dsl, long assessmentId, Integer indicator) {
        var where = ANSWER_TRANSITION.ASSESSMENT_ID.eq(assessmentId);
        if (indicator != null) {
            where = where.and(ANSWER_TRANSITION.INDICATOR_NO.eq(indicator));
        }
        return dsl.selectFrom(ANSWER_TRANSITION).where(where).orderBy(ANSWER_TRANSITION.ID).fetch()
                .map(t -> new Transition(t.getIndicatorNo(), AnswerStatus.valueOf(t.getFromStatus()),
                        AnswerStatus.valueOf(t.getToStatus()), t.getNote(), t.getActor(), t.getChangedAt()));
    }

    /** Clears the recheck mark of the answer and of its files (someone looked at it again). */
    public void confirm(Tx tx, long assessmentId, int indicator) {
        AssessmentAnswerRecord r = rowForWrite(tx, assessmentId, indicator);
        r.setRecheck(0);
        store(tx, r);
        evidence.confirm(tx, assessmentId, indicator);
    }

    private Optional<AssessmentAnswerRecord> row(DSLContext dsl, long assessmentId, int indicator) {
        return dsl.selectFrom(ASSESSMENT_ANSWER)
                .where(ASSESSMENT_ANSWER.ASSESSMENT_ID.eq(assessmentId), ASSESSMENT_ANSWER.INDICATOR_NO.eq(indicator))
                .fetchOptional();
    }

    private AssessmentAnswerRecord rowForWrite(Tx tx, long assessmentId, int indicator) {
        return row(tx.dsl(), assessmentId, indicator).orElseGet(() -> {
            AssessmentAnswerRecord r = tx.dsl().newRecord(ASSESSMENT_ANSWER);
            r.setAssessmentId(assessmentId);
            r.setIndicatorNo(indicator);
            r.setStatus(AnswerStatus.DRAFT.name());
            return r;
        });
    }

    private static void store(Tx tx, AssessmentAnswerRecord r) {
        if (r.getId() == null) {
            stamp(tx, r);
            tx.insert(r);
        } else if (r.changed()) {
            stamp(tx, r);
            tx.update(r);
        }
    }

    private static void stamp(Tx tx, AssessmentAnswerRecord r) {
        r.setUpdatedAt(Instant.now().toString());
        r.setUpdatedBy(tx.actor());
    }

    private static Answer toDomain(AssessmentAnswerRecord r, List<EvidenceRef> files) {
        return new Answer(r.getIndicatorNo(), r.getSelfLevel(), r.getExplanation(), r.getTargetLevel(),
                r.getVerifiedLevel(), r.getVerifierNote(), r.getPublicService(), AnswerStatus.valueOf(r.getStatus()),
                r.getReviewNote(), r.getRecheck() != null && r.getRecheck() == 1, r.getAssignee(),
                r.getAgencyId() == null ? null : r.getAgencyId().longValue(),
                r.getUpdatedAt(), r.getUpdatedBy(), files);
    }
}
