package id.tata.raci.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.raci.domain.RaciMatrix;

import java.util.function.Consumer;

/**
 * One edit of a matrix: writes the matrix as it is after the edit, and on undo the one before. The matrix is
 * immutable, so both states are simply kept; the service writes only the rows that differ.
 */
final class SaveMatrixCommand implements UndoableCommand {
    private final Consumer<RaciMatrix> save;
    private final RaciMatrix before;
    private final RaciMatrix after;
    private final String name;

    /** @param save the service call bound to the session */
    SaveMatrixCommand(Consumer<RaciMatrix> save, RaciMatrix before, RaciMatrix after, String name) {
        if (before.id() == null || !before.id().equals(after.id())) {
            throw new IllegalArgumentException("an edit keeps the matrix it edits");
        }
        this.save = save;
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
        save.accept(after);
    }

    @Override
    public void undo() {
        save.accept(before);
    }
}
