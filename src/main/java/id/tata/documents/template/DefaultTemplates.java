package id.tata.documents.template;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

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

    /** Reads texts in the same "[PART]" form the defaults use (what `tata document template set` takes). */
    public static TemplateTexts parse(String documentType, String text) {
        try {
            return parse(documentType, new BufferedReader(new java.io.StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts in the "[PART]" form, one item per line. */
    public static String format(TemplateTexts texts) {
        StringBuilder out = new StringBuilder();
        for (TemplatePart part : TemplatePart.values()) {
            out.append('[').append(part.name()).append("]\n");
            texts.part(part).forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
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
                current = part(documentType, lineNo, text.substring(1, text.length() - 1));
                continue;
            }
            if (current == null) {
                throw new TataException(ErrorKind.BAD_INPUT, "document.error.templateNoPart", documentType, lineNo);
            }
            parts.computeIfAbsent(current, p -> new ArrayList<>()).add(text);
        }
        return new TemplateTexts(documentType, parts);
    }

    private static TemplatePart part(String documentType, int lineNo, String name) {
        try {
            return TemplatePart.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new TataException(ErrorKind.BAD_INPUT, "document.error.templatePart", documentType, lineNo, name,
                    java.util.Arrays.toString(TemplatePart.values()));
        }
    }

    private static String resource(String documentType) {
        return "/id/tata/documents/templates/" + documentType + ".txt";
    }
}
