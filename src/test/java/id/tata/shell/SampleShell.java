package id.tata.shell;

import id.tata.app.AppContext;
import id.tata.app.SampleWorkspace;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.workspace.user.UserService;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The window as the GUI flow tests use it: a fresh copy of Kota Contoh in a temporary folder, preferences in a
 * temporary {@code tata.home}, and tasks run synchronously so every step has finished when the robot looks.
 */
final class SampleShell {
    private SampleShell() {}

    static Shell start(Stage stage, Path dir) throws Exception {
        System.setProperty("tata.home", dir.resolve("home").toString());
        Path file = dir.resolve("kota.tata");
        Files.move(SampleWorkspace.freshCopy(), file, StandardCopyOption.REPLACE_EXISTING);
        AppContext context = new AppContext(Preferences.load(), new SynchronousTaskExecutor(), new UserService(),
                () -> { throw new AssertionError("the test opens its own copy"); }, AppContext.standardModules());
        Shell shell = new Shell(context, stage);
        shell.start(file);
        return shell;
    }

    static void close(Shell shell) {
        shell.closeQuietly();
        System.clearProperty("tata.home");
    }
}
