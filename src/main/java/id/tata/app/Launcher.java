package id.tata.app;

import id.tata.cli.TataCli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The plain main class (not the JavaFX Application, so the classpath run works). With a command (`tata workspace
 * …`, `tata --help`) it runs the CLI and never starts JavaFX; otherwise it opens the desktop application.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (isCommandLine(args)) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(TataCli.run(out, err, args));
        }
        DesktopStarter.start(args);
    }

    static boolean isCommandLine(String[] args) {
        return args.length > 0 && !args[0].endsWith(".tata") && !"--gui".equals(args[0]);
    }
}
