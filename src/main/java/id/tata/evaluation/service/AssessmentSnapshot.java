package id.tata.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.Instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole assessment as JSON — what a finalised revision keeps: answers, statuses and evidence hashes. */
final class AssessmentSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AssessmentSnapshot() {
    }

    static String json(Assessment a, Instrument instrument, Map<Integer, Answer> answers) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("assessment", a.name());
        root.put("instrument", a.instrumentCode());
        root.put("instrumentVersion", a.instrumentVersion());
        root.put("year", a.year());
        root.put("revision", a.revision());
        List<Map<String, Object>> rows = instrument.indicators().stream()
                .map(i -> row(answers.getOrDefault(i.no(), Answer.blank(i.no())))).toList();
        root.put("answers", rows);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> row(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", a.indicatorNo());
        m.put("selfLevel", a.selfLevel());
        m.put("explanation", a.explanation());
        m.put("targetLevel", a.targetLevel());
        m.put("verifiedLevel", a.verifiedLevel());
        m.put("verifierNote", a.verifierNote());
        m.put("publicService", a.publicService());
        m.put("status", a.status().name());
        m.put("evidence", a.evidence().stream().map(e -> Map.of("name", e.originalName(), "sha256", e.sha256()))
                .toList());
        return m;
    }
}
