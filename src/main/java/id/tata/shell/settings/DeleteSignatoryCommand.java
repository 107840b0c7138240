package id.tata.shell.settings;

import id.tata.common.undo.UndoableCommand;
import id.tata.workspace.Session;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.settings.Signatory;

/** Deletes a signatory; undo restores it with the same id and the same default flag. */
final class DeleteSignatoryCommand implements UndoableCommand {
    private final SettingsService service;
    private final Session session;
    private final Signatory signatory;
    private final String name;

    DeleteSignatoryCommand(SettingsService service, Session session, Signatory signatory, String name) {
        this.service = service;
        this.session = session;
        this.signatory = signatory;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        service.deleteSignatory(session, signatory.id());
    }

    @Override
    public void undo() {
        service.restoreSignatory(session, signatory);
    }
}
