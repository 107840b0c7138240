// STAND-IN: replaced by the common branch
package id.tata.common.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The undo and redo history of one workspace. Commands may run on a worker thread, so access is synchronised. */
public final class CommandStack {
    private final Deque<UndoableCommand> undo = new ArrayDeque<>();
    private final Deque<UndoableCommand> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Runs the command and records it only if it succeeded. */
    public void execute(UndoableCommand command) {
        synchronized (this) {
            command.execute();
            undo.push(command);
            redo.clear();
        }
        fire();
    }

    public void undo() {
        synchronized (this) {
            UndoableCommand command = undo.peek();
            if (command == null) {
                return;
            }
            command.undo();
            redo.push(undo.pop());
        }
        fire();
    }

    public void redo() {
        synchronized (this) {
            UndoableCommand command = redo.peek();
            if (command == null) {
                return;
            }
            command.redo();
            undo.push(redo.pop());
        }
        fire();
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    public synchronized Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(UndoableCommand::name);
    }

    public synchronized Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(UndoableCommand::name);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
