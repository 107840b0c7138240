package id.tata.shell.settings;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.workspace.settings.Signatory;
import id.tata.workspace.settings.SignerRole;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** The add/edit signatory dialog's state; the Signatory record does the checking, errors land under their field. */
public final class SignatoryForm {
    private final Signatory original;
    private final ObjectProperty<SignerRole> role = new SimpleObjectProperty<>(SignerRole.OTHER);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty nip = new SimpleStringProperty("");
    private final StringProperty rank = new SimpleStringProperty("");
    private final BooleanProperty isDefault = new SimpleBooleanProperty();
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty positionError = new SimpleStringProperty("");
    private final StringProperty nipError = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    SignatoryForm(Signatory original) {
        this.original = original;
        if (original != null) {
            role.set(original.role());
            name.set(original.name());
            position.set(original.positionTitle());
            nip.set(original.nip() == null ? "" : original.nip());
            rank.set(original.rank());
            isDefault.set(original.isDefault());
        }
    }

    /** Null for a new signatory. */
    public Signatory original() {
        return original;
    }

    /** The record, or null after putting the reason under the field it concerns. */
    Signatory toSignatory(I18n i18n) {
        for (StringProperty error : List.of(nameError, positionError, nipError, generalError)) {
            error.set("");
        }
        try {
            return new Signatory(original == null ? null : original.id(), role.get(), name.get(), position.get(),
                    nip.get(), rank.get(), isDefault.get());
        } catch (TataException e) {
            showError(e, i18n);
            return null;
        }
    }

    void showError(Throwable e, I18n i18n) {
        if (!(e instanceof TataException te)) {
            generalError.set(i18n.text("settings.ui.error.unexpected", e));
            return;
        }
        StringProperty target = switch (te.key()) {
            case "settings.error.signatoryName" -> nameError;
            case "settings.error.signatoryPosition" -> positionError;
            default -> te.key().startsWith("nip.") ? nipError : generalError;
        };
        target.set(te.message(i18n));
    }

    public ObjectProperty<SignerRole> role() {
        return role;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty position() {
        return position;
    }

    public StringProperty nip() {
        return nip;
    }

    public StringProperty rank() {
        return rank;
    }

    public BooleanProperty isDefault() {
        return isDefault;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty positionError() {
        return positionError;
    }

    public StringProperty nipError() {
        return nipError;
    }

    public StringProperty generalError() {
        return generalError;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
