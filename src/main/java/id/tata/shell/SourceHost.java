package id.tata.shell;

import id.tata.common.l10n.I18n;
import id.tata.common.task.TaskExecutor;
import id.tata.common.ui.DialogService;
import javafx.stage.Window;

import java.nio.file.Path;

/** The shell as a {@link WorkspaceSource.Host}. */
final class SourceHost implements WorkspaceSource.Host {
    private final Shell shell;

    SourceHost(Shell shell) {
        this.shell = shell;
    }

    @Override
    public Window window() {
        return shell.stage();
    }

    @Override
    public I18n i18n() {
        return shell.i18n();
    }

    @Override
    public DialogService dialogs() {
        return shell.dialogs();
    }

    @Override
    public TaskExecutor tasks() {
        return shell.context().tasks();
    }

    @Override
    public void open(Path workspace) {
        shell.open(workspace, false);
    }

    @Override
    public void showError(String title, Throwable error) {
        shell.showError(title, error);
    }
}
