package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Person;
import id.tata.organization.service.PersonService;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

/**
 * Adds a person, and the typed jabatan with it when it is new, in one transaction. Undo deletes both; redo brings
 * them back with the same ids, so later commands that refer to them still do.
 */
final class AddPersonCommand implements UndoableCommand {
    private final PersonService service;
    private final Session session;
    private final Person draft;
    private final NewPosition newPosition;
    private final String name;
    private Person created;

    /** @param newPosition null when the position was picked from the list (or left empty) */
    AddPersonCommand(PersonService service, Session session, Person draft, NewPosition newPosition, String name) {
        this.service = service;
        this.session = session;
        this.draft = draft;
        this.newPosition = newPosition;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        created = session.write(Permission.ORGANIZATION_EDIT, tx -> {
            Person person = newPosition == null ? draft : draft.withPositionId(newPosition.ensure());
            return created == null ? service.create(session, person) : service.restore(session, created);
        });
    }

    @Override
    public void undo() {
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            service.delete(session, created.id());
            if (newPosition != null) {
                newPosition.takeBack();
            }
            return null;
        });
    }

    Person created() {
        return created;
    }
}
