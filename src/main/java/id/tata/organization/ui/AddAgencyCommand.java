package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Agency;
import id.tata.organization.service.AgencyService;
import id.tata.workspace.Session;

/** Adds an agency; undo deletes it, redo brings it back with the same id so later commands still refer to it. */
final class AddAgencyCommand implements UndoableCommand {
    private final AgencyService service;
    private final Session session;
    private final Agency draft;
    private final String name;
    private Agency created;

    AddAgencyCommand(AgencyService service, Session session, Agency draft, String name) {
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

    Agency created() {
        return created;
    }
}
