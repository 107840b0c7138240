package id.tata.shell.settings;

import id.tata.common.undo.UndoableCommand;
import id.tata.workspace.Session;
import id.tata.workspace.settings.LetterheadImage;
import id.tata.workspace.settings.SettingsService;

/** Replaces or removes (null) a letterhead image; undo puts the previous image back, or none if there was none. */
final class SetImageCommand implements UndoableCommand {
    private final SettingsService service;
    private final Session session;
    private final LetterheadImage which;
    private final byte[] before;
    private final byte[] after;
    private final String name;

    SetImageCommand(SettingsService service, Session session, LetterheadImage which, byte[] before, byte[] after,
                    String name) {
        this.service = service;
        this.session = session;
        this.which = which;
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
        service.setImage(session, which, after);
    }

    @Override
    public void undo() {
        service.setImage(session, which, before);
    }
}
