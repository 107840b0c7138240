package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Agency;
import id.tata.organization.service.AgencyService;
import id.tata.workspace.Session;

/** Changes an agency; undo writes back the values it had before. */
final class EditAgencyCommand implements UndoableCommand {
    private final AgencyService service;
    private final Session session;
    private final Agency before;
    private final Agency after;
    private final String name;

    EditAgencyCommand(AgencyService service, Session session, Agency before, Agency after, String name) {
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
