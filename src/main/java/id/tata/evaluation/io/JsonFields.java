package id.tata.evaluation.io;

import com.fasterxml.jackson.databind.JsonNode;
import id.tata.evaluation.domain.InstrumentProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of JSON fields that note a problem (with its path) instead of throwing, and hand back a harmless
 * stand-in, so one pass over the file finds every missing or mistyped field.
 */
final class JsonFields {
    private static final String KEY = "evaluation.instrument.read.";

    private final List<InstrumentProblem> problems = new ArrayList<>();

    List<InstrumentProblem> problems() {
        return List.copyOf(problems);
    }

    void problem(String path, String reason, Object... args) {
        problems.add(InstrumentProblem.error(path, KEY + reason, args));
    }

    static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** A present field (null counts as absent), or null after noting it missing. */
    private JsonNode required(JsonNode object, String parent, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            problem(path(parent, field), "missing");
            return null;
        }
        return value;
    }

    String text(JsonNode object, String parent, String field) {
        JsonNode value = required(object, parent, field);
        if (value == null) {
            return "";
        }
        if (!value.isTextual()) {
            problem(path(parent, field), "text");
            return "";
        }
        if (value.asText().isBlank()) {
            problem(path(parent, field), "blank");
        }
        return value.asText().strip();
    }

    /** Absent or null gives "" (notes and criteria may be left out). */
    String optionalText(JsonNode object, String parent, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            problem(path(parent, field), "text");
            return "";
        }
        return value.asText();
    }

    /** The number exactly as written in the file (never through double: 1.3 stays 1.3). */
    BigDecimal number(JsonNode object, String parent, String field) {
        JsonNode value = required(object, parent, field);
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (!value.isNumber()) {
            problem(path(parent, field), "number");
            return BigDecimal.ZERO;
        }
        return value.decimalValue();
    }

    int integer(JsonNode object, String parent, String field) {
        JsonNode value = required(object, parent, field);
        return value == null ? 0 : integer(value, path(parent, field));
    }

    /** Absent or null gives null (an aspect of an instrument without domains). */
    Integer optionalInteger(JsonNode object, String parent, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : integer(value, path(parent, field));
    }

    private int integer(JsonNode value, String path) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(path, "integer");
            return 0;
        }
        return value.intValue();
    }

    /** The elements of an array field; absent counts as empty when {@code required} is false. */
    List<JsonNode> array(JsonNode object, String parent, String field, boolean required) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path(parent, field), "missing");
            }
            return List.of();
        }
        if (!value.isArray()) {
            problem(path(parent, field), "array");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** Whether an array element is an object; notes the problem when it is not. */
    boolean isObject(JsonNode node, String path) {
        if (!node.isObject()) {
            problem(path, "object");
            return false;
        }
        return true;
    }
}
