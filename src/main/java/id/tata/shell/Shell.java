package id.tata.shell;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.perf.StartupClock;
import id.tata.common.task.BackgroundTask;
import id.tata.common.ui.DialogService;
import id.tata.common.ui.FxDialogService;
import id.tata.workspace.Session;
import id.tata.workspace.Backups;
import id.tata.workspace.Workspace;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The application window and the way through it: open a workspace (off the FX thread), log in or create the first
 * admin, then the main window. Each screen is rebuilt from scratch when the language changes.
 */
public final class Shell {
    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);
    public static final String STYLESHEET = Shell.class.getResource("tata.css").toExternalForm();

    private final ShellContext ctx;
    private final Stage stage;
    private final DialogService dialogs;
    private final Scene scene;
    private Supplier<Parent> screen = () -> new StartView(this).build();
    /** The open file, from opening on (also while the log-in screen shows), so it is always closed. */
    private Workspace workspace;
    private OpenWorkspace current;
    private MainWindow main;
    /** The fresh sample copy, whose log-in the log-in screen tells, since no one could know it otherwise. */
    private Path sample;

    public Shell(ShellContext ctx, Stage stage) {
        this.ctx = ctx;
        this.stage = stage;
        this.dialogs = new FxDialogService(ctx::i18n, () -> stage);
        this.scene = new Scene(new javafx.scene.layout.StackPane(), 1200, 760);
        scene.getStylesheets().add(STYLESHEET);
        atlantafx.base.theme.PrimerLight light = new atlantafx.base.theme.PrimerLight();
        javafx.application.Application.setUserAgentStylesheet(light.getUserAgentStylesheet());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
    }

    /** Shows the window and opens the given workspace, or a fresh sample copy when {@code file} is null. */
    public void start(Path file) {
        stage.show();
        if (file != null) {
            open(file, false);
            return;
        }
        showBusy(text("shell.preparingSample"));
        StartupClock.mark("window shown, preparing the sample workspace");
        ctx.tasks().execute(BackgroundTask.of(text("task.sample"), p -> ctx.freshSampleWorkspace())
                .onSuccess(path -> {
                    sample = path;
                    open(path, false);
                })
                .onFailure(this::failedToStart));
    }

    ShellContext context() {
        return ctx;
    }

    I18n i18n() {
        return ctx.i18n();
    }

    String text(String key, Object... args) {
        return ctx.i18n().text(key, args);
    }

    DialogService dialogs() {
        return dialogs;
    }

    Stage stage() {
        return stage;
    }

    OpenWorkspace current() {
        return current;
    }

    boolean isSample(Path file) {
        return file.equals(sample);
    }

    /** Opens a workspace file; the locked case offers read-only. */
    void open(Path file, boolean readOnly) {
        Workspace previous = detach();
        showBusy(text("shell.opening", file.getFileName()));
        ctx.tasks().execute(BackgroundTask.of(text("task.open", file.getFileName()), p -> {
                    closeIfOpen(previous);
                    return openAndCheck(file, readOnly);
                })
                .onSuccess(opened -> opened(file, opened))
                .onFailure(e -> openFailed(file, readOnly, e)));
    }

    private record Opened(Workspace workspace, boolean hasUsers) {}

    /** Creates a new workspace file and asks for its first admin. */
    void create(Path file) {
        Workspace previous = detach();
        showBusy(text("shell.creating", file.getFileName()));
        ctx.tasks().execute(BackgroundTask.of(text("task.create", file.getFileName()), p -> {
                    closeIfOpen(previous);
                    return new Opened(ctx.workspaceStore().create(file), false);
                })
                .onSuccess(opened -> opened(file, opened))
                .onFailure(e -> {
                    showStart();
                    showError(text("shell.error.create"), e);
                }));
    }

    /** Closes the workspace, puts the backup in its place (the store keeps a copy of the replaced state), reopens. */
    void restore(Path file, Path backup) {
        Workspace closing = detach();
        showBusy(text("shell.restoring", backup.getFileName()));
        ctx.tasks().execute(BackgroundTask.of(text("task.restore"), p -> {
            closeIfOpen(closing);
            return ctx.workspaceStore().restore(file, backup);
        }).onSuccess(safety -> open(file, false)).onFailure(e -> {
            showStart();
            showError(text("shell.restore.title"), e);
        }));
    }

    private Opened openAndCheck(Path file, boolean readOnly) {
        StartupClock.mark("opening " + file.getFileName());
        Workspace ws = ctx.workspaceStore().open(file, readOnly);
        StartupClock.mark("opened");
        return new Opened(ws, ctx.users().hasUsers(ws));
    }

    private void opened(Path file, Opened opened) {
        workspace = opened.workspace();
        remember(file);
        stage.setTitle(text("shell.title", file.getFileName()));
        if (opened.hasUsers()) {
            showScreen(() -> new LoginView(this, opened.workspace()).build());
        } else {
            showScreen(() -> new FirstAdminView(this, opened.workspace()).build());
        }
        StartupClock.mark("first screen of the workspace built");
        if (opened.workspace().upgradedFrom() > 0) {
            // Said once, after the screen is up: the user should know why the file changed and where the old one is.
            javafx.application.Platform.runLater(() -> dialogs.showInfo(text("shell.upgraded.title"),
                    text("shell.upgraded.message", opened.workspace().upgradedFrom(),
                            opened.workspace().schemaVersion(), Backups.folderOf(file))));
        }
        // After the pulse that renders the screen: what the start-up benchmark waits for.
        Runnable ready = onWorkspaceShown;
        onWorkspaceShown = null;
        if (ready != null) {
            javafx.application.Platform.runLater(ready);
        }
    }

    /** Runs once, when the first workspace's log-in screen is on the screen (bench/startup.sh measures to here). */
    public void onWorkspaceShown(Runnable action) {
        this.onWorkspaceShown = action;
    }

    private void openFailed(Path file, boolean readOnly, Throwable e) {
        if (!readOnly && e instanceof TataException te && "workspace.error.locked".equals(te.key())) {
            showStart();
            if (dialogs.confirm(text("shell.locked.title"), te.message(i18n()) + "\n\n" + text("shell.locked.ask"))) {
                open(file, true);
            }
            return;
        }
        showStart();
        showError(text("shell.error.open"), e);
    }

    private void failedToStart(Throwable e) {
        showStart();
        showError(text("shell.error.open"), e);
    }

    /** After log-in or first-admin creation, on the FX thread. */
    void loggedIn(Session session) {
        current = new OpenWorkspace(session);
        current.commands().addListener(() -> TaskList.onFx(() -> {
            if (main != null) {
                main.refreshUndo();
            }
        }));
        showScreen(() -> {
            main = new MainWindow(this, current, main == null ? null : main.selectedModule());
            return main.build();
        });
    }

    void showStart() {
        main = null;
        stage.setTitle(text("app.name"));
        showScreen(() -> new StartView(this).build());
    }

    private void showBusy(String message) {
        showScreen(() -> BusyView.build(message));
    }

    private Runnable onWorkspaceShown;

    private void showScreen(Supplier<Parent> factory) {
        screen = factory;
        scene.setRoot(factory.get());
    }

    /** Rebuilds the current screen from the bundle of the language just chosen. */
    void languageChanged() {
        scene.setRoot(screen.get());
    }

    void closeWorkspace() {
        Workspace closing = detach();
        showStart();
        if (closing != null) {
            ctx.tasks().execute(BackgroundTask.of(text("task.close"), p -> {
                closing.close();
                return null;
            }).onFailure(e -> showError(text("shell.error.close"), e)));
        }
    }

    /** Forgets the open workspace on the FX thread; the caller closes it in a background task. */
    private Workspace detach() {
        Workspace previous = workspace;
        workspace = null;
        current = null;
        main = null;
        return previous;
    }

    private static void closeIfOpen(Workspace previous) {
        if (previous != null) {
            previous.close();
        }
    }

    /** At exit and before opening another file: closing folds the WAL into the file, which must finish first. */
    public void closeQuietly() {
        Workspace closing = workspace;
        workspace = null;
        current = null;
        if (closing != null) {
            try {
                closing.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed", closing.file(), e);
            }
        }
    }

    void remember(Path file) {
        Path absolute = file.toAbsolutePath();
        if (absolute.startsWith(tempDir()) || absolute.startsWith(Preferences.home().resolve("sample").toAbsolutePath())) {
            return; // sample copies are replaced on every start: not worth a place in the recent list
        }
        ctx.preferences().rememberWorkspace(file);
        savePreferences();
    }

    void savePreferences() {
        try {
            ctx.preferences().save();
        } catch (IOException e) {
            LOG.warn("cannot save preferences {}", ctx.preferences().file(), e);
        }
    }

    private static Path tempDir() {
        return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    }

    void showError(String title, Throwable e) {
        if (e instanceof java.util.concurrent.CancellationException) {
            return;
        }
        LOG.warn("{}", title, e);
        dialogs.showError(title, message(e));
    }

    /** The user's-language text of an error; unexpected faults show their class so support can tell them apart. */
    String message(Throwable e) {
        return e instanceof TataException te ? te.message(i18n()) : text("shell.error.unexpected", e);
    }
}
