package id.tata.evaluation.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.tata.evaluation.domain.Aspect;
import id.tata.evaluation.domain.Domain;
import id.tata.evaluation.domain.Indicator;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.InstrumentProblem;
import id.tata.evaluation.domain.LevelCriteria;
import id.tata.evaluation.domain.LevelName;
import id.tata.evaluation.domain.Predicate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads an instrument in the JSON shape of spbe-2020.json (code, name, optional status "provisional", scales,
 * predicates, domains, aspects, indicators with their levels). It looks at the tree, field by field, so a missing or
 * mistyped field is named by its path instead of ending the read; fields it does not know (sources, name_en …) are
 * ignored. Numbers are taken as exact decimals from the text, since weights must add up to exactly 100.
 */
public final class InstrumentJson {
    /** The path given to problems of the file as a whole (not JSON, not an object). */
    public static final String WHOLE_FILE = "JSON";
    public static final String PROVISIONAL = "provisional";
    private static final String FINAL = "final";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // two "weight" keys in one object would otherwise silently keep the last
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonFields fields = new JsonFields();

    private InstrumentJson() {
    }

    public static InstrumentRead read(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            return failed(malformed(e));
        } catch (IOException e) {
            return failed(InstrumentProblem.error(WHOLE_FILE, "evaluation.instrument.read.malformed", 0, 0,
                    String.valueOf(e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            return failed(InstrumentProblem.error(WHOLE_FILE, "evaluation.instrument.read.root"));
        }
        InstrumentJson reader = new InstrumentJson();
        Instrument instrument = reader.instrument(root);
        List<InstrumentProblem> problems = reader.fields.problems();
        return problems.isEmpty() ? new InstrumentRead(Optional.of(instrument), List.of())
                : new InstrumentRead(Optional.empty(), problems);
    }

    /**
     * Whether two files say the same thing: equal JSON trees, so spacing, line breaks and key order do not count,
     * but every value does (also fields Tata does not read).
     */
    public static boolean sameContent(byte[] a, byte[] b) {
        try {
            return MAPPER.readTree(a).equals(MAPPER.readTree(b));
        } catch (IOException e) {
            return false;
        }
    }

    private static InstrumentRead failed(InstrumentProblem problem) {
        return new InstrumentRead(Optional.empty(), List.of(problem));
    }

    private static InstrumentProblem malformed(JacksonException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return InstrumentProblem.error(WHOLE_FILE, "evaluation.instrument.read.malformed", line, column,
                String.valueOf(e.getOriginalMessage()));
    }

    private Instrument instrument(JsonNode root) {
        String code = fields.text(root, "", "code");
        String name = fields.text(root, "", "name");
        boolean provisional = provisional(root);
        Map<String, List<LevelName>> scales = scales(root);
        List<Predicate> predicates = list(root, "predicates", true, this::predicate);
        List<Domain> domains = list(root, "domains", false, this::domain);
        List<Aspect> aspects = list(root, "aspects", true, this::aspect);
        List<Indicator> indicators = list(root, "indicators", true, this::indicator);
        return new Instrument(code, name, provisional, scales, predicates, domains, aspects, indicators);
    }

    private boolean provisional(JsonNode root) {
        JsonNode status = root.get("status");
        if (status == null || status.isNull()) {
            return false;
        }
        if (!status.isTextual() || !(status.asText().equals(PROVISIONAL) || status.asText().equals(FINAL))) {
            fields.problem("status", "status", status.toString());
            return false;
        }
        return status.asText().equals(PROVISIONAL);
    }

    private Map<String, List<LevelName>> scales(JsonNode root) {
        JsonNode scales = root.get("scales");
        Map<String, List<LevelName>> result = new LinkedHashMap<>();
        if (scales == null || scales.isNull()) {
            fields.problem("scales", "missing");
            return result;
        }
        if (!scales.isObject()) {
            fields.problem("scales", "object");
            return result;
        }
        for (Map.Entry<String, JsonNode> scale : scales.properties()) {
            result.put(scale.getKey(), list(scales, "scales", scale.getKey(), true, this::levelName));
        }
        return result;
    }

    private <T> List<T> list(JsonNode object, String field, boolean required, BiFunction<JsonNode, String, T> item) {
        return list(object, "", field, required, item);
    }

    private <T> List<T> list(JsonNode object, String parent, String field, boolean required,
                             BiFunction<JsonNode, String, T> item) {
        String path = JsonFields.path(parent, field);
        List<JsonNode> nodes = fields.array(object, parent, field, required);
        List<T> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = path + "[" + i + "]";
            if (fields.isObject(nodes.get(i), at)) {
                items.add(item.apply(nodes.get(i), at));
            }
        }
        return items;
    }

    private LevelName levelName(JsonNode node, String path) {
        return new LevelName(fields.integer(node, path, "level"), fields.text(node, path, "name"));
    }

    private Predicate predicate(JsonNode node, String path) {
        return new Predicate(fields.number(node, path, "min"), fields.text(node, path, "label"));
    }

    private Domain domain(JsonNode node, String path) {
        return new Domain(fields.integer(node, path, "no"), fields.text(node, path, "name"),
                fields.number(node, path, "weight"));
    }

    private Aspect aspect(JsonNode node, String path) {
        return new Aspect(fields.integer(node, path, "no"), fields.text(node, path, "name"),
                fields.optionalInteger(node, path, "domain"), fields.number(node, path, "weight"));
    }

    private Indicator indicator(JsonNode node, String path) {
        return new Indicator(fields.integer(node, path, "no"), fields.text(node, path, "name"),
                fields.integer(node, path, "aspect"), fields.number(node, path, "weight"),
                fields.text(node, path, "scale"), fields.optionalText(node, path, "explanation"),
                fields.optionalText(node, path, "assessment_note"), fields.optionalText(node, path, "evidence_note"),
                list(node, path, "levels", true, this::level));
    }

    private LevelCriteria level(JsonNode node, String path) {
        return new LevelCriteria(fields.integer(node, path, "level"), fields.optionalText(node, path, "criteria"));
    }
}
