package id.tata.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every workspace command takes. */
public final class CommonOptions {
    @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", description = "the .tata workspace")
    Path workspace;

    @Option(names = "--user", paramLabel = "NAME", description = "workspace user (password from TATA_PASSWORD or a prompt)")
    String user;

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id", description = "language of messages")
    String lang;

    @Option(names = "--json", description = "machine-readable output")
    boolean json;

    @Option(names = "--read-only", description = "open without the writer lock; nothing is written")
    boolean readOnly;

    public Path workspace() {
        if (workspace == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "Missing required option: '--workspace=FILE'");
        }
        return workspace;
    }

    public boolean json() {
        return json;
    }
}
