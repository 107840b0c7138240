package id.tata.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs `tata …` in-process as a script would, with the test password in the environment, and keeps what it printed.
 * {@link #on} adds `-w WORKSPACE --user USER`.
 */
final class CliRun {
    static final Map<String, String> ENV = Map.of("TATA_PASSWORD", "rahasia-123");

    String out = "";
    String err = "";

    int tata(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = TataCli.run(ENV, new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    int on(Path workspace, String user, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-w", workspace.toString(), "--user", user));
        return tata(all.toArray(String[]::new));
    }
}
