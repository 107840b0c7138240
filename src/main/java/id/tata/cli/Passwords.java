package id.tata.cli;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.io.Console;

/** Where the CLI gets a password: TATA_PASSWORD for scripts, else the terminal, never a command-line argument. */
final class Passwords {
    static final String ENV = "TATA_PASSWORD";
    static final String NEW_ENV = "TATA_NEW_PASSWORD";

    private final java.util.Map<String, String> environment;

    Passwords(java.util.Map<String, String> environment) {
        this.environment = environment;
    }

    char[] read(String prompt) {
        String env = environment.get(ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new TataException(ErrorKind.BAD_INPUT, "cli.error.noPassword", ENV);
        }
        char[] typed = console.readPassword("%s: ", prompt);
        if (typed == null) {
            throw new TataException(ErrorKind.BAD_INPUT, "cli.error.noPassword", ENV);
        }
        return typed;
    }

    /** A new password: from TATA_NEW_PASSWORD (scripts) or typed twice. */
    /** @param repeatPrompt the prompt for typing it a second time, in the user's language */
    char[] readNew(String prompt, String repeatPrompt) {
        String env = environment.get(NEW_ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            return read(prompt);
        }
        char[] first = console.readPassword("%s: ", prompt);
        char[] second = console.readPassword("%s: ", repeatPrompt);
        if (first == null || !java.util.Arrays.equals(first, second)) {
            throw new TataException(ErrorKind.BAD_INPUT, "cli.error.passwordMismatch");
        }
        return first;
    }
}
