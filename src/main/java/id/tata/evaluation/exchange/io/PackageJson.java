package id.tata.evaluation.exchange.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.exchange.domain.AnswerState;
import id.tata.evaluation.exchange.domain.EvidenceItem;
import id.tata.evaluation.exchange.domain.PackageManifest;
import id.tata.evaluation.exchange.domain.StoredAnswer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of a package: manifest.json, base.json / answers.json ({"answers": [{"indicator": 7, "self_level": 3, …,
 * "evidence": [{"sha256": …, "name": …, "size": …, "media_type": …}]}]}), and the before/after rows of a merge.
 * A file that does not read is a BAD_INPUT naming the entry and what is wrong.
 */
public final class PackageJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PackageJson() {
    }

    public static byte[] manifest(PackageManifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "tata-paket-asesor");
        root.put("format_version", m.formatVersion());
        root.put("kind", m.kind().name());
        root.put("package_id", m.packageId());
        root.put("workspace_id", m.workspaceId());
        root.put("workspace_name", m.workspaceName());
        root.put("assessment_id", m.assessmentId());
        root.put("assessment_name", m.assessmentName());
        root.put("year", m.year());
        root.put("instrument_code", m.instrumentCode());
        root.put("instrument_version", m.instrumentVersion());
        root.put("assessor", m.assessor());
        root.put("created_at", m.createdAt());
        root.put("created_by", m.createdBy());
        ArrayNode indicators = root.putArray("indicators");
        m.indicators().forEach(indicators::add);
        ArrayNode entries = root.putArray("entries");
        for (PackageManifest.Entry e : m.entries()) {
            entries.addObject().put("path", e.path()).put("size", e.size()).put("sha256", e.sha256());
        }
        return write(root);
    }

    public static PackageManifest manifest(byte[] json) {
        JsonNode root = read(json, PackageZip.MANIFEST);
        try {
            List<Integer> indicators = new ArrayList<>();
            required(root, "indicators", PackageZip.MANIFEST).forEach(n -> indicators.add(integer(n, "indicators")));
            List<PackageManifest.Entry> entries = new ArrayList<>();
            for (JsonNode e : required(root, "entries", PackageZip.MANIFEST)) {
                entries.add(new PackageManifest.Entry(text(e, "path"), e.path("size").asLong(-1), text(e, "sha256")));
            }
            return new PackageManifest(integer(required(root, "format_version", PackageZip.MANIFEST),
                    "format_version"), PackageManifest.Kind.valueOf(text(root, "kind")), text(root, "package_id"),
                    text(root, "workspace_id"), root.path("workspace_name").asText(""),
                    required(root, "assessment_id", PackageZip.MANIFEST).asLong(), text(root, "assessment_name"),
                    integer(required(root, "year", PackageZip.MANIFEST), "year"), text(root, "instrument_code"),
                    integer(required(root, "instrument_version", PackageZip.MANIFEST), "instrument_version"),
                    text(root, "assessor"), text(root, "created_at"), text(root, "created_by"), indicators, entries);
        } catch (IllegalArgumentException e) {
            throw bad(PackageZip.MANIFEST, e.getMessage());
        }
    }

    public static byte[] answers(Collection<AnswerState> states) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("answers");
        states.forEach(s -> state(list.addObject(), s));
        return write(root);
    }

    /** The answers of base.json or answers.json by indicator; {@code entry} names the file in errors. */
    public static Map<Integer, AnswerState> answers(byte[] json, String entry) {
        Map<Integer, AnswerState> result = new TreeMap<>();
        for (JsonNode n : required(read(json, entry), "answers", entry)) {
            AnswerState s = state(n, entry);
            if (result.put(s.indicator(), s) != null) {
                throw bad(entry, "indicator " + s.indicator() + " twice");
            }
        }
        return result;
    }

    public static String stored(Collection<StoredAnswer> rows) {
        ArrayNode list = MAPPER.createArrayNode();
        rows.forEach(r -> state(list.addObject(), r.state()).put("status", r.status()));
        return new String(write(list), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Map<Integer, StoredAnswer> stored(String json) {
        Map<Integer, StoredAnswer> result = new LinkedHashMap<>();
        for (JsonNode n : read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "package_merge")) {
            AnswerState s = state(n, "package_merge");
            result.put(s.indicator(), new StoredAnswer(s, n.path("status").asText("DRAFT")));
        }
        return result;
    }

    public static String decisions(Map<String, String> decisions) {
        ObjectNode root = MAPPER.createObjectNode();
        decisions.forEach(root::put);
        return new String(write(root), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ObjectNode state(ObjectNode o, AnswerState s) {
        o.put("indicator", s.indicator());
        o.put("self_level", s.selfLevel());
        o.put("explanation", s.explanation());
        o.put("target_level", s.targetLevel());
        o.put("public_service", s.publicService());
        o.put("verified_level", s.verifiedLevel());
        o.put("verifier_note", s.verifierNote());
        ArrayNode files = o.putArray("evidence");
        for (EvidenceItem e : s.evidence().values()) {
            files.addObject().put("sha256", e.sha256()).put("name", e.name()).put("size", e.size())
                    .put("media_type", e.mediaType());
        }
        return o;
    }

    private static AnswerState state(JsonNode n, String entry) {
        try {
            List<EvidenceItem> files = new ArrayList<>();
            for (JsonNode f : n.path("evidence")) {
                String sha = text(f, "sha256");
                if (!sha.matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException("sha256 " + sha);
                }
                files.add(new EvidenceItem(sha, f.path("name").asText(""), f.path("size").asLong(0),
                        f.path("media_type").asText("")));
            }
            return AnswerState.of(integer(n.path("indicator"), "indicator"), level(n, "self_level"),
                    n.path("explanation").asText(""), level(n, "target_level"), n.path("public_service").asText(""),
                    level(n, "verified_level"), n.path("verifier_note").asText(""), files);
        } catch (IllegalArgumentException e) {
            throw bad(entry, e.getMessage());
        }
    }

    private static Integer level(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        int level = integer(v, field);
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException(field + " " + level);
        }
        return level;
    }

    private static int integer(JsonNode v, String field) {
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(field);
        }
        return v.intValue();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field);
        }
        return v.asText();
    }

    private static JsonNode required(JsonNode root, String field, String entry) {
        JsonNode v = root.path(field);
        if (v.isMissingNode() || v.isNull()) {
            throw bad(entry, field);
        }
        return v;
    }

    private static JsonNode read(byte[] json, String entry) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw bad(entry, shortMessage(e));
        }
    }

    private static String shortMessage(java.io.IOException e) {
        return e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
    }

    private static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TataException bad(String entry, String detail) {
        return new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.badEntry", entry, detail);
    }
}
