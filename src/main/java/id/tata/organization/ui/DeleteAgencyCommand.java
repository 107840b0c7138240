package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Agency;
import id.tata.organization.service.AgencyService;
import id.tata.workspace.Session;

/** Deletes an agency; undo restores it with the same id, so anything that referred to it by id still does. */
final class DeleteAgencyCommand implements UndoableCommand {
    private final AgencyService service;
    private final Session session;
    private final Agency agency;
    private final String name;

    DeleteAgencyCommand(AgencyService service, Session session, Agency agency, String name) {
        this.service = service;
        this.session = session;
        this.agency = agency;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        service.delete(session, agency.id());
    }

    @Override
    public void undo() {
        service.restore(session, agency);
    }
}
