package id.tata.shell;

import id.tata.common.l10n.I18n;
import id.tata.common.task.TaskExecutor;
import id.tata.common.ui.DialogService;
import javafx.stage.Window;

import java.nio.file.Path;

/**
 * Another way to get a workspace than opening or creating one, offered in the Berkas menu by a feature (e.g. an
 * assessor package turned into a workspace). The feature does its work and hands the new file to the host to open;
 * the shell knows nothing of the feature.
 */
public interface WorkspaceSource {
    /** The menu text's bundle key. */
    String labelKey();

    /** Called on the JavaFX thread when the user picks the menu item. */
    void start(Host host);

    /** What the shell lends a source. */
    interface Host {
        Window window();

        I18n i18n();

        DialogService dialogs();

        TaskExecutor tasks();

        /** Opens the workspace at its login screen. */
        void open(Path workspace);

        void showError(String title, Throwable error);
    }
}
