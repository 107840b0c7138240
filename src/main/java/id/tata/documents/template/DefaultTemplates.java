package id.tata.documents.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The texts Tata ships for each document type, in {@code /id/tata/documents/templates/TYPE.txt}: "[PART]" headers,
 * one item per line, "#" comments. Read once per call; templates are small.
 */
public final class DefaultTemplates {
    private DefaultTemplates() {
    }

    public static boolean exists(String documentType) {
        return DefaultTemplates.class.getResource(resource(documentType)) != null;
    }

    public static TemplateTexts load(String documentType) {
        try (InputStream in = DefaultTemplates.class.getResourceAsStream(resource(documentType))) {
            if (in == null) {
                return new TemplateTexts(documentType, Map.of());
            }
            return parse(documentType, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TemplateTexts parse(String documentType, BufferedReader reader) throws IOException {
        Map<TemplatePart, List<String>> parts = new EnumMap<>(TemplatePart.class);
        TemplatePart current = null;
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                current = TemplatePart.valueOf(text.substring(1, text.length() - 1));
                continue;
            }
            if (current == null) {
                throw new IllegalStateException(documentType + " line " + lineNo + ": text before any [PART]");
            }
            parts.computeIfAbsent(current, p -> new ArrayList<>()).add(text);
        }
        return new TemplateTexts(documentType, parts);
    }

    private static String resource(String documentType) {
        return "/id/tata/documents/templates/" + documentType + ".txt";
    }
}
