package id.tata.shell.settings;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.workspace.settings.NumberPattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;

/** The number-pattern dialog: checks the pattern and shows the next number at every keystroke. */
public final class PatternForm {
    private final PatternRow row;
    private final LocalDate today;
    private final I18n i18n;
    private final StringProperty pattern = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private NumberPattern valid;

    PatternForm(PatternRow row, LocalDate today, I18n i18n) {
        this.row = row;
        this.today = today;
        this.i18n = i18n;
        pattern.set(row.pattern().pattern());
        description.set(row.pattern().description());
        pattern.addListener((obs, old, now) -> check());
        description.addListener((obs, old, now) -> check());
        check();
    }

    private void check() {
        try {
            valid = new NumberPattern(row.pattern().documentType(), pattern.get(), description.get());
            preview.set(valid.format(row.nextSequence(), today));
            error.set("");
        } catch (TataException e) {
            valid = null;
            preview.set("");
            error.set(e.message(i18n));
        }
    }

    public PatternRow row() {
        return row;
    }

    /** The pattern as typed, or null while it is not valid (the error says why). */
    NumberPattern valid() {
        return valid;
    }

    public StringProperty pattern() {
        return pattern;
    }

    public StringProperty description() {
        return description;
    }

    public ReadOnlyStringProperty preview() {
        return preview.getReadOnlyProperty();
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
