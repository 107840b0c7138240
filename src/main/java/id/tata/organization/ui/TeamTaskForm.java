package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.organization.domain.TeamTask;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** The task dialog's state: one task's text, in the decree's words. */
public final class TeamTaskForm {
    private final int index;
    private final TeamTask original;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param index the task's place in the list; -1 for a new task, added at the end */
    TeamTaskForm(int index, TeamTask original) {
        this.index = index;
        this.original = original;
        if (original != null) {
            text.set(original.text());
        }
    }

    int index() {
        return index;
    }

    public TeamTask original() {
        return original;
    }

    public StringProperty text() {
        return text;
    }

    public StringProperty error() {
        return error;
    }

    public List<StringProperty> errors() {
        return List.of(error);
    }

    public BooleanProperty busy() {
        return busy;
    }

    boolean validate(I18n i18n) {
        error.set(text.get().isBlank() ? i18n.text("team.error.taskRequired") : "");
        return error.get().isEmpty();
    }

    /**
     * The task as entered, keeping the original's id. Line breaks pasted from a PDF are joined, and the list label
     * and closing "; dan" are the decree's to add, so a trailing separator is dropped.
     */
    TeamTask toTask() {
        String cleaned = text.get().strip().replaceAll("\\s+", " ").replaceAll("\\s*(;\\s*dan|;|\\.)$", "");
        return new TeamTask(original == null ? null : original.id(), cleaned);
    }
}
