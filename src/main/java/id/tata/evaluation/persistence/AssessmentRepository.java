package id.tata.evaluation.persistence;

import id.tata.evaluation.domain.AnswerLevels;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.AssessmentRevision;
import id.tata.workspace.Tx;
import id.tata.workspace.schema.tables.records.AssessmentAnswerRecord;
import id.tata.workspace.schema.tables.records.AssessmentRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.tata.workspace.schema.Tables.ASSESSMENT;
import static id.tata.workspace.schema.Tables.ASSESSMENT_ANSWER;
import static id.tata.workspace.schema.Tables.ASSESSMENT_REVISION;

/** Assessments and their levels; every write audited through {@link Tx}. */
public final class AssessmentRepository {

    public Assessment insert(Tx tx, Assessment a) {
        AssessmentRecord r = tx.dsl().newRecord(ASSESSMENT);
        r.setInstrumentCode(a.instrumentCode());
        r.setInstrumentVersion(a.instrumentVersion());
        r.setYear(a.year());
        r.setName(a.name());
        r.setCreatedAt(Instant.now().toString());
        r.setCreatedBy(tx.actor());
        r.setCarriedFrom(a.carriedFrom() == null ? null : a.carriedFrom().intValue());
        tx.insert(r);
        return toDomain(r);
    }

    public Optional<Assessment> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(ASSESSMENT).where(ASSESSMENT.ID.eq(id)).fetchOptional().map(this::toDomain);
    }

    public Optional<Assessment> byInstrumentAndYear(DSLContext dsl, String code, int year) {
        return dsl.selectFrom(ASSESSMENT).where(ASSESSMENT.INSTRUMENT_CODE.eq(code), ASSESSMENT.YEAR.eq(year))
                .fetchOptional().map(this::toDomain);
    }

    public List<Assessment> all(DSLContext dsl) {
        return dsl.selectFrom(ASSESSMENT).orderBy(ASSESSMENT.YEAR.desc(), ASSESSMENT.ID).fetch().map(this::toDomain);
    }

    public AnswerLevels levels(DSLContext dsl, long assessmentId) {
        Map<Integer, Integer> self = new HashMap<>();
        Map<Integer, Integer> verified = new HashMap<>();
        for (AssessmentAnswerRecord r : dsl.selectFrom(ASSESSMENT_ANSWER)
                .where(ASSESSMENT_ANSWER.ASSESSMENT_ID.eq(assessmentId)).fetch()) {
            if (r.getSelfLevel() != null) {
                self.put(r.getIndicatorNo(), r.getSelfLevel());
            }
            if (r.getVerifiedLevel() != null) {
                verified.put(r.getIndicatorNo(), r.getVerifiedLevel());
            }
        }
        return new AnswerLevels(self, verified);
    }

    /** Sets the given levels of one indicator (a null leaves that level as it is). */
    public void setLevels(Tx tx, long assessmentId, int indicator, Integer self, Integer verified) {
        AssessmentAnswerRecord r = tx.dsl().selectFrom(ASSESSMENT_ANSWER)
                .where(ASSESSMENT_ANSWER.ASSESSMENT_ID.eq(assessmentId), ASSESSMENT_ANSWER.INDICATOR_NO.eq(indicator))
                .fetchOptional().orElse(null);
        boolean fresh = r == null;
        if (fresh) {
            r = tx.dsl().newRecord(ASSESSMENT_ANSWER);
            r.setAssessmentId(assessmentId);
            r.setIndicatorNo(indicator);
        }
        if (self != null) {
            r.setSelfLevel(self);
        }
        if (verified != null) {
            r.setVerifiedLevel(verified);
        }
        if (fresh) {
            tx.insert(r);
        } else if (r.changed()) {
            tx.update(r);
        }
    }

    /** Freezes the assessment (finalizedAt set) or opens its next revision (finalizedAt null). */
    public Assessment setFinal(Tx tx, long id, String finalizedAt, int revision) {
        AssessmentRecord r = tx.dsl().fetchSingle(ASSESSMENT, ASSESSMENT.ID.eq(id));
        r.setFinalizedAt(finalizedAt);
        r.setFinalizedBy(finalizedAt == null ? null : tx.actor());
        r.setRevision(revision);
        tx.update(r);
        return toDomain(r);
    }

    /** Keeps the assessment as it was finalised, as revision N. */
    public void insertRevision(Tx tx, long assessmentId, int revision, String finalizedAt, String snapshotJson) {
        var r = tx.dsl().newRecord(ASSESSMENT_REVISION);
        r.setAssessmentId(assessmentId);
        r.setRevision(revision);
        r.setFinalizedAt(finalizedAt);
        r.setFinalizedBy(tx.actor());
        r.setSnapshotJson(snapshotJson);
        tx.insert(r);
    }

    public List<AssessmentRevision> revisions(DSLContext dsl, long assessmentId) {
        return dsl.selectFrom(ASSESSMENT_REVISION).where(ASSESSMENT_REVISION.ASSESSMENT_ID.eq(assessmentId))
                .orderBy(ASSESSMENT_REVISION.REVISION).fetch()
                .map(r -> new AssessmentRevision(r.getRevision(), r.getFinalizedAt(), r.getFinalizedBy(),
                        r.getSnapshotJson()));
    }

    public boolean userExists(DSLContext dsl, String username) {
        return dsl.fetchExists(id.tata.workspace.schema.Tables.APP_USER,
                id.tata.workspace.schema.Tables.APP_USER.USERNAME.eq(username));
    }

    private Assessment toDomain(AssessmentRecord r) {
        return new Assessment(r.getId(), r.getInstrumentCode(), r.getInstrumentVersion(), r.getYear(), r.getName(),
                r.getRevision(), r.getFinalizedAt(), r.getFinalizedBy(),
                r.getCarriedFrom() == null ? null : r.getCarriedFrom().longValue());
    }
}
