package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Position;
import id.tata.organization.service.PositionService;
import id.tata.workspace.Session;

/** Changes a jabatan; undo writes back the values it had when the user opened the dialog. */
final class EditPositionCommand implements UndoableCommand {
    private final PositionService service;
    private final Session session;
    private final Position before;
    private final Position after;
    private final String name;

    EditPositionCommand(PositionService service, Session session, Position before, Position after, String name) {
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
        service.update(session, after);
    }

    @Override
    public void undo() {
        service.update(session, before);
    }
}
