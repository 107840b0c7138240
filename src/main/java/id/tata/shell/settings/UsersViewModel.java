package id.tata.shell.settings;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.TaskExecutor;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.User;
import id.tata.workspace.user.UserService;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of Pengguna. Account changes are deliberately not undoable: a security change (a new account,
 * a reset password, a deactivation) must be made on purpose and stay made, not vanish with the next Ctrl+Z; the
 * audit log records each one instead.
 */
public final class UsersViewModel {
    private final UserService service;
    private final Session session;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final boolean canManage;
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public UsersViewModel(UserService service, Session session, TaskExecutor tasks, I18n i18n) {
        this.service = service;
        this.session = session;
        this.tasks = tasks;
        this.i18n = i18n;
        this.canManage = session.can(Permission.USER_MANAGE) && !session.workspace().readOnly();
    }

    /** False for a read-only workspace (the module is hidden from non-admins altogether). */
    public boolean canManage() {
        return canManage;
    }

    public ObservableList<User> users() {
        return users;
    }

    /** What the last change did ("Pengguna dewi ditambahkan."). */
    public StringProperty status() {
        return status;
    }

    public StringProperty error() {
        return error;
    }

    public String roleLabel(Role role) {
        return i18n.text("shell.role." + role.name());
    }

    public void reload() {
        tasks.execute(BackgroundTask.of(i18n.text("user.ui.task.load"), p -> service.list(session))
                .onSuccess(list -> {
                    users.setAll(list);
                    error.set("");
                })
                .onFailure(e -> error.set(message(e))));
    }

    public UserForm newForm() {
        return new UserForm(null);
    }

    public UserForm editForm(User user) {
        return new UserForm(user);
    }

    /** Adds the account or saves name, role and active; mistakes the form can see never reach the service. */
    public void save(UserForm form, Runnable onSaved) {
        if (!canManage || form.busy().get() || !form.validate(i18n)) {
            return;
        }
        User original = form.original();
        String username = form.username().get();
        if (original != null && original.fullName().equals(form.fullName().get().strip())
                && original.role() == form.role().get() && original.active() == form.active().get()) {
            onSaved.run();
            return;
        }
        form.busy().set(true);
        String title = i18n.text(original == null ? "user.ui.task.add" : "user.ui.task.update", username);
        tasks.execute(BackgroundTask.of(title, p -> original == null
                ? service.add(session, username, form.fullName().get(), form.role().get(),
                        form.password().get().toCharArray())
                : service.update(session, original.username(), form.fullName().get().strip(), form.role().get(),
                        form.active().get()))
                .onSuccess(user -> {
                    form.busy().set(false);
                    form.forgetPasswords();
                    status.set(i18n.text(original == null ? "user.ui.added" : "user.ui.updated", user.username()));
                    reload();
                    onSaved.run();
                })
                .onFailure(e -> {
                    form.busy().set(false);
                    form.showError(e, i18n);
                }));
    }

    /** The reset-password dialog uses a form with only the two password fields filled in. */
    public UserForm passwordForm(User user) {
        return new UserForm(user);
    }

    public void resetPassword(UserForm form, Runnable onSaved) {
        if (!canManage || form.busy().get()) {
            return;
        }
        form.generalError().set("");
        form.checkPasswords(i18n);
        if (!form.passwordError().get().isEmpty() || !form.confirmationError().get().isEmpty()) {
            return;
        }
        String username = form.original().username();
        form.busy().set(true);
        tasks.execute(BackgroundTask.of(i18n.text("user.ui.task.password", username), p -> {
            service.changePassword(session, username, form.password().get().toCharArray());
            return null;
        }).onSuccess(v -> {
            form.busy().set(false);
            form.forgetPasswords();
            status.set(i18n.text("user.ui.passwordReset", username));
            onSaved.run();
        }).onFailure(e -> {
            form.busy().set(false);
            form.showError(e, i18n);
        }));
    }

    private String message(Throwable e) {
        return e instanceof TataException te ? te.message(i18n) : i18n.text("settings.ui.error.unexpected", e);
    }
}
