package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Person;
import id.tata.organization.service.PersonService;
import id.tata.workspace.Session;

/** Deletes a person; undo restores them with the same id, so whatever referred to them by id still does. */
final class DeletePersonCommand implements UndoableCommand {
    private final PersonService service;
    private final Session session;
    private final Person person;
    private final String name;

    DeletePersonCommand(PersonService service, Session session, Person person, String name) {
        this.service = service;
        this.session = session;
        this.person = person;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        service.delete(session, person.id());
    }

    @Override
    public void undo() {
        service.restore(session, person);
    }
}
