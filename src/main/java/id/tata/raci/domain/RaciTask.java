package id.tata.raci.domain;

import java.util.Objects;

/** A row of a matrix: the task's full text and the group it belongs to ("" when the matrix has no groups). */
public record RaciTask(String group, String text) {
    public RaciTask {
        Objects.requireNonNull(text, "text");
        group = group == null ? "" : group.strip();
        text = text.strip();
    }

    public static RaciTask of(String text) {
        return new RaciTask("", text);
    }
}
