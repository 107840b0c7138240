package id.tata.evaluation.ui;

import id.tata.common.task.BackgroundTask;
import id.tata.evaluation.exchange.service.PackageService;
import id.tata.shell.WorkspaceSource;
import id.tata.workspace.WorkspaceFile;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The assessor's side of offline work: "Buka paket asesor…" turns a .tatapaket from the coordinator into a new
 * workspace on this laptop, with the assessor as its first user, and opens it. Answers go back from the Penilaian
 * Mandiri page (Paket asesor → Kirim jawaban ke koordinator…).
 */
public final class PackageWorkspaceSource implements WorkspaceSource {
    private Host host;

    @Override
    public String labelKey() {
        return "shell.package.open";
    }

    @Override
    public void start(Host host) {
        this.host = host;
        FileChooser packageChooser = new FileChooser();
        packageChooser.setTitle(text("shell.package.open"));
        packageChooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text("shell.package.filter"),
                "*.tatapaket"));
        File pkg = packageChooser.showOpenDialog(host.window());
        if (pkg == null) {
            return;
        }
        FileChooser target = new FileChooser();
        target.setTitle(text("shell.package.target"));
        target.setInitialFileName(pkg.getName().replaceAll("\\.tatapaket$", "") + WorkspaceFile.EXTENSION);
        File ws = target.showSaveDialog(host.window());
        if (ws == null) {
            return;
        }
        Path workspace = ws.getName().endsWith(WorkspaceFile.EXTENSION) ? ws.toPath()
                : ws.toPath().resolveSibling(ws.getName() + WorkspaceFile.EXTENSION);
        askUser().ifPresent(user -> open(host, pkg.toPath(), workspace, user));
    }

    /** Creates the workspace from the package in the background, then opens it at its login screen. */
    void open(Host target, Path pkg, Path workspace, Account user) {
        this.host = target;
        host.tasks().execute(BackgroundTask.of(text("shell.package.open"), p -> {
                    try {
                        return PackageService.create().openNew(pkg, workspace, user.name(), user.password());
                    } finally {
                        Arrays.fill(user.password(), '\0');
                    }
                })
                .onSuccess(opened -> {
                    host.dialogs().showInfo(text("shell.package.open"), text("shell.package.opened",
                            opened.assessmentName(), workspace.getFileName(), user.name()));
                    host.open(workspace);
                })
                .onFailure(e -> host.showError(text("shell.package.open"), e)));
    }

    private String text(String key, Object... args) {
        return host.i18n().text(key, args);
    }

    /** The assessor's account in the new workspace. */
    record Account(String name, char[] password) {
    }

    private java.util.Optional<Account> askUser() {
        TextField name = new TextField();
        name.setId("packageUser");
        PasswordField password = new PasswordField();
        PasswordField again = new PasswordField();
        Label problem = new Label();
        problem.getStyleClass().add("tata-error");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(text("shell.package.user")), name);
        form.addRow(1, new Label(text("shell.package.password")), password);
        form.addRow(2, new Label(text("shell.package.again")), again);
        form.add(problem, 1, 3);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(host.window());
        dialog.setTitle(text("shell.package.open"));
        dialog.setHeaderText(text("shell.package.userHeader"));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String why = name.getText().isBlank() ? text("shell.package.needUser")
                    : password.getText().length() < id.tata.workspace.user.UserService.MIN_PASSWORD_LENGTH
                    ? text("shell.package.shortPassword")
                    : !password.getText().equals(again.getText()) ? text("shell.package.mismatch") : "";
            problem.setText(why);
            ok.setDisable(!why.isEmpty());
        };
        name.textProperty().addListener(o -> check.run());
        password.textProperty().addListener(o -> check.run());
        again.textProperty().addListener(o -> check.run());
        check.run();
        return dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> new Account(name.getText().strip(), password.getText().toCharArray()));
    }
}
