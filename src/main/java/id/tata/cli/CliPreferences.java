package id.tata.cli;

import id.tata.workspace.Backups;

/** What the CLI takes from the user's preferences. */
final class CliPreferences {
    private CliPreferences() {}

    static int backupsKept() {
        return Integer.getInteger("tata.backups.kept", Backups.DEFAULT_KEEP);
    }
}
