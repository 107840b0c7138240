package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Position;
import id.tata.organization.service.PositionService;
import id.tata.workspace.Session;

/**
 * Adds a jabatan. Undo deletes it; redo restores it with the id it got first, so later commands that refer to it
 * (a person given this jabatan, say) still find it.
 */
final class AddPositionCommand implements UndoableCommand {
    private final PositionService service;
    private final Session session;
    private final Position draft;
    private final String name;
    private Position created;

    AddPositionCommand(PositionService service, Session session, Position draft, String name) {
        this.service = service;
        this.session = session;
        this.draft = draft;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        created = created == null ? service.create(session, draft) : service.restore(session, created);
    }

    @Override
    public void undo() {
        service.delete(session, created.id());
    }

    Position created() {
        return created;
    }
}
