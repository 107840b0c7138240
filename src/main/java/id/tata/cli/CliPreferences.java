package id.tata.cli;

import id.tata.shell.Preferences;

/** What the CLI takes from the user's preferences (the same file the desktop app writes). */
final class CliPreferences {
    private CliPreferences() {}

    /** "Backups kept" from Preferences, so automatic backups are pruned the same way from the CLI and the GUI. */
    static int backupsKept() {
        return Preferences.load().backupsKept();
    }
}
