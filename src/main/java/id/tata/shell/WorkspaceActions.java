package id.tata.shell;

import id.tata.common.task.BackgroundTask;
import id.tata.workspace.BackupReason;
import id.tata.workspace.Backups;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceFile;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The Berkas menu's work on files: choose, create, back up, restore. Everything that touches disk runs as a task. */
final class WorkspaceActions {
    private final Shell shell;

    WorkspaceActions(Shell shell) {
        this.shell = shell;
    }

    void openWithChooser() {
        File file = chooser(shell.text("shell.menu.open")).showOpenDialog(shell.stage());
        if (file != null) {
            shell.open(file.toPath(), false);
        }
    }

    void createWithChooser() {
        FileChooser chooser = chooser(shell.text("shell.menu.new"));
        chooser.setInitialFileName(shell.text("shell.newWorkspaceName") + WorkspaceFile.EXTENSION);
        File chosen = chooser.showSaveDialog(shell.stage());
        if (chosen == null) {
            return;
        }
        String name = chosen.getName().endsWith(WorkspaceFile.EXTENSION) ? chosen.getName()
                : chosen.getName() + WorkspaceFile.EXTENSION;
        Path file = chosen.toPath().resolveSibling(name);
        shell.create(file);
    }

    void backupNow(Workspace workspace) {
        int keep = shell.context().preferences().backupsKept();
        shell.context().tasks().execute(BackgroundTask.of(shell.text("task.backup"), p -> {
            Path backup = Backups.backup(workspace, BackupReason.MANUAL);
            Backups.prune(workspace.file(), keep);
            return backup;
        }).onSuccess(backup -> shell.dialogs().showInfo(shell.text("shell.backup.title"),
                shell.text("shell.backup.done", backup)))
                .onFailure(e -> shell.showError(shell.text("shell.backup.title"), e)));
    }

    void restoreWithChooser(Workspace workspace) {
        Path file = workspace.file();
        shell.context().tasks().execute(BackgroundTask.of(shell.text("task.listBackups"), p -> Backups.list(file))
                .onSuccess(backups -> chooseBackup(file, backups))
                .onFailure(e -> shell.showError(shell.text("shell.restore.title"), e)));
    }

    private void chooseBackup(Path file, List<Path> backups) {
        if (backups.isEmpty()) {
            shell.dialogs().showInfo(shell.text("shell.restore.title"), shell.text("shell.restore.none"));
            return;
        }
        ChoiceDialog<Path> dialog = new ChoiceDialog<>(backups.get(0), backups);
        dialog.initOwner(shell.stage());
        dialog.setTitle(shell.text("shell.restore.title"));
        dialog.setHeaderText(shell.text("shell.restore.header"));
        dialog.setContentText(shell.text("shell.restore.choose"));
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(shell.text("shell.restore.submit"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(shell.text("shell.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Path> combo =
                (javafx.scene.control.ComboBox<Path>) dialog.getDialogPane().lookup(".combo-box");
        if (combo != null) {
            combo.setConverter(fileNames());
        }
        dialog.showAndWait().ifPresent(backup -> {
            if (shell.dialogs().confirm(shell.text("shell.restore.title"),
                    shell.text("shell.restore.confirm", backup.getFileName()))) {
                shell.restore(file, backup);
            }
        });
    }

    private static StringConverter<Path> fileNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Path path) {
                return path == null ? "" : path.getFileName().toString();
            }

            @Override
            public Path fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(shell.text("shell.fileFilter"), "*" + WorkspaceFile.EXTENSION));
        List<Path> recent = shell.context().preferences().recentWorkspaces();
        if (!recent.isEmpty() && recent.get(0).getParent() != null && recent.get(0).getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(recent.get(0).getParent().toFile());
        }
        return chooser;
    }
}
