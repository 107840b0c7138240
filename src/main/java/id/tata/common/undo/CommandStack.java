package id.tata.common.undo;

import id.tata.common.l10n.I18n;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo and redo history of one workspace. Commands write the workspace, so the GUI runs them on worker threads;
 * the stack is synchronized so that two of them never interleave, and listeners must hop to their own thread.
 *
 * <p>Failure rules: a command whose execute throws is not recorded (nothing happened that could be undone); an
 * undo or redo that throws leaves the command where it was, so the history still matches what the user sees and
 * the step can be retried (for instance once a locked file is free again).
 */
public final class CommandStack {
    public static final int DEFAULT_LIMIT = 100;

    private final int limit;
    private final Deque<UndoableCommand> undoable = new ArrayDeque<>();
    private final Deque<UndoableCommand> redoable = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean busy;

    public CommandStack() {
        this(DEFAULT_LIMIT);
    }

    /** @param limit how many steps are kept; the oldest are forgotten first, to bound memory over a long day */
    public CommandStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        this.limit = limit;
    }

    /** Executes the command and records it; a new edit makes the redo history meaningless, so it is dropped. */
    public synchronized void execute(UndoableCommand command) {
        Objects.requireNonNull(command, "command");
        run(command::execute);
        if (command instanceof CompoundCommand compound && compound.isEmpty()) {
            return; // a bulk edit that touched nothing must not cost the user an undo step
        }
        undoable.push(command);
        redoable.clear();
        while (undoable.size() > limit) {
            undoable.removeLast();
        }
        fireChanged();
    }

    /** @return false when there was nothing to undo */
    public synchronized boolean undo() {
        UndoableCommand command = undoable.peek();
        if (command == null) {
            return false;
        }
        run(command::undo);
        redoable.push(undoable.pop());
        fireChanged();
        return true;
    }

    /** @return false when there was nothing to redo */
    public synchronized boolean redo() {
        UndoableCommand command = redoable.peek();
        if (command == null) {
            return false;
        }
        run(command::redo);
        undoable.push(redoable.pop());
        fireChanged();
        return true;
    }

    /** Forgets all history, e.g. when the workspace is reloaded and the commands' captured state is stale. */
    public synchronized void clear() {
        undoable.clear();
        redoable.clear();
        fireChanged();
    }

    public synchronized boolean canUndo() {
        return !undoable.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redoable.isEmpty();
    }

    public synchronized Optional<String> undoName() {
        return Optional.ofNullable(undoable.peek()).map(UndoableCommand::name);
    }

    public synchronized Optional<String> redoName() {
        return Optional.ofNullable(redoable.peek()).map(UndoableCommand::name);
    }

    /** The menu label: "Urungkan: Tambah Perangkat Daerah", or just "Urungkan" when there is nothing to undo. */
    public synchronized String undoLabel(I18n i18n) {
        return undoName().map(name -> i18n.text("undo.action.undoNamed", name))
                .orElseGet(() -> i18n.text("undo.action.undo"));
    }

    /** The menu label: "Ulangi: Tambah Perangkat Daerah", or just "Ulangi". */
    public synchronized String redoLabel(I18n i18n) {
        return redoName().map(name -> i18n.text("undo.action.redoNamed", name))
                .orElseGet(() -> i18n.text("undo.action.redo"));
    }

    public synchronized int undoCount() {
        return undoable.size();
    }

    public synchronized int redoCount() {
        return redoable.size();
    }

    public int limit() {
        return limit;
    }

    /** Told after every change of the history (to refresh menu labels and enabled states). */
    public synchronized void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public synchronized void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** A command that executes another command through this stack would corrupt the history: refuse it. */
    private void run(Runnable step) {
        if (busy) {
            throw new IllegalStateException("a command may not use the command stack while it runs");
        }
        busy = true;
        try {
            step.run();
        } finally {
            busy = false;
        }
    }

    private void fireChanged() {
        listeners.forEach(Runnable::run);
    }
}
