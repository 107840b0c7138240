package id.tata.shell;

import id.tata.common.task.BackgroundTask;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Log-in to an opened workspace. The password check is deliberately slow, so it runs off the FX thread. */
final class LoginView {
    private final Shell shell;
    private final Workspace workspace;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button submit = new Button();
    private final Label error = Forms.errorLine("loginError");

    LoginView(Shell shell, Workspace workspace) {
        this.shell = shell;
        this.workspace = workspace;
    }

    Parent build() {
        username.setId("loginUsername");
        password.setId("loginPassword");
        submit.setId("loginButton");
        submit.setText(shell.text("login.submit"));
        submit.setGraphic(new FontIcon(Material2AL.LOCK_OPEN));
        submit.setDefaultButton(true);
        submit.getStyleClass().add("accent");
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.setOnAction(e -> submit());
        GridPane grid = Forms.grid();
        Forms.row(grid, shell.text("login.username"), username);
        Forms.row(grid, shell.text("login.password"), password);
        Hyperlink other = new Hyperlink(shell.text("login.otherWorkspace"));
        other.setOnAction(e -> shell.closeWorkspace());
        Label file = Forms.hint(shell.text("login.workspace", workspace.file().getFileName()));
        Label readOnly = Forms.hint(workspace.readOnly() ? shell.text("login.readOnly") : "");
        readOnly.setVisible(workspace.readOnly());
        readOnly.setManaged(workspace.readOnly());
        Label sample = Forms.hint(shell.isSample(workspace.file()) ? shell.text("login.sampleHint") : "");
        sample.setManaged(!sample.getText().isEmpty());
        Parent card = Forms.card(Forms.title(shell.text("login.title")), file, readOnly, sample, grid, error, submit,
                other);
        username.requestFocus();
        javafx.application.Platform.runLater(username::requestFocus);
        return card;
    }

    private void submit() {
        String name = username.getText().strip();
        char[] secret = password.getText().toCharArray();
        if (name.isEmpty()) {
            error.setText(shell.text("login.error.usernameRequired"));
            return;
        }
        submit.setDisable(true);
        error.setText("");
        shell.context().tasks().execute(BackgroundTask.of(shell.text("task.login"), p -> login(name, secret))
                .onSuccess(shell::loggedIn)
                .onFailure(e -> {
                    submit.setDisable(false);
                    password.clear();
                    password.requestFocus();
                    error.setText(shell.message(e));
                }));
    }

    private Session login(String name, char[] secret) {
        Session session = shell.context().users().login(workspace, name, secret);
        workspace.writerLock().ifPresent(lock -> lock.recordHolder(session.user().username()));
        return session;
    }
}
