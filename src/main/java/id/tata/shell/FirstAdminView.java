package id.tata.shell;

import id.tata.common.task.BackgroundTask;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.Arrays;

/** A workspace without accounts: its first admin is created here, then logged in. */
final class FirstAdminView {
    private final Shell shell;
    private final Workspace workspace;
    private final TextField username = new TextField("admin");
    private final TextField fullName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button create = new Button();
    private final Label error = Forms.errorLine("adminError");

    FirstAdminView(Shell shell, Workspace workspace) {
        this.shell = shell;
        this.workspace = workspace;
    }

    Parent build() {
        username.setId("adminUsername");
        fullName.setId("adminFullName");
        password.setId("adminPassword");
        repeat.setId("adminPasswordRepeat");
        create.setId("adminCreate");
        create.setText(shell.text("login.firstAdmin.submit"));
        create.setDefaultButton(true);
        create.getStyleClass().add("accent");
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(e -> submit());
        GridPane grid = Forms.grid();
        Forms.row(grid, shell.text("login.username"), username);
        Forms.row(grid, shell.text("login.firstAdmin.fullName"), fullName);
        Forms.row(grid, shell.text("login.password"), password);
        Forms.row(grid, shell.text("login.firstAdmin.repeat"), repeat);
        return Forms.card(Forms.title(shell.text("login.firstAdmin.title")),
                Forms.hint(shell.text("login.firstAdmin.hint", workspace.file().getFileName())), grid, error, create);
    }

    private void submit() {
        char[] secret = password.getText().toCharArray();
        if (fullName.getText().isBlank()) {
            error.setText(shell.text("login.firstAdmin.fullNameRequired"));
            return;
        }
        if (!Arrays.equals(secret, repeat.getText().toCharArray())) {
            error.setText(shell.text("login.firstAdmin.mismatch"));
            return;
        }
        create.setDisable(true);
        error.setText("");
        String name = username.getText();
        String full = fullName.getText().strip();
        shell.context().tasks().execute(BackgroundTask.of(shell.text("task.firstAdmin"), p -> create(name, full, secret))
                .onSuccess(shell::loggedIn)
                .onFailure(e -> {
                    create.setDisable(false);
                    error.setText(shell.message(e));
                }));
    }

    private Session create(String name, String full, char[] secret) {
        Session session = shell.context().users().createFirstAdmin(workspace, name, full, secret);
        workspace.writerLock().ifPresent(lock -> lock.recordHolder(session.user().username()));
        return session;
    }
}
