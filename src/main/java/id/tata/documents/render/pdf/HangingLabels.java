package id.tata.documents.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels printed on the first line of a block, left of its text, each at its own column: "Menimbang" at 0, ":" at
 * 30 mm, "a." at 34 mm, then the text at 41 mm. Nested lists and labelled blocks pass them down to their first
 * paragraph, so "Menimbang : a. bahwa …" is one paragraph with a hanging indent and wrapped lines align with the text.
 */
record HangingLabels(List<Label> labels) {
    /** A label and the x (points from the left text margin) where it starts. */
    record Label(String text, float x) {
    }

    static final HangingLabels NONE = new HangingLabels(List.of());

    HangingLabels {
        labels = List.copyOf(labels);
    }

    HangingLabels then(String text, float x) {
        List<Label> more = new ArrayList<>(labels);
        more.add(new Label(text, x));
        return new HangingLabels(more);
    }

    boolean isEmpty() {
        return labels.isEmpty();
    }

    /** Where the first line starts. */
    float start() {
        return labels.get(0).x();
    }
}
