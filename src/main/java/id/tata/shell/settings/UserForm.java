package id.tata.shell.settings;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.User;
import id.tata.workspace.user.UserService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * The account dialog: a new account (username, name, role, password twice) or an existing one (name, role,
 * active). Passwords live in JavaFX text properties as the PasswordField itself keeps them; they are cleared once
 * the dialog is done with them.
 */
public final class UserForm {
    private final User original;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.OPERATOR);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty usernameError = new SimpleStringProperty("");
    private final StringProperty fullNameError = new SimpleStringProperty("");
    private final StringProperty passwordError = new SimpleStringProperty("");
    private final StringProperty confirmationError = new SimpleStringProperty("");
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    UserForm(User original) {
        this.original = original;
        if (original != null) {
            username.set(original.username());
            fullName.set(original.fullName());
            role.set(original.role());
            active.set(original.active());
        }
    }

    /** Null for a new account. */
    public User original() {
        return original;
    }

    /** True when saving would switch off an account that can log in now: the view asks first. */
    public boolean deactivates() {
        return original != null && original.active() && !active.get();
    }

    /** What can be checked without the workspace; the service checks the rest (username rules, duplicates). */
    boolean validate(I18n i18n) {
        for (StringProperty error : List.of(usernameError, fullNameError, passwordError, confirmationError,
                generalError)) {
            error.set("");
        }
        fullNameError.set(fullName.get().isBlank() ? i18n.text("user.error.fullName") : "");
        if (original == null) {
            checkPasswords(i18n);
        }
        return fullNameError.get().isEmpty() && passwordError.get().isEmpty() && confirmationError.get().isEmpty();
    }

    /** Used by the reset-password dialog too: minimum length, and the two entries must agree. */
    void checkPasswords(I18n i18n) {
        passwordError.set(password.get().length() < UserService.MIN_PASSWORD_LENGTH
                ? i18n.text("user.error.passwordShort", UserService.MIN_PASSWORD_LENGTH) : "");
        confirmationError.set(!password.get().equals(confirmation.get())
                ? i18n.text("user.ui.error.mismatch") : "");
    }

    void showError(Throwable e, I18n i18n) {
        if (!(e instanceof TataException te)) {
            generalError.set(i18n.text("settings.ui.error.unexpected", e));
            return;
        }
        StringProperty target = switch (te.key()) {
            case "user.error.username", "user.error.duplicate" -> usernameError;
            case "user.error.fullName" -> fullNameError;
            case "user.error.passwordShort" -> passwordError;
            default -> generalError;
        };
        target.set(te.message(i18n));
    }

    void forgetPasswords() {
        password.set("");
        confirmation.set("");
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty fullName() {
        return fullName;
    }

    public ObjectProperty<Role> role() {
        return role;
    }

    public BooleanProperty active() {
        return active;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty confirmation() {
        return confirmation;
    }

    public StringProperty usernameError() {
        return usernameError;
    }

    public StringProperty fullNameError() {
        return fullNameError;
    }

    public StringProperty passwordError() {
        return passwordError;
    }

    public StringProperty confirmationError() {
        return confirmationError;
    }

    public StringProperty generalError() {
        return generalError;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
