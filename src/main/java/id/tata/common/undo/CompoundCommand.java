package id.tata.common.undo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several commands that the user sees as one edit (a bulk change, a pasted block, an import), so one undo takes
 * all of them back. All or nothing: if a part fails, the parts already done are reverted before the error
 * propagates, so the model is never left half-edited.
 */
public final class CompoundCommand implements UndoableCommand {
    private final String name;
    private final List<UndoableCommand> parts;

    public CompoundCommand(String name, List<? extends UndoableCommand> parts) {
        this.name = Objects.requireNonNull(name, "name");
        this.parts = List.copyOf(parts);
    }

    public List<UndoableCommand> parts() {
        return parts;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        forward(false);
    }

    @Override
    public void redo() {
        forward(true);
    }

    @Override
    public void undo() {
        List<UndoableCommand> undone = new ArrayList<>();
        try {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).undo();
                undone.add(0, parts.get(i));
            }
        } catch (RuntimeException e) {
            undone.forEach(part -> restore(part::redo, e));
            throw e;
        }
    }

    private void forward(boolean again) {
        List<UndoableCommand> done = new ArrayList<>();
        try {
            for (UndoableCommand part : parts) {
                if (again) {
                    part.redo();
                } else {
                    part.execute();
                }
                done.add(0, part);
            }
        } catch (RuntimeException e) {
            done.forEach(part -> restore(part::undo, e));
            throw e;
        }
    }

    /** Rolling back after a failure; a second failure is attached to the first rather than hiding it. */
    private static void restore(Runnable step, RuntimeException original) {
        try {
            step.run();
        } catch (RuntimeException e) {
            original.addSuppressed(e);
        }
    }
}
