package id.tata.documents.template;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of one document type, part by part, with placeholders such as {daerah} still in them; {@link #filled}
 * substitutes them. Unknown placeholders stay visible so a typo in a template shows in the document, not silently.
 */
public record TemplateTexts(String documentType, Map<TemplatePart, List<String>> parts) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    public TemplateTexts {
        EnumMap<TemplatePart, List<String>> copy = new EnumMap<>(TemplatePart.class);
        for (TemplatePart part : TemplatePart.values()) {
            copy.put(part, List.copyOf(parts.getOrDefault(part, List.of())));
        }
        parts = Map.copyOf(copy);
    }

    public List<String> part(TemplatePart part) {
        return parts.get(part);
    }

    /** The same texts with every known placeholder replaced. */
    public TemplateTexts filled(Map<String, String> values) {
        EnumMap<TemplatePart, List<String>> out = new EnumMap<>(TemplatePart.class);
        parts.forEach((part, texts) -> out.put(part, texts.stream().map(t -> fill(t, values)).toList()));
        return new TemplateTexts(documentType, out);
    }

    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
