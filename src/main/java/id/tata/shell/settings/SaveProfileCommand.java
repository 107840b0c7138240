package id.tata.shell.settings;

import id.tata.common.undo.UndoableCommand;
import id.tata.workspace.Session;
import id.tata.workspace.settings.GovernmentProfile;
import id.tata.workspace.settings.SettingsService;

/** Saves the government profile; undo writes back the profile as it was read before, checked or not. */
final class SaveProfileCommand implements UndoableCommand {
    private final SettingsService service;
    private final Session session;
    private final GovernmentProfile before;
    private final GovernmentProfile after;
    private final String name;

    SaveProfileCommand(SettingsService service, Session session, GovernmentProfile before, GovernmentProfile after,
                       String name) {
        this.service = service;
        this.session = session;
        this.before = before;
        this.after = after;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        service.saveProfile(session, after);
    }

    @Override
    public void undo() {
        service.restoreProfile(session, before);
    }
}
