package id.tata.documents.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a reader sees, in reading order, without layout — what text extracted from any rendering must contain.
 * Page numbers are not part of it (they depend on pagination).
 */
public final class PlainText {
    private PlainText() {
    }

    /** One line per paragraph, list item, labelled line, table row and signature line. */
    public static List<String> lines(Document document) {
        return lines(document, true);
    }

    /**
     * As {@link #lines(Document)}; without list labels when {@code withListLabels} is false — Word numbering labels
     * are not part of the text a DOCX extractor returns.
     */
    public static List<String> lines(Document document, boolean withListLabels) {
        List<String> out = new ArrayList<>();
        for (Section section : document.sections()) {
            blocks(section.blocks(), out, withListLabels);
        }
        return out;
    }

    private static void blocks(List<Block> blocks, List<String> out, boolean labels) {
        for (Block block : blocks) {
            block(block, out, labels);
        }
    }

    private static void block(Block block, List<String> out, boolean labels) {
        if (block instanceof Paragraph p) {
            out.add(p.text());
        } else if (block instanceof ListBlock l) {
            for (int i = 0; i < l.items().size(); i++) {
                List<String> item = new ArrayList<>();
                blocks(l.items().get(i).content(), item, labels);
                if (labels) {
                    prefixFirst(l.label(i), item);
                }
                out.addAll(item);
            }
        } else if (block instanceof LabeledBlock b) {
            List<String> body = new ArrayList<>();
            blocks(b.body(), body, labels);
            prefixFirst(b.label() + " " + b.separator(), body);
            out.addAll(body);
        } else if (block instanceof Table t) {
            TableGrid grid = t.grid();
            for (int r = 0; r < grid.rowCount(); r++) {
                out.add(String.join(" ", grid.inRow(r).stream().map(p -> p.cell().displayText()).toList()));
            }
        } else if (block instanceof SignatureBlock s) {
            out.addAll(s.placeAndDate());
            out.addAll(s.office());
            out.add(s.name());
            out.addAll(s.afterName());
        } else if (block instanceof Letterhead h) {
            h.lines().forEach(line -> out.add(line.text()));
        }
        // ImageBlock, Rule and PageBreak carry no words
    }

    private static void prefixFirst(String prefix, List<String> lines) {
        if (lines.isEmpty()) {
            lines.add(prefix);
        } else {
            lines.set(0, prefix + " " + lines.get(0));
        }
    }

    /** All words, whitespace-normalised — for comparing with text extracted from a file. */
    public static List<String> words(Document document) {
        return words(document, true);
    }

    public static List<String> words(Document document, boolean withListLabels) {
        return lines(document, withListLabels).stream().flatMap(line -> split(line).stream()).toList();
    }

    public static List<String> split(String text) {
        String trimmed = text.replace('\u00A0', ' ').strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }
}
