package id.tata.organization.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** The team dialog's state: name, kind, term, legal basis and purpose; members and tasks are edited on the page. */
public final class TeamForm {
    private final Team original;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<TeamKind> kind = new SimpleObjectProperty<>(TeamKind.COORDINATION);
    private final StringProperty startYear = new SimpleStringProperty("");
    private final StringProperty endYear = new SimpleStringProperty("");
    private final StringProperty legalBasis = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty periodError = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    TeamForm(Team original, int defaultYear) {
        this.original = original;
        if (original == null) {
            startYear.set(String.valueOf(defaultYear));
            return;
        }
        name.set(original.name());
        kind.set(original.kind());
        startYear.set(String.valueOf(original.periodStartYear()));
        endYear.set(original.periodEndYear() == null ? "" : String.valueOf(original.periodEndYear()));
        legalBasis.set(original.legalBasis());
        purpose.set(original.purpose());
    }

    /** Null for a new team. */
    public Team original() {
        return original;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<TeamKind> kind() {
        return kind;
    }

    public StringProperty startYear() {
        return startYear;
    }

    /** Empty while the team serves until a new decree replaces it. */
    public StringProperty endYear() {
        return endYear;
    }

    public StringProperty legalBasis() {
        return legalBasis;
    }

    public StringProperty purpose() {
        return purpose;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty periodError() {
        return periodError;
    }

    public StringProperty generalError() {
        return generalError;
    }

    public List<StringProperty> errors() {
        return List.of(nameError, periodError, generalError);
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Checks what can be checked here; the team record checks the rest, and its refusal lands under its field. */
    boolean validate(I18n i18n) {
        errors().forEach(e -> e.set(""));
        if (name.get().isBlank()) {
            nameError.set(i18n.text("team.error.nameRequired"));
        }
        if (year(startYear.get()) == null || (!endYear.get().isBlank() && year(endYear.get()) == null)) {
            periodError.set(i18n.text("team.ui.error.year"));
        }
        if (errors().stream().allMatch(e -> e.get().isEmpty())) {
            try {
                toTeam();
            } catch (TataException e) {
                showRefusal(e, i18n);
            }
        }
        return errors().stream().allMatch(e -> e.get().isEmpty());
    }

    void showRefusal(TataException error, I18n i18n) {
        String key = error.key();
        StringProperty target = key.equals("team.error.nameRequired") ? nameError
                : key.equals("team.error.year") || key.equals("team.error.periodReversed") ? periodError
                : generalError;
        target.set(error.message(i18n));
    }

    /** The team as entered, keeping the original's id and template. */
    Team toTeam() {
        Integer end = endYear.get().isBlank() ? null : year(endYear.get());
        return new Team(original == null ? null : original.id(), kind.get(), name.get(), purpose.get(),
                year(startYear.get()), end, legalBasis.get(), original == null ? null : original.templateCode());
    }

    private static Integer year(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("\\d{4}") ? Integer.valueOf(t) : null;
    }
}
