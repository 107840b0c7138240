package id.tata.shell.settings;

import id.tata.common.undo.UndoableCommand;
import id.tata.workspace.Session;
import id.tata.workspace.settings.NumberPattern;
import id.tata.workspace.settings.SettingsService;

/** Changes a document type's number pattern; undo writes back the pattern it had. Counters are not touched. */
final class SavePatternCommand implements UndoableCommand {
    private final SettingsService service;
    private final Session session;
    private final NumberPattern before;
    private final NumberPattern after;
    private final String name;

    SavePatternCommand(SettingsService service, Session session, NumberPattern before, NumberPattern after,
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
        service.saveNumberPattern(session, after);
    }

    @Override
    public void undo() {
        service.saveNumberPattern(session, before);
    }
}
