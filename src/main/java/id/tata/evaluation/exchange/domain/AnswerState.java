package id.tata.evaluation.exchange.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The mergeable content of one answer: levels and texts, and the evidence files by SHA-256 (their names are shown but
 * not merged: the same content under another name is the same evidence). Texts are never null.
 */
public record AnswerState(int indicator, Integer selfLevel, String explanation, Integer targetLevel,
                          String publicService, Integer verifiedLevel, String verifierNote,
                          Map<String, EvidenceItem> evidence) {
    public AnswerState {
        explanation = explanation == null ? "" : explanation;
        publicService = publicService == null ? "" : publicService;
        verifierNote = verifierNote == null ? "" : verifierNote;
        evidence = Collections.unmodifiableMap(new TreeMap<>(evidence));
    }

    public static AnswerState blank(int indicator) {
        return new AnswerState(indicator, null, "", null, "", null, "", Map.of());
    }

    public static AnswerState of(int indicator, Integer selfLevel, String explanation, Integer targetLevel,
                                 String publicService, Integer verifiedLevel, String verifierNote,
                                 List<EvidenceItem> files) {
        Map<String, EvidenceItem> bySha = new LinkedHashMap<>();
        files.forEach(f -> bySha.putIfAbsent(f.sha256(), f));
        return new AnswerState(indicator, selfLevel, explanation, targetLevel, publicService, verifiedLevel,
                verifierNote, bySha);
    }

    /** The value of one field; for {@link AnswerField#EVIDENCE} the set of SHA-256 (what is compared). */
    public Object value(AnswerField field) {
        switch (field) {
            case SELF_LEVEL: return selfLevel;
            case EXPLANATION: return explanation;
            case TARGET_LEVEL: return targetLevel;
            case PUBLIC_SERVICE: return publicService;
            case VERIFIED_LEVEL: return verifiedLevel;
            case VERIFIER_NOTE: return verifierNote;
            case EVIDENCE: return evidence.keySet();
            default: throw new IllegalArgumentException(field.name());
        }
    }

    /** A copy with one scalar field replaced (evidence goes through {@link #withEvidence}). */
    public AnswerState with(AnswerField field, Object value) {
        switch (field) {
            case SELF_LEVEL: return new AnswerState(indicator, (Integer) value, explanation, targetLevel,
                    publicService, verifiedLevel, verifierNote, evidence);
            case EXPLANATION: return new AnswerState(indicator, selfLevel, (String) value, targetLevel,
                    publicService, verifiedLevel, verifierNote, evidence);
            case TARGET_LEVEL: return new AnswerState(indicator, selfLevel, explanation, (Integer) value,
                    publicService, verifiedLevel, verifierNote, evidence);
            case PUBLIC_SERVICE: return new AnswerState(indicator, selfLevel, explanation, targetLevel,
                    (String) value, verifiedLevel, verifierNote, evidence);
            case VERIFIED_LEVEL: return new AnswerState(indicator, selfLevel, explanation, targetLevel,
                    publicService, (Integer) value, verifierNote, evidence);
            case VERIFIER_NOTE: return new AnswerState(indicator, selfLevel, explanation, targetLevel,
                    publicService, verifiedLevel, (String) value, evidence);
            default: throw new IllegalArgumentException(field.name());
        }
    }

    public AnswerState withEvidence(Map<String, EvidenceItem> files) {
        return new AnswerState(indicator, selfLevel, explanation, targetLevel, publicService, verifiedLevel,
                verifierNote, files);
    }

    /** Same content: every field equal, evidence compared by SHA-256 only. */
    public boolean sameContent(AnswerState other) {
        for (AnswerField f : AnswerField.values()) {
            if (!Objects.equals(value(f), other.value(f))) {
                return false;
            }
        }
        return true;
    }
}
