package id.tata.documents.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A paragraph: runs, alignment, and its place in the flow. {@code heading} marks a title line (level 1..3; 0 = body
 * text) so the DOCX gets a real heading style and the outline shows it. {@code keepWithNext} keeps a title on the
 * page of what follows. {@code sizePt} sets a size other than the document's (the kop's larger lines); 0 = the base.
 */
public record Paragraph(List<Run> runs, Align align, int heading, ParagraphSpacing spacing, boolean keepWithNext,
                        double sizePt) implements Block {
    public Paragraph(List<Run> runs, Align align, int heading, ParagraphSpacing spacing, boolean keepWithNext) {
        this(runs, align, heading, spacing, keepWithNext, 0);
    }

    public Paragraph {
        if (sizePt != 0 && (sizePt < 4 || sizePt > 72)) {
            throw new IllegalArgumentException("font size 4..72 pt (0 = the document's), got " + sizePt);
        }
        runs = List.copyOf(runs);
        Objects.requireNonNull(align, "align");
        Objects.requireNonNull(spacing, "spacing");
        if (heading < 0 || heading > 3) {
            throw new IllegalArgumentException("heading level 0..3, got " + heading);
        }
    }

    public static Paragraph of(String text) {
        return new Paragraph(List.of(Run.plain(text)), Align.JUSTIFY, 0, ParagraphSpacing.NONE, false);
    }

    public static Paragraph of(Run... runs) {
        return new Paragraph(Arrays.asList(runs), Align.JUSTIFY, 0, ParagraphSpacing.NONE, false);
    }

    public static Paragraph centered(String text) {
        return of(text).aligned(Align.CENTER);
    }

    public static Paragraph heading(int level, String text) {
        return new Paragraph(List.of(Run.bold(text)), Align.CENTER, level, ParagraphSpacing.NONE, true);
    }

    public Paragraph aligned(Align changed) {
        return new Paragraph(runs, changed, heading, spacing, keepWithNext, sizePt);
    }

    public Paragraph spaced(ParagraphSpacing changed) {
        return new Paragraph(runs, align, heading, changed, keepWithNext, sizePt);
    }

    public Paragraph keptWithNext() {
        return new Paragraph(runs, align, heading, spacing, true, sizePt);
    }

    /** The same paragraph at another size in points (0 = the document's size). */
    public Paragraph sized(double pt) {
        return new Paragraph(runs, align, heading, spacing, keepWithNext, pt);
    }

    /** The paragraph's text without styles. */
    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
