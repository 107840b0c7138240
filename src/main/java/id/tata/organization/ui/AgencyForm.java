package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/** The add/edit dialog's state and its checks; each field has its own error line so the user sees where. */
public final class AgencyForm {
    static final int MAX_CODE_LENGTH = 30;

    private final Agency original;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final ObjectProperty<AgencyKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Agency> parent = new SimpleObjectProperty<>();
    private final StringProperty codeError = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty kindError = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    AgencyForm(Agency original, Agency parentOfOriginal) {
        this.original = original;
        if (original != null) {
            code.set(original.code());
            name.set(original.name());
            shortName.set(original.shortName());
            kind.set(original.kind());
            parent.set(parentOfOriginal);
        }
    }

    /** Null for a new agency. */
    public Agency original() {
        return original;
    }

    public StringProperty code() {
        return code;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty shortName() {
        return shortName;
    }

    public ObjectProperty<AgencyKind> kind() {
        return kind;
    }

    public ObjectProperty<Agency> parent() {
        return parent;
    }

    public StringProperty codeError() {
        return codeError;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty kindError() {
        return kindError;
    }

    public StringProperty generalError() {
        return generalError;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Checks what can be checked here (the service checks again); true when the form may be saved. */
    boolean validate(Collection<Agency> existing, I18n i18n) {
        String c = code.get().strip();
        codeError.set(c.isEmpty() ? i18n.text("agency.ui.error.codeRequired")
                : c.length() > MAX_CODE_LENGTH ? i18n.text("agency.ui.error.codeTooLong", MAX_CODE_LENGTH)
                : codeTaken(existing, c) ? i18n.text("agency.ui.error.codeTaken", c) : "");
        nameError.set(name.get().isBlank() ? i18n.text("agency.ui.error.nameRequired") : "");
        kindError.set(kind.get() == null ? i18n.text("agency.ui.error.kindRequired") : "");
        generalError.set("");
        return codeError.get().isEmpty() && nameError.get().isEmpty() && kindError.get().isEmpty();
    }

    private boolean codeTaken(Collection<Agency> existing, String c) {
        String wanted = c.toLowerCase(Locale.ROOT);
        return existing.stream().anyMatch(a -> a.code().toLowerCase(Locale.ROOT).equals(wanted)
                && (original == null || !Objects.equals(a.id(), original.id())));
    }

    Agency toAgency() {
        return new Agency(original == null ? null : original.id(), code.get().strip(), name.get().strip(),
                shortName.get().strip(), kind.get(), parent.get() == null ? null : parent.get().id(),
                original == null ? "" : original.address());
    }
}
