package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

import java.util.function.Function;

/**
 * Adds or changes a person, and creates the typed jabatan with it when it is new, in one transaction. Undo takes
 * the person change back first (the service refuses to delete a jabatan someone holds), then the jabatan; redo
 * brings the jabatan back with the same id before the person, so the person still refers to it.
 */
final class WithNewPositionCommand implements UndoableCommand {
    private final Session session;
    private final NewPosition newPosition;
    private final Function<Long, UndoableCommand> personCommand;
    private final String name;
    private UndoableCommand inner;

    /**
     * @param newPosition   null when the position was picked from the list (or left empty)
     * @param personCommand the person's add or edit, given the new jabatan's id (null when there is none)
     */
    WithNewPositionCommand(Session session, NewPosition newPosition, Function<Long, UndoableCommand> personCommand,
                           String name) {
        this.session = session;
        this.newPosition = newPosition;
        this.personCommand = personCommand;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            Long positionId = newPosition == null ? null : newPosition.ensure();
            if (inner == null) {
                inner = personCommand.apply(positionId);
            }
            inner.execute();
            return null;
        });
    }

    @Override
    public void undo() {
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            inner.undo();
            if (newPosition != null) {
                newPosition.takeBack();
            }
            return null;
        });
    }
}
