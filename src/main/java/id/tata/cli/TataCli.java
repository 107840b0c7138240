package id.tata.cli;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Map;

/** The command-line face of Tata: the same services as the GUI, for scripts and for work without a screen. */
@Command(name = "tata", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Tata — SPBE workbench (CLI). Exit codes: 0 ok, 1 usage, 2 bad input, 3 refused/locked/"
                + "forbidden, 4 not found, 5 internal error.",
        subcommands = {WorkspaceCommand.class, UserCommand.class, ProfileCommand.class, AgencyCommand.class,
                PersonCommand.class, TeamCommand.class, SampleCommand.class, DocumentCommand.class,
                EvaluationCommand.class, RaciCommand.class,
                CommandLine.HelpCommand.class})
public final class TataCli {
    public static final int EXIT_USAGE = 1;

    private final Map<String, String> environment;

    private TataCli(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Passwords passwords() {
        return new Passwords(environment);
    }

    /** Runs one command line with the process environment (TATA_PASSWORD…). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.getenv(), out, err, args);
    }

    /** Runs one command line and returns the exit code; output and errors go to the given writers. */
    public static int run(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new TataCli(environment));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            I18n i18n = I18n.forLanguage(languageOf(parseResult));
            if (ex instanceof CommandLine.ParameterException pe) {
                err.println(pe.getMessage());
                commandLine.usage(err);
                err.flush();
                return EXIT_USAGE;
            }
            if (ex instanceof TataException te) {
                err.println(i18n.text("cli.error.prefix") + " " + te.message(i18n));
                err.flush();
                return te.kind().exitCode();
            }
            err.println(i18n.text("cli.error.internal", String.valueOf(ex)));
            err.flush();
            return 5;
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            err.flush();
            return EXIT_USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String languageOf(CommandLine.ParseResult result) {
        CommandLine.ParseResult leaf = result;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        return leaf.matchedOptionValue("--lang", "id");
    }
}
