package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Position;
import id.tata.organization.service.PositionService;
import id.tata.workspace.Session;

/**
 * Deletes a jabatan nobody holds (the service refuses otherwise); undo restores it with the same id, so imports and
 * commands that refer to it by id still do.
 */
final class DeletePositionCommand implements UndoableCommand {
    private final PositionService service;
    private final Session session;
    private final Position position;
    private final String name;

    DeletePositionCommand(PositionService service, Session session, Position position, String name) {
        this.service = service;
        this.session = session;
        this.position = position;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        service.delete(session, position.id());
    }

    @Override
    public void undo() {
        service.restore(session, position);
    }
}
