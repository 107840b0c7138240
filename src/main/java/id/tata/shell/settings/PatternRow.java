package id.tata.shell.settings;

import id.tata.workspace.settings.NumberPattern;

/**
 * A number pattern with what its next number would be today, and the running number behind it, so the edit dialog
 * can preview a changed pattern without asking the workspace at every keystroke.
 */
public record PatternRow(NumberPattern pattern, String nextNumber, int nextSequence) {
}
