package id.tata.organization.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Position;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.function.Consumer;

/** The jabatan dialog's state and its checks; each field has its own error line so the user sees where. */
public final class PositionForm {
    private final Position original;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Agency> agency = new SimpleObjectProperty<>();
    private final StringProperty echelon = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty agencyError = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Set by the first save: from then on a field showing an error is checked again as the user corrects it. */
    private I18n checkedWith;

    PositionForm(Position original, Agency agencyOfOriginal) {
        this.original = original;
        if (original != null) {
            name.set(original.name());
            agency.set(agencyOfOriginal);
            echelon.set(original.echelon());
        }
        name.addListener(o -> recheck(nameError, this::checkName));
        agency.addListener(o -> recheck(agencyError, this::checkAgency));
        // A duplicate name is the service's finding: changing either field may resolve it, so it goes on a change.
        agency.addListener(o -> {
            if (checkedWith != null && !name.get().isBlank()) {
                nameError.set("");
            }
        });
    }

    private void recheck(StringProperty error, Consumer<I18n> check) {
        if (checkedWith != null && !error.get().isEmpty()) {
            check.accept(checkedWith);
        }
    }

    /** Null for a new jabatan. */
    public Position original() {
        return original;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<Agency> agency() {
        return agency;
    }

    /** Free text: the usual levels are offered, anything else is kept as typed. */
    public StringProperty echelon() {
        return echelon;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty agencyError() {
        return agencyError;
    }

    public StringProperty generalError() {
        return generalError;
    }

    public List<StringProperty> errors() {
        return List.of(nameError, agencyError, generalError);
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Checks what can be checked here (the service checks again, and alone knows duplicates). */
    boolean validate(I18n i18n) {
        checkedWith = i18n;
        errors().forEach(e -> e.set(""));
        checkName(i18n);
        checkAgency(i18n);
        return errors().stream().allMatch(e -> e.get().isEmpty());
    }

    private void checkName(I18n i18n) {
        nameError.set(name.get().isBlank() ? i18n.text("position.ui.error.nameRequired") : "");
    }

    private void checkAgency(I18n i18n) {
        // The service accepts a jabatan without agency (old imports); a new one always belongs somewhere.
        agencyError.set(agency.get() == null ? i18n.text("position.ui.error.agencyRequired") : "");
    }

    /** Puts the service's refusal under the field it is about, so the user need not guess which one. */
    void showRefusal(TataException error, I18n i18n) {
        String key = error.key();
        StringProperty target = key.equals("position.error.duplicate") || key.equals("position.error.nameRequired")
                ? nameError
                : key.equals("position.error.agencyNotFound") ? agencyError
                : generalError;
        target.set(error.message(i18n));
    }

    /** The jabatan as entered, keeping the original's id when editing. */
    Position toPosition() {
        return new Position(original == null ? null : original.id(), name.get().strip(),
                agency.get() == null ? null : agency.get().id(), echelon.get().strip());
    }
}
