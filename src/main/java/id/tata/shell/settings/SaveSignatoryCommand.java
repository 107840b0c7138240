package id.tata.shell.settings;

import id.tata.common.undo.UndoableCommand;
import id.tata.workspace.Session;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.settings.Signatory;

/**
 * Adds or changes a signatory. Saving a default quietly demotes the role's previous default, so undo must put that
 * one back as default too, not only the edited row.
 */
final class SaveSignatoryCommand implements UndoableCommand {
    private final SettingsService service;
    private final Session session;
    private final Signatory before;
    private final Signatory after;
    private final Signatory previousDefault;
    private final String name;
    private Signatory saved;

    /**
     * @param before          null when adding
     * @param previousDefault the role's default that this save demotes, or null when none is
     */
    SaveSignatoryCommand(SettingsService service, Session session, Signatory before, Signatory after,
                         Signatory previousDefault, String name) {
        this.service = service;
        this.session = session;
        this.before = before;
        this.after = after;
        this.previousDefault = previousDefault;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        // Redo of an add restores the same id, so a later edit of that signatory can be redone as well.
        saved = before == null && saved != null ? service.restoreSignatory(session, saved)
                : service.saveSignatory(session, after);
    }

    @Override
    public void undo() {
        if (before == null) {
            service.deleteSignatory(session, saved.id());
        } else {
            service.saveSignatory(session, before);
        }
        if (previousDefault != null) {
            service.saveSignatory(session, previousDefault);
        }
    }
}
