package id.tata.app;

import id.tata.common.perf.StartupClock;
import id.tata.shell.Shell;
import javafx.application.Application;
import javafx.application.Platform;

import java.lang.management.ManagementFactory;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop application. With a {@code .tata} argument it opens that file; with none it opens a fresh copy of the
 * sample workspace, so a first start shows something to try.
 */
public final class TataApplication extends Application {
    private AppContext context;
    private Shell shell;

    @Override
    public void start(Stage stage) {
        StartupClock.mark("JavaFX started");
        context = AppContext.standard();
        shell = new Shell(context, stage);
        if (Boolean.getBoolean("tata.bench.startup")) {
            shell.onWorkspaceShown(TataApplication::reportStartupAndExit);
        }
        shell.start(workspaceArgument(getParameters().getRaw()));
    }

    /** For bench/startup.sh: JVM start (not process start, which reads early) to the workspace on screen. */
    private static void reportStartupAndExit() {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("TATA_STARTUP_MS=" + ms);
        Platform.exit();
    }

    static Path workspaceArgument(List<String> args) {
        return args.stream().filter(a -> a.endsWith(".tata")).findFirst().map(Path::of).orElse(null);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.closeQuietly();
        }
        if (context != null) {
            context.shutdown();
        }
    }
}
