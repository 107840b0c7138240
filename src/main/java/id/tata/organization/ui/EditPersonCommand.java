package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.Person;
import id.tata.organization.service.PersonService;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

/** Changes a person (and creates a typed new jabatan); undo writes back the values the person had before. */
final class EditPersonCommand implements UndoableCommand {
    private final PersonService service;
    private final Session session;
    private final Person before;
    private final Person after;
    private final NewPosition newPosition;
    private final String name;

    /** @param newPosition null when the position was picked from the list (or left empty) */
    EditPersonCommand(PersonService service, Session session, Person before, Person after, NewPosition newPosition,
                      String name) {
        this.service = service;
        this.session = session;
        this.before = before;
        this.after = after;
        this.newPosition = newPosition;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        session.write(Permission.ORGANIZATION_EDIT, tx ->
                service.update(session, newPosition == null ? after : after.withPositionId(newPosition.ensure())));
    }

    @Override
    public void undo() {
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            service.update(session, before);
            if (newPosition != null) {
                newPosition.takeBack();
            }
            return null;
        });
    }
}
