package id.tata.evaluation.persistence;

import id.tata.evaluation.domain.EvidenceRef;
import id.tata.workspace.Tx;
import id.tata.workspace.schema.tables.records.AnswerEvidenceRecord;
import id.tata.workspace.schema.tables.records.EvidenceFileRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static id.tata.workspace.schema.Tables.ANSWER_EVIDENCE;
import static id.tata.workspace.schema.Tables.EVIDENCE_FILE;

/** Evidence content (once per SHA-256) and its attachments to indicators. */
public final class EvidenceRepository {

    /** Stores the content unless the same bytes are stored already. */
    public void storeContent(Tx tx, String sha256, String mediaType, byte[] content) {
        if (tx.dsl().fetchExists(EVIDENCE_FILE, EVIDENCE_FILE.SHA256.eq(sha256))) {
            return;
        }
        EvidenceFileRecord r = tx.dsl().newRecord(EVIDENCE_FILE);
        r.setSha256(sha256);
        r.setSize(content.length);
        r.setMediaType(mediaType);
        r.setContent(content);
        r.setStoredAt(Instant.now().toString());
        tx.insert(r);
    }

    /** Attaches stored content to an indicator; attaching the same content twice keeps the first attachment. */
    public EvidenceRef attach(Tx tx, long assessmentId, int indicator, String sha256, String name, boolean recheck) {
        Optional<AnswerEvidenceRecord> existing = tx.dsl().selectFrom(ANSWER_EVIDENCE)
                .where(ANSWER_EVIDENCE.ASSESSMENT_ID.eq(assessmentId), ANSWER_EVIDENCE.INDICATOR_NO.eq(indicator),
                        ANSWER_EVIDENCE.SHA256.eq(sha256)).fetchOptional();
        if (existing.isEmpty()) {
            AnswerEvidenceRecord r = tx.dsl().newRecord(ANSWER_EVIDENCE);
            r.setAssessmentId(assessmentId);
            r.setIndicatorNo(indicator);
            r.setSha256(sha256);
            r.setOriginalName(name);
            r.setAttachedBy(tx.actor());
            r.setAttachedAt(Instant.now().toString());
            r.setRecheck(recheck ? 1 : 0);
            tx.insert(r);
        }
        return byIndicator(tx.dsl(), assessmentId).get(indicator).stream()
                .filter(e -> e.sha256().equals(sha256)).findFirst().orElseThrow();
    }

    /** Removes one attachment; the content stays while another attachment (or a revision) needs it. */
    public Optional<EvidenceRef> detach(Tx tx, long evidenceId) {
        Optional<AnswerEvidenceRecord> r = tx.dsl().selectFrom(ANSWER_EVIDENCE)
                .where(ANSWER_EVIDENCE.ID.eq(evidenceId)).fetchOptional();
        r.ifPresent(tx::delete);
        return r.map(x -> new EvidenceRef(x.getId(), x.getIndicatorNo(), x.getSha256(), x.getOriginalName(), 0, "",
                x.getAttachedBy(), x.getAttachedAt(), false));
    }

    public Optional<Long> assessmentOf(DSLContext dsl, long evidenceId) {
        return dsl.select(ANSWER_EVIDENCE.ASSESSMENT_ID).from(ANSWER_EVIDENCE).where(ANSWER_EVIDENCE.ID.eq(evidenceId))
                .fetchOptional(ANSWER_EVIDENCE.ASSESSMENT_ID);
    }

    public void confirm(Tx tx, long assessmentId, int indicator) {
        for (AnswerEvidenceRecord r : tx.dsl().selectFrom(ANSWER_EVIDENCE)
                .where(ANSWER_EVIDENCE.ASSESSMENT_ID.eq(assessmentId), ANSWER_EVIDENCE.INDICATOR_NO.eq(indicator),
                        ANSWER_EVIDENCE.RECHECK.eq(1)).fetch()) {
            r.setRecheck(0);
            tx.update(r);
        }
    }

    /** The attachments of an assessment by indicator, in the order attached, with the size and type of the content. */
    public Map<Integer, List<EvidenceRef>> byIndicator(DSLContext dsl, long assessmentId) {
        Map<Integer, List<EvidenceRef>> result = new TreeMap<>();
        for (Record r : dsl.select(ANSWER_EVIDENCE.fields()).select(EVIDENCE_FILE.SIZE, EVIDENCE_FILE.MEDIA_TYPE)
                .from(ANSWER_EVIDENCE).leftJoin(EVIDENCE_FILE).on(EVIDENCE_FILE.SHA256.eq(ANSWER_EVIDENCE.SHA256))
                .where(ANSWER_EVIDENCE.ASSESSMENT_ID.eq(assessmentId)).orderBy(ANSWER_EVIDENCE.ID).fetch()) {
            Integer size = r.get(EVIDENCE_FILE.SIZE);
            result.computeIfAbsent(r.get(ANSWER_EVIDENCE.INDICATOR_NO), k -> new ArrayList<>()).add(new EvidenceRef(
                    r.get(ANSWER_EVIDENCE.ID), r.get(ANSWER_EVIDENCE.INDICATOR_NO), r.get(ANSWER_EVIDENCE.SHA256),
                    r.get(ANSWER_EVIDENCE.ORIGINAL_NAME), size == null ? -1 : size,
                    r.get(EVIDENCE_FILE.MEDIA_TYPE) == null ? "" : r.get(EVIDENCE_FILE.MEDIA_TYPE),
                    r.get(ANSWER_EVIDENCE.ATTACHED_BY), r.get(ANSWER_EVIDENCE.ATTACHED_AT),
                    r.get(ANSWER_EVIDENCE.RECHECK) == 1));
        }
        return result;
    }

    /** The stored bytes, or empty when the content is missing. */
    public Optional<byte[]> content(DSLContext dsl, String sha256) {
        return dsl.select(EVIDENCE_FILE.CONTENT).from(EVIDENCE_FILE).where(EVIDENCE_FILE.SHA256.eq(sha256))
                .fetchOptional(EVIDENCE_FILE.CONTENT);
    }

    public Optional<String> setting(DSLContext dsl, String key) {
        return dsl.select(id.tata.workspace.schema.Tables.EVALUATION_SETTING.SETTING_VALUE)
                .from(id.tata.workspace.schema.Tables.EVALUATION_SETTING)
                .where(id.tata.workspace.schema.Tables.EVALUATION_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(id.tata.workspace.schema.Tables.EVALUATION_SETTING.SETTING_VALUE);
    }

    public void setSetting(Tx tx, String key, String value) {
        var t = id.tata.workspace.schema.Tables.EVALUATION_SETTING;
        var r = tx.dsl().selectFrom(t).where(t.SETTING_KEY.eq(key)).fetchOptional().orElse(null);
        if (r == null) {
            r = tx.dsl().newRecord(t);
            r.setSettingKey(key);
            r.setSettingValue(value);
            tx.insert(r);
        } else {
            r.setSettingValue(value);
            if (r.changed()) {
                tx.update(r);
            }
        }
    }
}
